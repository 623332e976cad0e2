import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board admit --mrn MRN --name NAME --age N --sex F|M --bed BED --diagnosis TEXT ...`
struct AdmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admit", abstract: "Admit a patient to the board; prints the MRN.")

    @OptionGroup var options: BoardOptions

    @Option(help: "Medical record number: 1-32 letters, digits, '-', '_' or '.'.")
    var mrn: String

    @Option(help: "The patient's name (any script, e.g. 王建国).")
    var name: String

    @Option(help: ArgumentHelp("Age in years.", valueName: "years"))
    var age: String

    @Option(help: .oneOf("Sex", Sex.self, valueName: "sex"))
    var sex: String

    @Option(help: "Bed (e.g. 3-01).")
    var bed: String

    @Option(help: "Admitting diagnosis.")
    var diagnosis: String

    @Option(help: ArgumentHelp("Weight in kg.", valueName: "kg"))
    var weight: String?

    @Option(help: .oneOf("I-PASS illness severity", Severity.self, valueName: "severity"))
    var severity: String = Severity.stable.rawValue

    @Option(help: "Allergies as the ward records them (empty: none recorded).")
    var allergies: String = ""

    @Option(help: "The I-PASS one-line summary.")
    var summary: String = ""

    @Option(name: .customLong("problem"), help: "An active problem (repeat for several, most important first).")
    var problems: [String] = []

    @Option(help: ArgumentHelp("Admission time, ISO 8601 (default: now).", valueName: "time"))
    var admitted: String?

    @Option(help: ArgumentHelp("When the injury happened, ISO 8601 (the MAP target counts its days from it; default: not recorded, counted from admission).", valueName: "time"))
    var injuredAt: String?

    @Flag(help: "Admit into a bed another patient lies in (refused without it).")
    var allowSharedBed = false

    func run() throws {
        let patient = Patient(
            mrn: mrn, name: name, age: try CLIInput.integer(age, field: "age"),
            sex: try CLIInput.vocabulary(sex, field: "sex"), bed: bed,
            weightKg: try weight.map { try CLIInput.number($0, field: "weight") }, allergies: allergies,
            admittedAt: try CLIInput.date(admitted, field: "admission time"), diagnosis: diagnosis, summary: summary,
            severity: try CLIInput.vocabulary(severity, field: "severity"), problems: problems,
            injuredAt: try CLIInput.optionalDate(injuredAt, field: "injury time"))
        try options.submit(.admitPatient(AdmitPatient(patient: patient, allowSharedBed: allowSharedBed ? true : nil)))
    }
}
