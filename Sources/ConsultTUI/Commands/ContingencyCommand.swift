import ArgumentParser

/// `consult-board contingency ...`: I-PASS contingency plans.
struct ContingencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contingency", abstract: "Add an I-PASS contingency plan (if this, then that).",
        subcommands: [ContingencyAddCommand.self])
}
