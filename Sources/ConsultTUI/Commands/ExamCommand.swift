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
            let entries = try ISNCSCIExamFile.entries(try ExamFileReading.read(file))
            guard entries.count == 1, let entry = entries.first else {
                throw CLIError("\(file) holds \(entries.count) exams; `exam add` records one exam object")
            }
            let examinedAt = try at.map { text in
                guard let date = ISO8601Time.parse(text) else {
                    throw StoreError.rejected(.invalidDate(field: "--at", value: text))
                }
                return date
            }
            let ids = try options.store().apply(
                [.addExam(AddExam(mrn: mrn, values: entry.values, examinedAt: examinedAt))],
                author: try options.authorName())
            print(ids.first.flatMap { $0 } ?? "")
        }
    }

    /// `consult-board exam list MRN [--json]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a patient's ISNCSCI exams, oldest first, with their classification.")

        @OptionGroup var options: BoardOptions

        @Argument(help: "The patient's MRN.")
        var mrn: String

        @Flag(help: "Print JSON: id, time, examiner and the classification of each exam.")
        var json = false

        func run() throws {
            let board = try options.store().load()
            guard let record = board.patients[mrn] else { throw StoreError.rejected(.unknownPatient(mrn)) }
            let exams = record.examsByTime
            if json {
                print("[\n" + exams.map { "  " + Self.jsonObject($0) }.joined(separator: ",\n") + (exams.isEmpty ? "]" : "\n]"))
                return
            }
            if exams.isEmpty {
                print("no ISNCSCI exams for \(Sanitizer.line(mrn))")
                return
            }
            for exam in exams {
                let summary: String
                do {
                    summary = try ISNCSCI.classify(exam.values).summary
                } catch {
                    summary = "not classifiable: \(error)"
                }
                print("\(exam.id)  \(ISO8601Time.format(exam.at))  \(Sanitizer.line(exam.examinedBy))  \(summary)")
            }
        }

        static func jsonObject(_ exam: ExamRecord) -> String {
            let q = ISNCSCIOutput.quoted
            let head = "\(q("id")): \(q(exam.id)), \(q("at")): \(q(ISO8601Time.format(exam.at))), "
                + "\(q("examinedBy")): \(q(exam.examinedBy))"
            do {
                let classification = try ISNCSCI.classify(exam.values)
                return "{\(head), \(q("classification")): \(ISNCSCIOutput.object(classification))}"
            } catch {
                return "{\(head), \(q("error")): \(q(error.description))}"
            }
        }
    }
}

/// ISO 8601 times for the command line: `2026-11-25T08:30:00Z`, `2026-11-25T16:30+08:00`, with or without
/// seconds and fractions of a second.
enum ISO8601Time {
    static func parse(_ text: String) -> Date? {
        var text = text.trimmingCharacters(in: .whitespaces)
        // Add the seconds when the time has only hours and minutes ("T16:30+08:00", "T08:30Z").
        if let t = text.firstIndex(of: "T") {
            let time = text[text.index(after: t)...]
            let clock = time.prefix { $0.isNumber || $0 == ":" }
            if clock.count == 5 { text.insert(contentsOf: ":00", at: clock.endIndex) }
        }
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
