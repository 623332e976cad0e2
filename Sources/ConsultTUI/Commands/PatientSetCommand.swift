import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board patient set MRN [--severity S] [--bed B] [--weight KG] [--summary T] [--diagnosis T] ...`
struct PatientSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change parts of a patient's header; prints the MRN.",
        discussion: "Only the options given change. --problem replaces the whole problem list.")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("I-PASS illness severity", Severity.self, valueName: "severity"))
    var severity: String?

    @Option(help: "New bed.")
    var bed: String?

    @Option(help: ArgumentHelp("Weight in kg.", valueName: "kg"))
    var weight: String?

    @Option(help: "The I-PASS one-line summary ('-' reads standard input).")
    var summary: String?

    @Option(help: "Working diagnosis.")
    var diagnosis: String?

    @Option(help: "Allergies ('' clears them to none recorded).")
    var allergies: String?

    @Option(name: .customLong("problem"), help: "An active problem; the list given replaces the old one.")
    var problems: [String] = []

    @Option(help: ArgumentHelp("When the injury happened, ISO 8601 (the MAP target counts its days from it).", valueName: "time"))
    var injuredAt: String?

    @Flag(help: "Confirm moving into a bed another patient lies in (otherwise refused).")
    var allowSharedBed = false

    func run() throws {
        var change = UpdatePatient(
            mrn: mrn, bed: bed, weightKg: try weight.map { try CLIInput.number($0, field: "weight") },
            allergies: allergies, diagnosis: diagnosis,
            summary: try CLIInput.optionalText(summary, field: "summary"),
            severity: try severity.map { try CLIInput.vocabulary($0, field: "severity") },
            problems: problems.isEmpty ? nil : problems, injuredAt: try CLIInput.optionalDate(injuredAt, field: "injury time"))
        guard change != UpdatePatient(mrn: mrn) else {
            throw CLIError.nothingToChange
        }
        if allowSharedBed {
            guard bed != nil else { throw CLIError.sharedBedNeedsBed }
            change.allowSharedBed = true
        }
        try options.submit(expecting: revision.expected, .updatePatient(change))
    }
}
