import ConsultBoard
import Foundation
import Testing

/// Stored text full of terminal escape sequences, BEL, CR, bidi overrides and very long lines reaches every
/// output only as harmless text: no raw ESC or other control reaches a terminal, no document carries a bidi
/// override, HTML is escaped, and JSON escapes every control character while keeping the text exactly.
@Suite struct EscapeInjectionTests {
    /// HTML that must arrive escaped.
    static let markup = #"<script>alert("x")</script> & <b>bold</b>"#

    /// A board whose every free-text field that accepts it holds `HostileText.mixed`, signed by a hostile author.
    /// Returns the board and the note ids (one hostile, one a very long line).
    static func hostileBoard() throws -> FaultBoard {
        let hostile = HostileText.mixed + " " + markup
        let board = try FaultBoard(ward: "Ward " + hostile, patients: 0)
        let author = "dr." + HostileText.setTitle + "\u{202E}evil"
        @discardableResult
        func must(_ args: [String], stdin: String = "") throws -> String {
            try board.add(args, author: author, stdin: stdin)
        }
        /// Fields the CLI may validate (and refuse with one line) are tried; refusal is fine, a crash is not.
        func may(_ args: [String]) throws {
            let outcome = try board.run(args, author: author)
            #expect(outcome.status == 0 || outcome.isOneLineError, "\(outcome.report)")
        }
        let mrn = FaultBoard.mrn
        try must([
            "admit", "--mrn", mrn, "--name", "Name " + hostile, "--age", "50", "--sex", "F", "--bed", "B\u{1B}[2J1",
            "--diagnosis", "Dx " + hostile, "--allergies", "Allergy " + hostile, "--summary", "Summary " + hostile,
            "--problem", "Problem " + hostile, "--problem", HostileText.longLine,
        ])
        let note = try must(["note", "add", mrn, "--service", "ward", "--text", "-"], stdin: "Note " + hostile + "\nline two\r\nline three")
        try must(["note", "add", mrn, "--service", "nursing", "--text", HostileText.longLine])
        try must(["note", "addendum", note, "--text", "Addendum " + hostile])
        let wrong = try must(["note", "add", mrn, "--service", "ward", "--text", "wrong chart"])
        try must(["note", "error", wrong, "--reason", "Reason " + hostile])
        let consult = try must(["consult", "request", mrn, "--service", "neurology", "--question", "Question " + hostile])
        try may(["consult", "recommend", consult, "--text", "Recommendation " + hostile])
        let order = try must(["order", "add", mrn, "--service", "ward", "--kind", "nursing", "--text", "Order " + hostile])
        try may(["order", "set", order, "--status", "on-hold", "--reason", "Hold " + hostile])
        try may([
            "order", "add", mrn, "--service", "ward", "--kind", "medication", "--text", "Drug order " + hostile,
            "--drug", "Drug " + hostile, "--dose", "1 g", "--route", "IV", "--frequency", "daily",
        ])
        try may(["lab", "add", mrn, "--test", "crp", "--value", "12", "--unit", "mg/L"])
        try may(["lab", "add", mrn, "--test", "Test " + hostile, "--value", "12", "--unit", "U " + hostile])
        try may(["result", "add", mrn, "--kind", "mri", "--summary", "Result " + hostile, "--findings", "Findings " + hostile])
        try may([
            "complication", "add", mrn, "--kind", "infection", "--summary", "Complication " + hostile,
            "--site", "Site " + hostile, "--organism", "Organism " + hostile, "--antibiotic", "Antibiotic " + hostile,
        ])
        try may(["action", "add", mrn, "--text", "Action " + hostile, "--owner", "Owner " + hostile])
        try must(["contingency", "add", mrn, "--if", "If " + hostile, "--then", "Then " + hostile])
        return board
    }

