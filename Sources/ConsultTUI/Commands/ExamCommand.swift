import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board exam add|list`: a patient's ISNCSCI exams on the board.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Record and list a patient's ISNCSCI exams.",
        subcommands: [Add.self, List.self]
    )

    /// `consult-board exam add MRN --file EXAM.json [--at ISO8601]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record an ISNCSCI exam (prints the new exam id).",
            discussion: """
                EXAM.json is one exam object with the keys of the ISNCSCI conformance file (see \
                `consult-board isncsci classify --help`). The exam is checked before it is recorded: an unknown key \
                or a value the worksheet does not allow is refused with the allowed values.
                """
        )

        @OptionGroup var options: BoardOptions

        @Argument(help: "The patient's MRN.")
        var mrn: String

        @Option(help: ArgumentHelp("The exam, one JSON object.", valueName: "EXAM.json"))
        var file: String

        @Option(help: ArgumentHelp("When the patient was examined (ISO 8601, default: now).", valueName: "time"))
        var at: String?

        func run() throws {
            let entries = try ISNCSCIFileInput.entries(file)
            guard entries.count == 1, let entry = entries.first else {
                throw CLIError.manyExamsInFile(file: file, count: entries.count)
            }
            let id = try options.submit(.addExam(AddExam(
                mrn: mrn, values: entry.values, examinedAt: try CLIInput.optionalDate(at, field: "exam time"))))
            // Recorded; a date that keeps it from being the latest exam is said at once.
            options.sayAtOnce(after: id, mrn: mrn) { id, record in DatedEntryCheck.warnings(forExam: id, in: record).map(\.shown) }
        }
    }

    /// `consult-board exam list MRN [--json]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a patient's ISNCSCI exams, oldest first, with their classification.")

        @OptionGroup var options: BoardOptions

        @Argument(help: "The patient's MRN.")
        var mrn: String

        @Flag(help: "Print JSON: id, time, examiner and the classification of each exam.")
        var json = false

        func run() throws {
            let exams = try options.loadRecord(mrn).examsByTime
            if json {
                try JSONOutput.print(exams.map(ExamListing.init))
                return
            }
            if exams.isEmpty {
                print(tr("cli.exam.none", ["mrn": Sanitizer.line(mrn)]))
                return
            }
            for exam in exams {
                let summary: String
                do {
                    summary = try ISNCSCI.classify(exam.values).summary
                } catch {
                    summary = "not classifiable: \(error)"
                }
                print("\(exam.id)  \(ClinicalTime.format(exam.at, in: .current))  \(Sanitizer.line(exam.examinedBy))  \(summary)")
            }
        }
    }
}

/// One exam of `exam list --json`: id, time, examiner, and the classification (the conformance file's `totals`
/// keys) or, for values that cannot be classified, the reason.
struct ExamListing: Encodable {
    var id: RecordID
    var at: Date
    var examinedBy: String
    var classification: [String: String]?
    var error: String?

    init(_ exam: ExamRecord) {
        id = exam.id
        at = exam.at
        examinedBy = exam.examinedBy
        do {
            classification = try ISNCSCI.classify(exam.values).totals
        } catch {
            self.error = error.description
        }
    }
}
