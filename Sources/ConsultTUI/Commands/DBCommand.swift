import ArgumentParser

/// `consult-board db init --board postgresql://…`: setting up a PostgreSQL database for boards.
struct DBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Set up a PostgreSQL database for boards (see docs/storage.md).",
        subcommands: [DBInitCommand.self])
}
