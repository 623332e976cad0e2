@testable import ConsultTUI
import ConsultBoard
import Foundation
import Testing

/// Typing and pasting into every kind of form (`FormKind.allCases`) in a real terminal, with and without bracketed
/// paste: the text lands in the field (a one-line field joins pasted lines with spaces, the editor keeps them), no
/// letter acts as a command, the form neither saves nor closes, its choice does not change, and Esc asks before
/// anything typed is thrown away.
///
/// A kind without a scenario fails `everyFormKindHasAScenario`; `theKeysOfEachScenarioOpenItsKind` checks, without
/// a terminal, that a scenario's keys really open its kind.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct FormTypingInTerminalTests {
    /// Where a scenario starts: several forms share one terminal session (tmux tests are the suite's slowest).
    enum Group: String, CaseIterable, Sendable {
        /// On the board.
        case board
        /// On 陈明's patient screen, forms of the Overview tab.
        case overview
        /// On 陈明's patient screen, forms of the record tabs (consults, orders, results, labs, complications, notes).
        case records
    }

    /// What the focused input takes.
    enum Input: Sendable {
        /// A one-line text field: pasted lines are joined with spaces.
        case line
        /// The note editor: pasted lines stay lines.
        case lines
        /// Only choices: typed and pasted text is refused and changes nothing.
        case choices
        /// The ISNCSCI worksheet: typed grades only, pastes refused.
        case grades
        /// A filter line (`/`): Esc clears it without asking (nothing would be lost).
        case filter
    }

    struct Scenario: Sendable, CustomTestStringConvertible {
        var kind: FormKind
        var group: Group
        /// The keys that open the form from the group's screen (a patient tab's digit first), sent together.
        var keys: [String]
        /// Text the open form shows (its title).
        var title: String
        /// The label of the text field typed into (focused with Tab); `nil`: the input that has focus on opening.
        var field: String? = nil
        var input: Input = .line
        /// The label of a choice whose line must not change.
        var choice: String? = nil
        var testDescription: String { kind.rawValue }
    }

    static let scenarios: [Scenario] = [
        Scenario(kind: .admitPatient, group: .board, keys: ["a"], title: "Admit patient", field: "Name", choice: "Sex"),
        Scenario(kind: .boardFilter, group: .board, keys: ["f"], title: "Filter patients", input: .choices, choice: "Severity"),
        Scenario(kind: .criticalValue, group: .board, keys: ["v"], title: "Critical values open on the ward", field: "Reported by", choice: "Read back"),
        Scenario(kind: .note, group: .board, keys: ["n"], title: "New note", input: .lines),
        Scenario(kind: .patientFilter, group: .board, keys: ["/"], title: "type filter", input: .filter),

        Scenario(kind: .addAction, group: .overview, keys: ["1", "a"], title: "Add action item", field: "Action"),
        Scenario(kind: .completeAction, group: .overview, keys: ["1", "d"], title: "Mark action done", input: .choices, choice: "Action"),
        Scenario(kind: .addContingency, group: .overview, keys: ["1", "c"], title: "Add contingency", field: "If"),
        Scenario(kind: .updatePatient, group: .overview, keys: ["1", "e"], title: "Update 陈明", field: "Summary", choice: "Severity"),
        Scenario(kind: .acknowledgeAlert, group: .overview, keys: ["1", "!"], title: "Acknowledge a safety alert", field: "Reason", choice: "Alert"),
        Scenario(kind: .allergies, group: .overview, keys: ["1", "A"], title: "Allergies of 陈明", field: "Substance", choice: "Record"),
        Scenario(kind: .discharge, group: .overview, keys: ["1", "x"], title: "Discharge 陈明", field: "Summary", choice: "To"),
        Scenario(kind: .codeStatus, group: .overview, keys: ["1", "C"], title: "Code status of 陈明", field: "Note", choice: "Code status"),
        Scenario(kind: .device, group: .overview, keys: ["1", "L"], title: "Lines and drains of 陈明", field: "Site", choice: "Kind"),
        Scenario(kind: .addContact, group: .overview, keys: ["1", "P"], title: "Key contact of 陈明", field: "Name", choice: "Role"),
        Scenario(kind: .examWorksheet, group: .overview, keys: ["1", "I"], title: "ISNCSCI worksheet", input: .grades),

        Scenario(kind: .requestConsult, group: .records, keys: ["2", "a"], title: "Request consult", field: "Question", choice: "Service"),
        Scenario(kind: .consultStatus, group: .records, keys: ["2", "s"], title: "now accepted", input: .choices, choice: "New status"),
        Scenario(kind: .recommendation, group: .records, keys: ["2", "r"], title: "Recommendation on", field: "Recommendation"),
        Scenario(kind: .addOrder, group: .records, keys: ["3", "a"], title: "Add order", field: "Order text", choice: "Kind"),
        Scenario(kind: .orderStatus, group: .records, keys: ["3", "Down", "s"], title: "now active", field: "Reason", choice: "New status"),
        Scenario(kind: .recordDose, group: .records, keys: ["3", "End", "d"], title: "Dose of", field: "Note", choice: "Dose"),
        Scenario(kind: .addResult, group: .records, keys: ["4", "a"], title: "Add result", field: "Impression", choice: "Kind"),
        Scenario(kind: .resultStatus, group: .records, keys: ["4", "s"], title: "now final", field: "Reason", choice: "New status"),
        Scenario(kind: .addLab, group: .records, keys: ["5", "a"], title: "Add lab or vital", field: "Unit"),
        Scenario(kind: .addComplication, group: .records, keys: ["6", "a"], title: "Add complication", field: "Summary", choice: "Kind"),
        Scenario(kind: .complicationStatus, group: .records, keys: ["6", "s"], title: "now active", input: .choices, choice: "New status"),
        Scenario(kind: .noteInError, group: .records, keys: ["7", "E"], title: "entered in error", field: "Reason"),
        Scenario(kind: .addendum, group: .records, keys: ["7", "A"], title: "Addendum to", input: .lines),
        Scenario(kind: .noteSearch, group: .records, keys: ["7", "/"], title: "search notes", input: .filter),
    ]

    @Test func everyFormKindHasAScenario() {
        for kind in FormKind.allCases {
            #expect(Self.scenarios.contains { $0.kind == kind }, "no terminal scenario types and pastes into the \(kind) form")
        }
        #expect(Self.scenarios.count == Set(Self.scenarios.map(\.kind)).count, "one scenario a kind")
    }

    /// The ward the scenarios run on: the test ward with a critical potassium of 陈明's (for the critical value form).
    static func ward(now: Date) -> [BoardCommand] {
        [.addLab(AddLab(mrn: "SCI-0001", test: "potassium", value: 6.9, unit: "mmol/L", at: now.addingTimeInterval(-600)))]
    }

    @Test(arguments: scenarios)
    func theKeysOfEachScenarioOpenItsKind(_ scenario: Scenario) throws {
        var board = TestWard.board()
        for command in Self.ward(now: TestWard.now) {
            try board.apply(command, context: ChangeContext(sequence: board.revision + 1, author: "lab", at: TestWard.now, writer: "lab"))
        }
        var state = AppState(board: board, author: "dr.li", now: TestWard.now, timeZone: TimeZone(identifier: "UTC") ?? .current, width: 120, height: 40)
        let keys = (scenario.group == .board ? [] : ["End", "Enter"]) + scenario.keys
        for key in keys { _ = update(&state, .key(Self.key(key))) }
        #expect(state.openFormKind == scenario.kind, "\(keys) opened \(String(describing: state.openFormKind)); status: \(state.status?.text ?? "")")
        // What the terminal test waits for and looks up is on the screen.
        var canvas = Canvas(width: state.width, height: state.height)
        ScreenView.draw(state, into: &canvas)
        let screen = canvas.text
        #expect(screen.contains(scenario.title), "\(scenario.kind): no '\(scenario.title)' on\n\(screen)")
        for label in [scenario.field, scenario.choice].compactMap({ $0 }) {
            #expect(screen.contains("│ " + label), "\(scenario.kind): no field '\(label)' on\n\(screen)")
        }
    }

    private static func key(_ name: String) -> Key {
        switch name {
        case "End": .end
        case "Enter": .enter
        case "Escape": .escape
        case "Down": .down
        default: .char(name.first ?? " ")
        }
    }

    @Test(arguments: Group.allCases)
    func typingAndPastingIntoEveryForm(_ group: Group) throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let store = try BoardStore(path: board)
        try store.apply(Self.ward(now: Date()), author: "lab")
        let revision = try store.load().revision
        let tmux = try TmuxSession(["tui", "--board", board, "--author", "dr.li"], keeping: folder)
        try tmux.waitFor(text: "6 patients")
        if group != .board {
            try tmux.send("End")
            try tmux.waitFor(text: "│ 陈明  67 M · Bed 12")
            try tmux.send("Enter")
            try tmux.waitFor(text: "1 Overview")
        }
        for scenario in Self.scenarios where scenario.group == group {
            try Self.run(scenario, in: tmux)
            #expect(try BoardStore(path: board).load().revision == revision, "\(scenario.kind): something was saved")
        }
    }

    /// Opens the scenario's form, types and pastes into it, checks that nothing else happened, and leaves it with
    /// Esc (answering the question, when asked, with y).
    private static func run(_ scenario: Scenario, in tmux: TmuxSession) throws {
        let kind = scenario.kind
        try tmux.send(scenario.keys)
        try tmux.waitFor(text: scenario.title)
        if let field = scenario.field { try focus(field, in: tmux, kind: kind) }
        let choiceBefore = try scenario.choice.map { try choiceLine($0, title: scenario.title, in: tmux.capture()) }

        let shows = { (text: String) in { (screen: String) in screen.contains(text) } }
        let lines = { (first: String, second: String) in
            { (screen: String) in
                let rows = Self.lines(of: screen)
                return rows.contains { $0.hasPrefix(first) } && rows.contains { $0.hasPrefix(second) }
            }
        }
        // Each step waits for what it shows, so that what is sent next is not part of the paste before it.
        switch scenario.input {
        case .line, .filter:
            try inTurn(tmux, [
                (.typed("qxe"), shows("qxe")), (.unbracketed("one\ntwo"), shows("qxeone two")),
                (.bracketed("three\nfour"), shows("qxeone twothree four")),
            ])
        case .lines:
            try inTurn(tmux, [
                (.typed("qxe"), shows("qxe")), (.unbracketed("one\ntwo"), lines("qxeone", "two")),
                (.bracketed("three\nfour"), lines("twothree", "four")),
            ])
        case .choices:
            try inTurn(tmux, [
                (.typed("q"), shows("typed text is not taken")), (.unbracketed("one\ntwo"), shows("the paste is not taken")),
                (.typed("q"), shows("typed text is not taken")), (.bracketed("three\nfour"), shows("the paste is not taken")),
            ])
        case .grades:
            try inTurn(tmux, [
                (.typed("q"), shows("'q' is not a value here")), (.unbracketed("one\ntwo"), shows("a paste was not entered")),
                (.typed("2"), { !$0.contains("a paste was not entered") }), (.bracketed("three\nfour"), shows("a paste was not entered")),
            ])
        }
        let screen = try tmux.capture()
        #expect(screen.contains(scenario.title), "\(kind): the form closed:\n\(screen)")
        if let choice = scenario.choice, let choiceBefore {
            #expect(try choiceLine(choice, title: scenario.title, in: screen) == choiceBefore, "\(kind): \(choice) changed:\n\(screen)")
        }

        try tmux.send("Escape")
        switch scenario.input {
        case .line, .lines, .grades:
            try tmux.waitFor(text: "(y/n)")
            try tmux.send("y")
        case .choices, .filter:
            break  // nothing typed would be lost: Esc closes (or clears) at once
        }
        try tmux.waitFor("the \(kind) form to close") { !$0.contains(scenario.title) && !$0.contains("(y/n)") && !$0.contains("qxe") }
    }

    enum Sent {
        case typed(String), unbracketed(String), bracketed(String)
    }

    /// Sends each input and waits until the screen shows its effect.
    private static func inTurn(_ tmux: TmuxSession, _ steps: [(Sent, (String) -> Bool)]) throws {
        for (sent, shown) in steps {
            switch sent {
            case let .typed(text): try tmux.type(text)
            case let .unbracketed(text): try tmux.pasteUnbracketed(text)
            case let .bracketed(text): try tmux.paste(text)
            }
            try tmux.waitFor("the effect of \(sent)", shown)
        }
    }

    /// Moves the focus with Tab until the cursor is on the line of `label` (at most 12 fields on).
    private static func focus(_ label: String, in tmux: TmuxSession, kind: FormKind) throws {
        for _ in 0..<12 {
            if try cursorLine(tmux).contains(label) { return }
            // The focus moved: the cursor left its row, or (from one choice to the next, the cursor staying on the
            // status row) the ◂ ▸ marks moved.
            let row = try tmux.paneValue("#{cursor_y}")
            let before = try tmux.capture()
            try tmux.send("Tab")
            try tmux.waitFor("the focus to leave \(row)") { (try? tmux.paneValue("#{cursor_y}")) != row || $0 != before }
        }
        try tmux.waitForCursor(onLineContaining: label)
    }

    private static func cursorLine(_ tmux: TmuxSession) throws -> String {
        let row = Int(try tmux.paneValue("#{cursor_y}")) ?? -1
        let screen = lines(of: try tmux.capture())
        return screen.indices.contains(row) ? screen[row] : ""
    }

    private static func lines(of screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The form's line of the choice `label`: the first line below the title showing `│ label`.
    private static func choiceLine(_ label: String, title: String, in screen: String) throws -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = rows.firstIndex { $0.contains(title) } ?? 0
        guard let line = rows[start...].first(where: { $0.contains("│ " + label) }) else {
            throw TestSetupError("no choice '\(label)' under '\(title)':\n\(screen)")
        }
        return line
    }
}

extension TmuxSession {
    /// Sends several keys in one tmux command (they arrive together, as one read).
    func send(_ keys: [String]) throws { try tmux(["send-keys", "-t", name] + keys) }
}
