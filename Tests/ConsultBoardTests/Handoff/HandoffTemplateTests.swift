import Foundation
import Testing
@testable import ConsultBoard

/// A ward's own template: rendered with the same view model and the same escaping; a broken one is reported
/// with the line to fix.
@Suite struct HandoffTemplateTests {
    func render(_ source: String, _ format: HandoffFormat, mrns: [MRN] = [], sort: HandoffSort = .bed) throws -> String {
        let template = try HandoffTemplate(source: source, format: format, name: "custom.mustache")
        return try Handoff.render(
            board: HandoffFixture.board(), mrns: mrns, template: template, sort: sort, generatedBy: "dr.li",
            now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
    }

    @Test func customTemplateGetsTheViewModel() throws {
        let source = """
            {{ward}} r{{revision}} by {{generatedBy}}
            {{#patients}}
            {{bed}}|{{name}}|{{severity}}|{{#actions}}{{#overdue}}!{{/overdue}}{{/actions}}|{{#figures}}{{test}}={{value}} {{/figures}}
            {{/patients}}
            """
        let output = try render(source, .text, sort: .severity)
        #expect(output == """
            Spine Unit 3 (脊髓损伤病区) r57 by dr.li
            3-12|张伟|unstable|!|Temperature=38.9 Creatinine=168 WBC=14.2 
            3-2|Mary O'Brien|watcher||Creatinine=70 D-dimer=3.2 
            3-10|王秀英|stable||

            """)
    }

    @Test func customTemplateFromAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handoff-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("handoff.html.mustache")
        try Data("<ul>{{#patients}}<li>{{name}}: {{diagnosis}}</li>{{/patients}}</ul>".utf8).write(to: file)
        let template = try HandoffTemplate(format: .html, in: folder)
        #expect(template.name == file.path)
        let output = try Handoff.render(
            board: HandoffFixture.board(), mrns: ["SCI-0002"], template: template, generatedBy: "x", now: HandoffFixture.now)
        #expect(output == "<ul><li>Mary O&#39;Brien: T10 AIS C incomplete injury</li></ul>")
    }

    @Test(arguments: HandoffFormat.allCases)
    func theTemplatesFirstLineRendersAsWritten(format: HandoffFormat) throws {
        // The renderer's content-type line must not change how the author's first lines render.
        #expect(try render("\n{{#patients}}\n{{bed}}\n{{/patients}}\nend", format, mrns: ["SCI-0003"]) == "\n3-10\nend")
        #expect(try render("{{#patients}}\n{{bed}}\n{{/patients}}\n", format, mrns: ["SCI-0003"]) == "3-10\n")
    }

    @Test func escapingFollowsTheFormat() throws {
        let source = "{{#patients}}{{summary}}{{/patients}}"
        let text = try render(source, .text, mrns: ["SCI-0002"])
        let markdown = try render(source, .markdown, mrns: ["SCI-0002"])
        let html = try render(source, .html, mrns: ["SCI-0002"])
        #expect(text == "# Not a heading | *not bold* _not italic_ [not](a link) `code` ~~strike~~ $x$")
        #expect(markdown.hasPrefix("\\# Not a heading \\| \\*not bold\\*"))
        #expect(try render("{{#patients}}{{name}}{{/patients}}", .html, mrns: ["SCI-0002"]) == "Mary O&#39;Brien")
        #expect(html == text)  // nothing in it is special to HTML
    }

    @Test(arguments: HandoffFormat.allCases)
    func unclosedSectionNamesTheLineWhereItOpened(format: HandoffFormat) {
        let source = "title\n{{#patients}}\n{{#actions}}\n{{summary}}\n{{/patients}}\n"
        let error = #expect(throws: HandoffError.self) { try HandoffTemplate(source: source, format: format, name: "t.mustache") }
        guard case let .templateSyntax(name, line, _, excerpt, reason)? = error else {
            Issue.record("not a syntax error: \(String(describing: error))")
            return
        }
        #expect(name == "t.mustache")
        #expect(line == 5, "the closing tag that does not match")
        #expect(excerpt == "{{/patients}}")
        #expect(reason.contains("'actions' opened on line 3"))
    }

    @Test(arguments: HandoffFormat.allCases)
    func sectionNeverClosedPointsAtItsOpening(format: HandoffFormat) {
        let source = "a\nb\n  {{#patients}}\n{{name}}\n"
        let error = #expect(throws: HandoffError.self) { try HandoffTemplate(source: source, format: format, name: "t") }
        #expect(error == .templateSyntax(
            template: "t", line: 3, column: 3, excerpt: "  {{#patients}}",
            reason: "the section 'patients' opened here is never closed; add {{/patients}}"))
        #expect(error?.description.contains("line 3") == true)
    }

    @Test(arguments: HandoffFormat.allCases)
    func unfinishedTagNamesItsLine(format: HandoffFormat) {
        let source = "one\ntwo {{ward\nthree\n"
        let error = #expect(throws: HandoffError.self) { try HandoffTemplate(source: source, format: format, name: "t") }
        guard case let .templateSyntax(_, line, _, excerpt, _)? = error else {
            Issue.record("not a syntax error: \(String(describing: error))")
            return
        }
        #expect(line == 2)
        #expect(excerpt == "two {{ward")
    }

    @Test func htmlTemplatesMayNotPrintUnescaped() {
        let cases: [(String, Int, String)] = [
            ("<p>\n{{{name}}}\n</p>", 2, "{{{name}}}"),
            ("<p>\n\n{{& name}}</p>", 3, "{{& name}}"),
            ("{{%CONTENT_TYPE: TEXT}}\n{{name}}", 1, "{{%CONTENT_TYPE: TEXT}}"),
            ("<p>{{=<% %>=}}<%{name}%></p>", 1, "{{=<% %>=}}"),
        ]
        for (source, line, construct) in cases {
            #expect(throws: HandoffError.unsafeTemplate(template: "t.html", line: line, construct: construct)) {
                try HandoffTemplate(source: source, format: .html, name: "t.html")
            }
        }
        // The text format has nothing to escape, so a ward may use them there.
        #expect(throws: Never.self) { try HandoffTemplate(source: "{{{ward}}}", format: .text, name: "t.txt") }
    }

    @Test func missingTemplateInAFolderSaysWhichFile() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        #expect(throws: HandoffError.templateMissing(path: folder.path, format: .markdown)) {
            try HandoffTemplate(format: .markdown, in: folder)
        }
        #expect(HandoffError.templateMissing(path: "/t", format: .markdown).description.contains("handoff.md.mustache"))
    }

    @Test func unreadableTemplateFileIsReported() {
        let error = #expect(throws: HandoffError.self) {
            try HandoffTemplate(contentsOf: "/nonexistent/handoff.txt.mustache", format: .text)
        }
        guard case let .templateUnreadable(path, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(path == "/nonexistent/handoff.txt.mustache")
    }
}
