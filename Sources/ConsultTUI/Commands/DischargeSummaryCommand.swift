import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board discharge-summary MRN [--format text|markdown|html] [--width N] [--templates DIR] [--output FILE]`
struct DischargeSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discharge-summary",
        abstract: "Print the discharge summary of a patient who left the ward.",
        discussion: """
            Rendered from templates/discharge-summary.txt.mustache (text), .md.mustache (markdown) or \
            .html.mustache (html), built into the program; --templates DIR uses the ward's own. The summary \
            written at discharge, what was carried over, and the record as at discharge (docs/interfaces.md).
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: ArgumentHelp("text, markdown or html (default: from the --output file name, else text).", valueName: "format"))
    var format: HandoffFormat?

    @Option(help: ArgumentHelp("The page width of the text format, in display columns.", valueName: "columns"))
    var width: Int = 80

    @Option(help: ArgumentHelp("A folder holding discharge-summary.txt.mustache (...) to use instead.", valueName: "folder"))
    var templates: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Save it to this file (readable only by you).", valueName: "file"))
    var output: String?

    func validate() throws {
        if !Handoff.widths.contains(width) {
            throw CLIUsageMistake.handoffWidth(width, allowed: Handoff.widths).error
        }
    }

    func run() throws {
        let format = format ?? output.flatMap { HandoffFormat(fileName: $0) } ?? .text
        let store = try options.store()
        let board = try store.load(patients: [mrn])
        guard let record = board.patients[mrn] else { throw BoardError.unknownPatient(mrn) }
        guard let document = DischargeSummary.document(
            record, board: board, format: format, width: width, generatedBy: try options.authorName(from: store),
            settings: try options.wardSettings(of: store))
        else {
            throw CLIError.stillOnWard(mrn: mrn, bed: record.patient.bed)
        }
        let text = try DischargeSummary.render(document, format: format, templates: templates)
        if let output {
            try HandoffFile.write(text, to: output)
            print(tr("cli.discharge.saved", ["mrn": mrn, "file": output]))
        } else {
            StandardOutput.write(text)
        }
    }
}
