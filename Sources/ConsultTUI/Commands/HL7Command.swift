import ArgumentParser

/// `consult-board hl7 ...`: results from the laboratory system as HL7 v2 messages.
struct HL7Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hl7", abstract: "Take HL7 v2 messages: results from the laboratory system, admissions/transfers/discharges from ADT.",
        subcommands: [HL7ImportCommand.self, HL7ListenCommand.self])
}
