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
            let data = try ExamFileReading.read(file)
            let results = try ISNCSCIExamFile.classify(data)
            if json {
                print(ISNCSCIOutput.json(results.map(\.classification)))
            } else {
                print(results.map { ISNCSCIOutput.text($0.classification, title: $0.entry.label) }
                    .joined(separator: "\n\n"))
            }
        }
    }
}

/// Reading an exam file for the CLI, with a message that names the file.
enum ExamFileReading {
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot read \(path): \((error as NSError).localizedDescription)")
        }
    }
}

/// How classifications are printed.
enum ISNCSCIOutput {
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

    /// A JSON array of classifications, each with the conformance file's keys in its order.
    static func json(_ classifications: [ISNCSCIClassification]) -> String {
        "[\n" + classifications.map { "  " + object($0) }.joined(separator: ",\n") + "\n]"
    }

    /// One classification as a JSON object on one line.
    static func object(_ c: ISNCSCIClassification) -> String {
        "{" + ISNCSCIClassification.keys.map { "\(quoted($0)): \(quoted(c.totals[$0] ?? "ND"))" }
            .joined(separator: ", ") + "}"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
