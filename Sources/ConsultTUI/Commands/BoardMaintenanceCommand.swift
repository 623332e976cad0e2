import ArgumentParser

/// `consult-board board copy FROM TO`: whole boards, moved between a folder and a database.
struct BoardMaintenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Work on whole boards: copy one between a folder and a PostgreSQL database.",
        subcommands: [BoardCopyCommand.self])
}
