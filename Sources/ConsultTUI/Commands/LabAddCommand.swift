import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board lab add MRN --test NAME --value NUMBER --unit UNIT [--at ISO8601]`
struct LabAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a lab value or vital sign; prints its id.",
        discussion: """
            Known tests must use one of their units (creatinine: umol/L or mg/dL; temperature: C; ...); the value \
            is kept in the unit entered. Example:
              consult-board lab add SCI-0001 --test creatinine --value 250 --unit umol/L --at 2026-11-25T06:00:00+08:00
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "The test (e.g. creatinine, temperature, wbc, crp, d-dimer, glucose).")
    var test: String

    @Option(help: ArgumentHelp("The value, a number.", valueName: "number"))
    var value: String

    @Option(help: "The unit (e.g. umol/L).")
    var unit: String

    @Option(help: ArgumentHelp("When the sample was taken, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    @Flag(help: "The test is new on purpose although its name is close to a known test's (creatinin: creatinine?).")
    var newTest = false

    func run() throws {
        try options.submit(.addLab(AddLab(
            mrn: mrn, test: test, value: try CLIInput.number(value, field: "value"), unit: unit,
            at: try CLIInput.date(at, field: "sample time"), newTest: newTest ? true : nil)))
    }
}