    /// What a person reads in a terminal.
    static let terminalViews: [[String]] = [
        ["patients"], ["show", FaultBoard.mrn], ["alerts", "list", FaultBoard.mrn], ["exam", "list", FaultBoard.mrn],
        ["audit"], ["audit", FaultBoard.mrn], ["handoff"], ["handoff", "--format", "markdown"],
        ["handoff", FaultBoard.mrn, "--width", "60"], ["screen"], ["screen", "--patient", FaultBoard.mrn],
        ["screen", "--patient", FaultBoard.mrn, "--width", "80", "--height", "24"],
    ]

    /// What scripts read: JSON escapes every control character.
    static let jsonViews: [[String]] = [
        ["patients", "--json"], ["show", FaultBoard.mrn, "--json"], ["audit", "--json"], ["export"],
    ]

    @Test func everyTextViewShowsHostileTextAsHarmlessCharacters() throws {
        let board = try Self.hostileBoard()
        for view in Self.terminalViews {
            let outcome = try board.run(view)
            #expect(outcome.status == 0, "\(outcome.report)")
            #expect(HostileText.terminalProblems(in: outcome.stdout).isEmpty, "\(view): \(HostileText.terminalProblems(in: outcome.stdout))")
            #expect(HostileText.terminalProblems(in: outcome.stderr).isEmpty, "\(view) stderr: \(outcome.report)")
        }
        // The text is still there to read, its escapes made visible.
        let shown = try board.run(["show", FaultBoard.mrn]).stdoutText
        #expect(shown.contains("␛[2J"), "the escape shows as visible symbols")
        #expect(shown.contains("Note before"))
    }

    @Test func jsonViewsEscapeControlsAndKeepTheTextExactly() throws {
        let board = try Self.hostileBoard()
        for view in Self.jsonViews {
            let outcome = try board.run(view)
            #expect(outcome.status == 0, "\(outcome.report)")
            #expect(HostileText.jsonProblems(in: outcome.stdout).isEmpty, "\(view): \(HostileText.jsonProblems(in: outcome.stdout))")
            #expect((try? JSONSerialization.jsonObject(with: outcome.stdout)) != nil, "\(view) is JSON")
        }
        let notes = try board.record().notes
        #expect(notes.contains { $0.text == "Note " + HostileText.mixed + " " + Self.markup + "\nline two\r\nline three" }, "stored exactly")
        #expect(notes.contains { $0.text == HostileText.longLine })
    }

    @Test func htmlHandoffEscapesMarkupAndCarriesNoControls() throws {
        let board = try Self.hostileBoard()
        let outcome = try board.run(["handoff", "--format", "html"])
        #expect(outcome.status == 0, "\(outcome.report)")
        #expect(HostileText.terminalProblems(in: outcome.stdout).isEmpty, "\(HostileText.terminalProblems(in: outcome.stdout))")
        let html = outcome.stdoutText
        #expect(!html.contains("<script>alert"), "stored markup is escaped")
        #expect(!html.contains("<b>bold"), "stored markup is escaped")
        #expect(html.contains("&lt;script&gt;"), "and still readable")
    }

    @Test func errorsEchoingHostileInputAreHarmless() throws {
        let board = try FaultBoard()
        let attempts: [[String]] = [
            ["show", "SCI" + HostileText.clearScreen],
            ["note", "add", FaultBoard.mrn, "--service", "ward" + HostileText.setTitle, "--text", "x"],
            ["order", "set", "O-" + HostileText.clipboard, "--status", "active"],
            ["lab", "add", FaultBoard.mrn, "--test", "crp", "--value", "1" + HostileText.bidi, "--unit", "mg/L"],
            ["patients", "--" + HostileText.c1Introducer],
        ]
        for args in attempts {
            let outcome = try board.run(args)
            #expect(outcome.isOneLineError, "\(outcome.report)")
            #expect(HostileText.terminalProblems(in: outcome.stderr).isEmpty, "\(outcome.report)")
        }
    }
}
