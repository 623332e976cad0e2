import ArgumentParser
import ConsultBoard
import Foundation

/// The options every command that touches a board shares: where the board is and who is signing.
struct BoardOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The board: a folder, or postgresql://USER@HOST:PORT/DB?board=NAME (default: $CONSULT_BOARD).", valueName: "path|url"))
    var board: String?

    @Option(name: .long, help: ArgumentHelp("Who signs the changes (default: $CONSULT_BOARD_AUTHOR, else the login name).", valueName: "name"))
    var author: String?

    /// The board path, or a clear error when none is given.
    func boardPath() throws -> String {
        if let board, !board.isEmpty { return board }
        if let env = ProcessInfo.processInfo.environment["CONSULT_BOARD"], !env.isEmpty { return env }
        throw CLIError.noBoard
    }

    /// Where the board is: a folder or a board in a PostgreSQL database. A URL of another kind is refused, never
    /// taken as a folder name.
    func location() throws -> BoardLocation {
        do { return try BoardLocation.parse(try boardPath()) } catch let error as BoardLocationError { throw CLIError.passedOn(error.shown) }
    }

    /// The board folder, for the commands that only a folder board has (its ward files, drafts, repair).
    func folderPath(for command: String) throws -> String {
        let location = try location()
        guard let path = location.folderPath else {
            throw CLIError.folderBoardOnly(command: command, location: "\(location)")
        }
        return path
    }

    /// Opens the board's store, and makes the board's terminology (built-in plus the ward's
    /// `terminology.json`, if any: a folder board's) the one its alerts use.
    func store() throws -> any BoardStoring {
        let location = try location()
        let store = try location.store()
        if let path = location.folderPath { try Terminology.activate(forBoardAt: path) }
        return store
    }

    /// The author who signs changes: `--author`, `$CONSULT_BOARD_AUTHOR`, else the one name the board's roster
    /// gives this login, else the login name. `store`: the board the command already opened, whose roster is
    /// asked (a board in a database would otherwise be connected to a second time, a new server process each).
    func authorName(from store: (any BoardStoring)? = nil) throws -> String {
        let env = ProcessInfo.processInfo.environment
        let name = author ?? env["CONSULT_BOARD_AUTHOR"] ?? rosterName(from: store) ?? env["LOGNAME"] ?? env["USER"] ?? NSUserName()
        // All spaces is no name. Asked scalar by scalar: Foundation's trimming goes through NSString, whose
        // first use costs a start-up three scans of the runtime's conformance records (issue 9).
        guard !name.unicodeScalars.allSatisfy({ CharacterSet.whitespaces.contains($0) }) else {
            throw CLIError.noAuthor
        }
        return name
    }
}

extension BoardOptions {
    /// The display name the board's roster gives this login, when it gives exactly one, on either kind of board
    /// (a board in a database was once read as a folder here, so its roster was never asked).
    private func rosterName(from opened: (any BoardStoring)?) -> String? {
        guard let store = opened ?? (try? location().store()), let roster = try? store.roster() else { return nil }
        let mine = roster.members(login: OSUser.current.login)
        return mine.count == 1 ? mine.first?.name : nil
    }
}
