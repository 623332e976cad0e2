import ArgumentParser

/// `consult-board result ...`: diagnostic reports (imaging, EMG/NCS, CSF) and their status.
struct ResultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "result", abstract: "Record a diagnostic report or move its status.",
        subcommands: [ResultAddCommand.self, ResultSetCommand.self])
}
