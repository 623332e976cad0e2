import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board dose give|hold|refuse|miss ORDER_ID ...`: the medication administration record.
struct DoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dose",
        abstract: "Record a dose of a medication order given, held, refused or missed.",
        discussion: """
            Each prints the order's id. The record shows on the order (show, the Orders tab, the handoff, \
            `show --json` as the order's "administrations"); the anticoagulant timing before a spinal procedure \
            reads the last dose actually given. Examples:
              consult-board dose give O-7 --at 2026-11-25T08:05:00+08:00 --due 2026-11-25T08:00:00+08:00
              consult-board dose hold O-7 --reason "LP at 10:00; held per anaesthesia"
            """,
        subcommands: [DoseGiveCommand.self, DoseHoldCommand.self, DoseRefuseCommand.self, DoseMissCommand.self])
}

/// What every dose command takes.
struct DoseOptions: ParsableArguments {
    @OptionGroup var options: BoardOptions

    @Argument(help: "The medication order's id (e.g. O-7).")
    var orderID: String

    @Option(help: ArgumentHelp("When it happened, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("When the dose was due, ISO 8601 (a dose given over an hour late shows late).", valueName: "time"))
    var due: String?

    func submit(_ outcome: DoseOutcome, reason: String?) throws {
        try options.submit(.recordDose(RecordDose(
            orderID: orderID, outcome: outcome, at: try CLIInput.optionalDate(at, field: "dose time"),
            due: try CLIInput.optionalDate(due, field: "due time"), reason: reason)))
    }
}

struct DoseGiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "give", abstract: "Record a dose given.")
    @OptionGroup var dose: DoseOptions
    @Option(help: "A note (optional).")
    var note: String?
    func run() throws { try dose.submit(.given, reason: note) }
}

struct DoseHoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hold", abstract: "Record a dose held, with the reason.")
    @OptionGroup var dose: DoseOptions
    @Option(help: "Why it was held (required).")
    var reason: String
    func run() throws { try dose.submit(.held, reason: reason) }
}

struct DoseRefuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refuse", abstract: "Record a dose the patient refused.")
    @OptionGroup var dose: DoseOptions
    @Option(help: "What the patient said or why (required).")
    var reason: String
    func run() throws { try dose.submit(.refused, reason: reason) }
}

struct DoseMissCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "miss", abstract: "Record a dose missed (not given, not held).")
    @OptionGroup var dose: DoseOptions
    @Option(help: "Why it was missed (required).")
    var reason: String
    func run() throws { try dose.submit(.missed, reason: reason) }
}
