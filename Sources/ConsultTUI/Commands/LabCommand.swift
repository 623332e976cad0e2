import ArgumentParser

/// `consult-board lab ...`: lab values and vital signs.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab", abstract: "Record a lab value or vital sign.", subcommands: [LabAddCommand.self])
}
