import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board demo [--board PATH]`: creates the fictional demo ward and opens it in the terminal UI.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the fictional demo ward and open it in the terminal UI.",
        discussion: """
            Without --board the demo is created in a new temporary folder. With --board PATH it is created there \
            when no board exists yet; an existing board at PATH is opened as it is. Where the board is, is said \
            on exit, so it can be opened again with `consult-board --board PATH`.
            """)

    @OptionGroup var options: BoardOptions

    func run() throws {
        let path: String
        if let board = options.board, !board.isEmpty {
            path = board
        } else {
            path = FileManager.default.temporaryDirectory
                .appendingPathComponent("consult-board-demo-\(UUID().uuidString.prefix(8))").appendingPathComponent("ward").path
        }
        let location = try BoardLocation.parse(path)
        // A database board that opens is the one shown (one connection for the whole session).
        var opened: (any BoardStoring)?
        let exists: Bool
        switch location {
        case let .folder(folder): exists = FileManager.default.fileExists(atPath: URL(fileURLWithPath: folder).appendingPathComponent("board.json").path)
        case .postgres:
            opened = try? location.store()
            exists = opened != nil
        }
        if !exists { try DemoBoard.create(in: location, now: Date(), language: Localisation.language) }
        let store = try opened ?? location.store()
        let exit = try TUILauncher.open(store, author: try options.authorName(from: store))
        print(exists ? tr("cli.demo.where", ["path": path]) : tr("cli.demo.whereNew", ["path": path]))
        if case let .signal(signal) = exit { throw ExitCode(128 + signal) }
    }
}
