import ArgumentParser

/// `consult-board patient ...`: change a patient's header.
struct PatientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patient", abstract: "Change a patient's header (severity, bed, weight...).",
        subcommands: [PatientSetCommand.self])
}
