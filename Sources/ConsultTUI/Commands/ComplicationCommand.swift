import ArgumentParser

/// `consult-board complication ...`: infections, DVT, renal and other complications.
struct ComplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complication", abstract: "Record a complication or mark it resolved (or recurred).",
        subcommands: [ComplicationAddCommand.self, ComplicationSetCommand.self])
}
