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
            with its id and status history; every lab and vital shows its flag (H, L, HH, LL) against the ward's \
            reference ranges. --json prints the whole record exactly as stored, each lab with its "flag" \
            (normal, low, high, critical-low, critical-high; absent when the test has no range).
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Flag(help: "Print the complete record as JSON.")
    var json = false

    func run() throws {
        let store = try options.store()
        let record = try options.loadRecord(mrn, from: store)
        let settings = try options.wardSettings(of: store)
        if json {
            try JSONOutput.print(RecordJSON(record: record, settings: settings, now: Date()))
        } else {
            print(PatientRecordText(settings: settings).render(record))
        }
    }
}
