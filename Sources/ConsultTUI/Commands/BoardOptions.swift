import ArgumentParser
import ConsultBoard
import Foundation

/// The options every command that touches a board shares: where the board is and who is signing.
struct BoardOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The board folder (default: $CONSULT_BOARD).", valueName: "path"))
    var board: String?

    @Option(name: .long, help: ArgumentHelp("Who signs the changes (default: $CONSULT_BOARD_AUTHOR, else the login name).", valueName: "name"))
    var author: String?

    /// The board path, or a clear error when none is given.
    func boardPath() throws -> String {
        if let board, !board.isEmpty { return board }
        if let env = ProcessInfo.processInfo.environment["CONSULT_BOARD"], !env.isEmpty { return env }
        throw CLIError(tr("cli.noBoard"))
    }

    /// Opens the board's store, and makes the board's terminology (built-in plus the ward's
    /// `terminology.json`, if any) the one its alerts use.
    func store() throws -> BoardStore {
        let path = try boardPath()
        let store = try BoardStore(path: path)
        Terminology.activate(try Terminology.forBoard(at: path))
        return store
    }

    /// The author who signs changes.
    func authorName() throws -> String {
        let env = ProcessInfo.processInfo.environment
        let name = author ?? env["CONSULT_BOARD_AUTHOR"] ?? env["LOGNAME"] ?? env["USER"] ?? NSUserName()
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError(tr("cli.noAuthor"))
        }
        return name
    }
}

/// A usage error of the CLI itself (as opposed to a refused change, which is a `StoreError`).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
