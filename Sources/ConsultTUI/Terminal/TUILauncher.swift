import ConsultBoard
import Foundation

/// Opens a board in the terminal UI: loads it, builds the first state and runs until the user quits.
enum TUILauncher {
    static func open(path: String, author: String) throws -> TerminalApp.Exit {
        var live = LiveBoard(store: try BoardStore(path: path))
        let board = try live.load()
        let state = AppState(board: board, author: author, now: Date(), width: 80, height: 24)
        return try TerminalApp.run(state: state, runner: EffectRunner(board: live, author: author))
    }
}
