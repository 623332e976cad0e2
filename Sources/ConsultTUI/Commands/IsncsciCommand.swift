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
                print(results.map { ISNCSCIReport.text($0.classification, title: $0.entry.labelText.shown) }
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

/// The readable report of a classification, in the reader's words (the Chinese ISNCSCI's terms), its values
/// in a column that lines up by display width.
enum ISNCSCIReport {
    /// The readable report of one exam.
    static func text(_ c: ISNCSCIClassification, title: String) -> String {
        let completeness = c.injuryComplete.split(separator: ",").map { grade in
            let star = grade.hasSuffix("*") ? "*" : ""
            return (grade.hasPrefix("C") ? tr("isncsci.report.complete") : tr("isncsci.report.incomplete")) + star
        }.joined(separator: tr("isncsci.report.or"))
        func row(_ label: String, _ value: String) -> String { "  " + TextLayout.pad(label, width: 30) + value }
        func sides(_ right: String, _ left: String) -> String { tr("isncsci.report.sides", ["right": right, "left": left]) }
        var lines = [Sanitizer.line(title)]
        lines.append(row(tr("isncsci.report.neurologicalLevel"), c.neurologicalLevel))
        lines.append(row(tr("isncsci.report.ais"), tr("isncsci.report.aisValue", ["ais": c.ais, "completeness": completeness])))
        lines.append(row(tr("isncsci.report.sensoryLevel"), sides(c.rightSensoryLevel, c.leftSensoryLevel)))
        lines.append(row(tr("isncsci.report.motorLevel"), sides(c.rightMotorLevel, c.leftMotorLevel)))
        lines.append(row(tr("isncsci.report.sensoryZPP"), sides(c.rightSensoryZPP, c.leftSensoryZPP)))
        lines.append(row(tr("isncsci.report.motorZPP"), sides(c.rightMotorZPP, c.leftMotorZPP)))
        let t = c.totals
        func total(_ key: String) -> String { t[key] ?? "ND" }
        lines.append("  " + tr("isncsci.report.motor", [
            "upper": c.upperMotorTotal, "upperRight": total("rightUpperMotorTotal"), "upperLeft": total("leftUpperMotorTotal"),
            "lower": c.lowerMotorTotal, "lowerRight": total("rightLowerMotorTotal"), "lowerLeft": total("leftLowerMotorTotal"),
            "total": c.motorTotalValue.map(String.init) ?? "ND",
        ]))
        lines.append("  " + tr("isncsci.report.sensory", [
            "touch": c.touchTotal, "touchRight": total("rightTouchTotal"), "touchLeft": total("leftTouchTotal"),
            "prick": c.prickTotal, "prickRight": total("rightPrickTotal"), "prickLeft": total("leftPrickTotal"),
        ]))
        if c.totals.values.contains(where: { $0.contains("*") }) {
            lines.append("  " + tr("isncsci.report.star"))
        }
        return lines.joined(separator: "\n")
    }
}
