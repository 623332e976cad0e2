import ConsultBoard
import Foundation

/// Opens a board in the terminal UI: loads it, builds the first state and runs until the user quits.
enum TUILauncher {
    static func open(path: String, author: String) throws -> TerminalApp.Exit {
        let open = try BoardStore(path: path).open()
        let state = AppState(board: open.board, author: author, now: Date(), width: 80, height: 24)
        return try TerminalApp.run(state: state, runner: EffectRunner(board: open, author: author))
    }
}
