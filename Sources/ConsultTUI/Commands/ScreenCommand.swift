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
        let board = try options.store().load()
        var state = AppState(board: board, author: try options.authorName(), now: Date(), width: width, height: height)
        if let patient {
            guard board.patients[patient] != nil else { throw BoardError.unknownPatient(patient) }
            _ = state.openPatient(patient)
        }
        var canvas = Canvas(width: width, height: height)
        ScreenView.draw(state, into: &canvas)
        print(canvas.text, terminator: "")
    }
}
