import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board show MRN [--json]`: one patient's complete record.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a patient's complete record.",
        discussion: """
            The text lists every consult, order, result, lab, complication, note, action, contingency and exam \
            with its id and status history. --json prints the whole record exactly as stored.
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Flag(help: "Print the complete record as JSON.")
    var json = false

    func run() throws {
        let record = try options.loadRecord(mrn)
        if json {
            try JSONOutput.print(record)
        } else {
            print(PatientRecordText().render(record))
        }
    }
}
