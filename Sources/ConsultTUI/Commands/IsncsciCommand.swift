import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board isncsci classify FILE [--json]`: classifies ISNCSCI exams written in the notation of the
/// ISNCSCI conformance file, without touching a board.
struct IsncsciCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isncsci",
        abstract: "ISNCSCI (2019) classification of spinal cord injury exams.",
        subcommands: [Classify.self]
    )

    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classify",
            abstract: "Classify the exams of a JSON file (one exam object or an array of them).",
            discussion: """
                Keys as in the ISNCSCI conformance file: c5RightMotor, c2LeftTouch, s4_5RightPrick, \
                analContraction, analSensation, rightLowestNonKeyMuscleWithMotorFunction, ... Values: motor 0-5, \
                sensory 0-2, NT, with * or ** for a non-SCI condition (3*, 0**, NT*). Keys describing a test case \
                (id, group, comments, note, check, totals) are ignored. See docs/isncsci.md.
                """
        )

        @Argument(help: ArgumentHelp("The JSON file of exams.", valueName: "file"))
        var file: String

        @Flag(help: "Print a JSON array of classifications (the conformance file's `totals` keys), in input order.")
        var json = false

        func run() throws {
            let results = try ISNCSCIFileInput.classify(file)
            if json {
                try JSONOutput.print(results.map(\.classification.totals))
            } else {
                print(results.map { ISNCSCIReport.text($0.classification, title: $0.entry.label) }
                    .joined(separator: "\n\n"))
            }
        }
    }
}

/// Exam files for the CLI: read errors and invalid exams become the CLI's one-line errors.
enum ISNCSCIFileInput {
    static func read(_ path: String) throws(CLIError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError.unreadableFile(file: path, reason: (error as NSError).localizedDescription)
        }
    }

    static func entries(_ path: String) throws(CLIError) -> [ISNCSCIExamFile.Entry] {
        let data = try read(path)
        do { return try ISNCSCIExamFile.entries(data) } catch { throw CLIError.examFileProblem(file: path, reason: error.shown) }
    }

    static func classify(_ path: String) throws(CLIError) -> [(entry: ISNCSCIExamFile.Entry, classification: ISNCSCIClassification)] {
        let data = try read(path)
        do { return try ISNCSCIExamFile.classify(data) } catch { throw CLIError.examFileProblem(file: path, reason: error.shown) }
    }
}

/// The readable report of a classification.
enum ISNCSCIReport {
    /// The readable report of one exam.
    static func text(_ c: ISNCSCIClassification, title: String) -> String {
        let completeness = c.injuryComplete.split(separator: ",").map {
            $0.hasPrefix("C") ? "complete" + ($0.hasSuffix("*") ? "*" : "") : "incomplete" + ($0.hasSuffix("*") ? "*" : "")
        }.joined(separator: " or ")
        var lines = [Sanitizer.line(title)]
        lines.append("  Neurological level of injury  \(c.neurologicalLevel)")
        lines.append("  ASIA Impairment Scale         \(c.ais)  (\(completeness))")
        lines.append("  Sensory level                 R \(c.rightSensoryLevel)   L \(c.leftSensoryLevel)")
        lines.append("  Motor level                   R \(c.rightMotorLevel)   L \(c.leftMotorLevel)")
        lines.append("  Sensory ZPP                   R \(c.rightSensoryZPP)   L \(c.leftSensoryZPP)")
        lines.append("  Motor ZPP                     R \(c.rightMotorZPP)   L \(c.leftMotorZPP)")
        let t = c.totals
        lines.append(
            "  Motor: UEMS \(c.upperMotorTotal) (R \(t["rightUpperMotorTotal"] ?? "ND"), L \(t["leftUpperMotorTotal"] ?? "ND")), "
                + "LEMS \(c.lowerMotorTotal) (R \(t["rightLowerMotorTotal"] ?? "ND"), L \(t["leftLowerMotorTotal"] ?? "ND")), "
                + "total \(c.motorTotalValue.map(String.init) ?? "ND")")
        lines.append(
            "  Sensory: light touch \(c.touchTotal) (R \(t["rightTouchTotal"] ?? "ND"), L \(t["leftTouchTotal"] ?? "ND")), "
                + "pin prick \(c.prickTotal) (R \(t["rightPrickTotal"] ?? "ND"), L \(t["leftPrickTotal"] ?? "ND"))")
        if c.totals.values.contains(where: { $0.contains("*") }) {
            lines.append("  * depends on a score the examiner attributed to a non-SCI condition")
        }
        return lines.joined(separator: "\n")
    }
}
