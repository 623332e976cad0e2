import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board discharge MRN [--to home|rehab|other-ward|deceased|other] [--summary TEXT|-] [--carry-over]`
struct DischargeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discharge",
        abstract: "Discharge a patient from the ward; prints the MRN.",
        discussion: """
            The patient leaves the ward list, the handoff and the alerts, and stays on the board: `patients \
            --discharged`, `show MRN` and `discharge-summary MRN` still find them, and `readmit MRN` brings them \
            back. Refused while a consult, order or action is open, with the list: close each, or pass \
            --carry-over to record them as carried over in the discharge summary. Nothing is closed silently.
            """)

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(name: .customLong("to"), help: .oneOf("Where the patient goes", DischargeDestination.self, valueName: "destination"))
    var destination: String = DischargeDestination.home.rawValue

    @Option(help: "The discharge summary ('-' reads standard input).")
    var summary: String?

    @Flag(help: "Carry every open consult, order and action over (listed in the discharge summary).")
    var carryOver = false

    func run() throws {
        let change = DischargePatient(
            mrn: mrn, destination: try CLIInput.vocabulary(destination, field: "discharge destination"),
            summary: try CLIInput.optionalText(summary, field: "discharge summary"), carryOver: carryOver ? true : nil)
        try options.submit(expecting: revision.expected, .dischargePatient(change))
    }
}

/// `consult-board readmit MRN [--bed BED]`
struct ReadmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readmit",
        abstract: "Bring a discharged or transferred-out patient back onto the ward; prints the MRN.",
        discussion: "Into the bed given, or the bed the patient left (refused when another patient lies in it).")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "The bed (default: the bed the patient left).")
    var bed: String?

    @Flag(help: "Confirm readmitting into a bed another patient lies in.")
    var allowSharedBed = false

    func run() throws {
        let change = ReadmitPatient(
            mrn: mrn, bed: try CLIInput.optionalText(bed, field: "bed"), allowSharedBed: allowSharedBed ? true : nil)
        try options.submit(expecting: revision.expected, .readmitPatient(change))
    }
}
