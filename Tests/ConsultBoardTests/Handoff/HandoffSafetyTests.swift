import Foundation
import Testing
@testable import ConsultBoard
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Stored text cannot act on the reader: no control character reaches any format, HTML is escaped and
/// well-formed, Markdown structure is the template's alone.
@Suite struct HandoffSafetyTests {
    @Test(arguments: HandoffFormat.allCases)
    func noControlCharacterReachesTheOutput(format: HandoffFormat) throws {
        let output = try HandoffTestSupport.render(format)
        #expect(output.contains("␛"), "the escape is shown as a visible picture")
        for scalar in output.unicodeScalars {
            let v = scalar.value
            #expect(v >= 0x20 || v == 0x0A, "control character U+\(String(v, radix: 16)) in \(format)")
            #expect(v != 0x7F && !(0x80..<0xA0).contains(v), "C1 control U+\(String(v, radix: 16)) in \(format)")
            #expect(!(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v), "bidi control in \(format)")
        }
        #expect(!output.utf8.contains(0x1B))
        #expect(!output.utf8.contains(0x07))
    }

    @Test func htmlIsWellFormedAndEscapesStoredMarkup() throws {
        let html = try HandoffTestSupport.render(.html)
        let check = WellFormedness.check(html)
        #expect(check.problem == nil, "\(check.problem ?? "")")
        #expect(check.elements["section"] == 3, "one section per patient")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
    }

    @Test func htmlPutsEachPatientOnItsOwnPage() throws {
        let html = try HandoffTestSupport.render(.html)
        #expect(html.contains(".patient + .patient { break-before: page; page-break-before: always; }"))
        // Every patient's page says the ward, the time, the author and the board revision.
        let header = "Spine Unit 3 (脊髓损伤病区) · I-PASS handoff · generated 2026-11-25 07:30 +08:00 by dr.li · board revision"
        #expect(html.components(separatedBy: header).count - 1 == 3)
    }

    @Test func markdownStructureComesOnlyFromTheTemplate() throws {
        let markdown = try HandoffTestSupport.render(.markdown)
        // The template itself writes no '<', so every one in the output is stored text, and escaped.
        for (index, character) in markdown.enumerated() where character == "<" {
            let before = markdown[markdown.index(markdown.startIndex, offsetBy: index - 1)]
            #expect(before == "\\", "unescaped '<' at \(index)")
        }
        #expect(markdown.contains("\\# Not a heading \\| \\*not bold\\* \\_not italic\\_ \\[not\\](a link)"))
        #expect(markdown.contains("- \\- not a list item"))
        #expect(markdown.contains("- 1\\. not a numbered item"))
        // Headings: only the template's (title, one per patient, and the five I-PASS headings each).
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.count == 1 + 3 * (1 + 5))
    }

    @Test func markdownEscapingRules() {
        #expect(MarkdownEscaping.escape("1. x") == "1\\. x")
        #expect(MarkdownEscaping.escape("12) x") == "12\\) x")
        #expect(MarkdownEscaping.escape("- x") == "\\- x")
        #expect(MarkdownEscaping.escape("+ x") == "\\+ x")
        #expect(MarkdownEscaping.escape("C4-6 fixation 1.5 mg") == "C4-6 fixation 1.5 mg")
        #expect(MarkdownEscaping.escape("<script>") == "\\<script\\>")
        #expect(MarkdownEscaping.escape("a\nb") == "a b")
        #expect(MarkdownEscaping.escape("a\\b") == "a\\\\b")
        #expect(MarkdownEscaping.escape("张伟") == "张伟")
    }

    @Test(arguments: HandoffFormat.allCases)
    func hostileNamesAndWardAreSanitisedEverywhere(format: HandoffFormat) throws {
        var board = Board()
        let at = HandoffFixture.now
        try board.apply(.createBoard(CreateBoard(ward: "Ward\u{1B}]0;pwned\u{07}")), context: ChangeContext(sequence: 1, author: "a", at: at))
        try board.apply(.admitPatient(AdmitPatient(patient: Patient(
            mrn: "X-1", name: "Eve\u{1B}[2J<img src=x onerror=alert(1)>", age: 40, sex: .female, bed: "1\u{202E}2",
            allergies: "\u{9B}31m", admittedAt: at, diagnosis: "test\r\ninjected line"))),
            context: ChangeContext(sequence: 2, author: "a", at: at))
        let output = try Handoff.render(
            board: board, template: HandoffTestSupport.template(format), generatedBy: "me\u{1B}[1m", now: at,
            timeZone: HandoffFixture.timeZone)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!output.unicodeScalars.contains { (0x7F..<0xA0).contains($0.value) || $0.value == 0x202E })
        #expect(!output.contains("\ninjected line"))
        if format == .html {
            #expect(!output.contains("<img"))
            #expect(WellFormedness.check(output).problem == nil)
        }
    }
}

/// Checks that an HTML document is well-formed XML (every element closed, in order; only XML entities) and
/// counts its elements.
enum WellFormedness {
    struct Result {
        var problem: String?
        var elements: [String: Int]
    }

    static func check(_ html: String) -> Result {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = delegate
        let parsed = parser.parse()
        var problem = delegate.problem
        if problem == nil, !parsed || parser.parserError != nil {
            problem = "XML parser error at line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "unknown")"
        }
        if problem == nil, !delegate.open.isEmpty { problem = "unclosed elements: \(delegate.open)" }
        if problem == nil, delegate.roots != 1 { problem = "\(delegate.roots) root elements" }
        return Result(problem: problem, elements: delegate.counts)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var open: [String] = []
        var counts: [String: Int] = [:]
        var roots = 0
        var problem: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if open.isEmpty { roots += 1 }
            open.append(name)
            counts[name, default: 0] += 1
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard open.last == name else {
                problem = problem ?? "</\(name)> at line \(parser.lineNumber) closes <\(open.last ?? "nothing")>"
                return
            }
            open.removeLast()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            problem = problem ?? "XML parser error at line \(parser.lineNumber): \(parseError)"
        }
    }
}
