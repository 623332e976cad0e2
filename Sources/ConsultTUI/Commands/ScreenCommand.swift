import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board screen`: draws the TUI's first screen as plain text and exits (for scripts, e-mail, checks).
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Print the terminal UI's board screen as plain text.",
        discussion: "The same views the terminal UI draws, without a terminal.")

    @OptionGroup var options: BoardOptions

    @Option(help: "Columns (at least 80 for the full screen).")
    var width = 120

    @Option(help: "Rows (at least 24 for the full screen).")
    var height = 40

    @Option(help: ArgumentHelp("Show this patient's screen instead of the board.", valueName: "MRN"))
    var patient: String?

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else {
            throw CLIUsageMistake.screenSize.error
        }
    }

    func run() throws {
        // What the terminal UI draws first: every patient without notes and the shown patient whole, under the
        // ward's settings. (Not what this reader has not seen: `screen` keeps no read marks.)
        Terminology.prepareInBackground()
        // Printed to a terminal, laid out for the width it draws "…" at, as the TUI is (a pipe keeps the locale's).
        AmbiguousWidthProbe.adoptTerminalWidth()
        let store = try options.store()
        let shown = { (board: Board) in patient ?? AppState.firstSelection(board) }
        let board = try store.loadBoardList(wholeRecordOf: shown)
        var state = try TUILauncher.state(on: board, store: store, author: try options.authorName(from: store), width: width, height: height)
        if let patient {
            guard board.patients[patient] != nil else { throw BoardError.unknownPatient(patient) }
            _ = state.openPatient(patient)
        }
        var canvas = Canvas(width: width, height: height)
        ScreenView.draw(state, into: &canvas)
        print(canvas.text, terminator: "")
    }
}
