import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board [tui] [--board PATH]`: the terminal UI, and what `consult-board` alone runs.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the board in the terminal UI (what `consult-board` alone does).",
        discussion: "Press ? in the UI for every key. See docs/tui.md.")

    @OptionGroup var options: BoardOptions

    func run() throws {
        guard (try? options.boardPath()) != nil else {
            throw CLIError.noBoardForTUI
        }
        let store = try options.location().store()
        let exit = try TUILauncher.open(store, author: try options.authorName(from: store))
        if case let .signal(signal) = exit { throw ExitCode(128 + signal) }
    }
}
