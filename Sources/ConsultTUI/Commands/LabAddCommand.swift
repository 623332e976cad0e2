import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board lab add MRN --test NAME --value NUMBER [--unit UNIT] [--period-hours H] [--at ISO8601]`
struct LabAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a lab value or vital sign; prints its id.",
        discussion: """
            Known tests must use one of their units (creatinine: umol/L or mg/dL; temperature: C; ...); the value \
            is kept in the unit entered. A test with a single unit may leave --unit out. Vital signs: systolic-bp \
            and diastolic-bp (mmHg), heart-rate and respiratory-rate (/min), spo2 (%), temperature (C), fvc (mL), \
            nif (cmH2O, negative), urine-output (mL, with --period-hours), pain-score (/10). Examples:
              consult-board lab add SCI-0001 --test creatinine --value 250 --unit umol/L --at 2026-11-25T06:00:00+08:00
              consult-board lab add SCI-0001 --test systolic-bp --value 182
              consult-board lab add SCI-0001 --test urine-output --value 120 --period-hours 6
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "The test (e.g. creatinine, potassium, crp, systolic-bp, heart-rate, spo2, fvc, urine-output).")
    var test: String

    // Unconditional: a negative value ("--value -40", a NIF) is the value, not an unknown option.
    @Option(parsing: .unconditional, help: ArgumentHelp("The value, a number.", valueName: "number"))
    var value: String

    @Option(help: "The unit (e.g. umol/L); may be left out for a test with one unit (mmHg, %, mL...).")
    var unit: String?

    @Option(help: ArgumentHelp("For urine-output: the hours it was collected over (up to 24).", valueName: "hours"))
    var periodHours: String?

    @Option(help: ArgumentHelp("When the sample was taken, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    @Flag(help: "The test is new on purpose although its name is close to a known test's (creatinin: creatinine?).")
    var newTest = false

    func run() throws {
        guard let unit = unit ?? KnownTest.named(test)?.onlyUnit else {
            let units = KnownTest.named(test)?.units.joined(separator: ", ")
            throw units.map { CLIError.unitNeededOneOf(test: test, units: $0) } ?? CLIError.unitNeeded(test: test)
        }
        let hours = try periodHours.map { (text) throws(BoardError) in try CLIInput.number(text, field: "period hours") }
        let id = try options.submit(.addLab(AddLab(
            mrn: mrn, test: test, value: try CLIInput.number(value, field: "value"), unit: unit,
            at: try CLIInput.date(at, field: "sample time"), newTest: newTest ? true : nil, periodHours: hours)))
        // Recorded; a date that keeps it from being the latest of its test is said at once.
        options.sayAtOnce(after: id, mrn: mrn) { id, record in DatedEntryCheck.warnings(forLab: id, in: record).map(\.shown) }
    }
}
