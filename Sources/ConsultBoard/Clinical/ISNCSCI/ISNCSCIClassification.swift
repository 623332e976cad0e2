import Foundation

/// The classification of one ISNCSCI exam, in the notation of the conformance file's `totals` objects.
///
/// Every value is a string: a level (`C5`, `INT`), `NA` or `ND`, a comma list of every answer the exam allows
/// (`C5,C6`), each with a trailing `*` when it depends on a score flagged for a non-SCI condition, or a total.
public struct ISNCSCIClassification: Sendable, Equatable {
    /// The keys of `totals`, in the conformance file's order.
    public static let keys = [
        "rightUpperMotorTotal", "leftUpperMotorTotal", "rightLowerMotorTotal", "leftLowerMotorTotal",
        "rightTouchTotal", "leftTouchTotal", "rightPrickTotal", "leftPrickTotal", "rightMotorTotal",
        "leftMotorTotal", "upperMotorTotal", "lowerMotorTotal", "touchTotal", "prickTotal", "rightSensory",
        "leftSensory", "rightMotor", "leftMotor", "neurologicalLevelOfInjury", "rightSensoryZpp", "leftSensoryZpp",
        "rightMotorZpp", "leftMotorZpp", "asiaImpairmentScale", "injuryComplete",
    ]

    /// Every result by its key (see `keys`).
    public var totals: [String: String]

    public init(totals: [String: String]) { self.totals = totals }

    private func value(_ key: String) -> String { totals[key] ?? "ND" }

    /// The AIS as written: `A`, `C*`, `B,C`.
    public var ais: String { value("asiaImpairmentScale") }
    /// Every AIS grade the exam allows, without flags, most impaired first.
    public var aisGrades: [String] { Self.answers(ais) }
    /// Whether some AIS answer depends on a flagged score.
    public var aisIsFlagged: Bool { ais.contains("*") }
    public var neurologicalLevel: String { value("neurologicalLevelOfInjury") }
    /// `C` (complete), `I` (incomplete) or both.
    public var injuryComplete: String { value("injuryComplete") }
    public var rightSensoryLevel: String { value("rightSensory") }
    public var leftSensoryLevel: String { value("leftSensory") }
    public var rightMotorLevel: String { value("rightMotor") }
    public var leftMotorLevel: String { value("leftMotor") }
    public var rightSensoryZPP: String { value("rightSensoryZpp") }
    public var leftSensoryZPP: String { value("leftSensoryZpp") }
    public var rightMotorZPP: String { value("rightMotorZpp") }
    public var leftMotorZPP: String { value("leftMotorZpp") }
    /// Upper-extremity motor score (UEMS, 0-50) or `ND`.
    public var upperMotorTotal: String { value("upperMotorTotal") }
    /// Lower-extremity motor score (LEMS, 0-50) or `ND`.
    public var lowerMotorTotal: String { value("lowerMotorTotal") }
    public var touchTotal: String { value("touchTotal") }
    public var prickTotal: String { value("prickTotal") }

    /// The motor score UEMS + LEMS (0-100) when both are determinable.
    public var motorTotalValue: Int? {
        guard let upper = Int(upperMotorTotal), let lower = Int(lowerMotorTotal) else { return nil }
        return upper + lower
    }

    /// One line for lists: "NLI C5, AIS A, UEMS 25, LEMS 0, LT 26, PP 21".
    public var summary: String {
        "NLI \(neurologicalLevel), AIS \(ais), UEMS \(upperMotorTotal), LEMS \(lowerMotorTotal), LT \(touchTotal), PP \(prickTotal)"
    }

    /// The answers of a comma list without their flags: `"B*,C"` gives `["B", "C"]`.
    static func answers(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "* ")) }
    }
}

/// ISNCSCI: the International Standards for Neurological Classification of Spinal Cord Injury, revision 2019
/// (American Spinal Injury Association / ISCoS; Rupp R, et al. "International Standards for Neurological
/// Classification of Spinal Cord Injury: Revised 2019", Top Spinal Cord Inj Rehabil 2021;27(2):1-22).
///
/// ```swift
/// let result = try ISNCSCI.classify(exam.values)   // ExamRecord.values, the flat notation
/// result.neurologicalLevel                          // "C5"
/// result.ais                                        // "A"
/// ```
public enum ISNCSCI {
    /// Classifies an exam written in the flat notation; throws when a key or value is not part of it.
    public static func classify(_ values: [String: String]) throws(ISNCSCIError) -> ISNCSCIClassification {
        classify(try ISNCSCIExam(values: values))
    }

    /// Classifies a typed exam.
    public static func classify(_ exam: ISNCSCIExam) -> ISNCSCIClassification {
        var totals: [String: String] = [:]
        for (key, value) in ISNCSCITotals(exam: exam).values { totals[key] = value.map(String.init) ?? "ND" }

        let right = ISNCSCISideLevels(side: exam.right, analContraction: exam.analContraction)
        let left = ISNCSCISideLevels(side: exam.left, analContraction: exam.analContraction)
        let rightSensory = right.sensoryLevel
        let leftSensory = left.sensoryLevel
        let rightMotor = right.motorLevel
        let leftMotor = left.motorLevel
        let nli = ISNCSCINeurologicalLevel(exam: exam).possibilities
        let completeness = ISNCSCICompleteness.of(exam)
        let zones = ISNCSCIZonesOfPartialPreservation(exam: exam)
        let incomplete = completeness.contains(.incomplete)
        let ais = ISNCSCIImpairmentScale(
            exam: exam, completeness: completeness, neurologicalLevel: nli, rightMotorLevel: rightMotor,
            leftMotorLevel: leftMotor, levels: [rightSensory, leftSensory, rightMotor, leftMotor])

        totals["rightSensory"] = rightSensory.notation(\.name)
        totals["leftSensory"] = leftSensory.notation(\.name)
        totals["rightMotor"] = rightMotor.notation(\.name)
        totals["leftMotor"] = leftMotor.notation(\.name)
        totals["neurologicalLevelOfInjury"] = nli.notation(\.name)
        totals["rightSensoryZpp"] = zones.sensory(exam.right).notation(\.notation)
        totals["leftSensoryZpp"] = zones.sensory(exam.left).notation(\.notation)
        totals["rightMotorZpp"] = zones.motor(\.right, motorLevel: rightMotor, incomplete: incomplete).notation(\.notation)
        totals["leftMotorZpp"] = zones.motor(\.left, motorLevel: leftMotor, incomplete: incomplete).notation(\.notation)
        var grades = ais.possibilities
        // The per-score reasoning may combine readings of one NT value no completion has: keep only the grades
        // some completion gives (a single grade needs no check: some completion gives a grade).
        if grades.outcomes.count > 1, ISNCSCICompletions.hasPlainNT(exam) {
            grades = grades.keeping(ISNCSCICompletions.reachableGrades(exam, among: Set(grades.outcomes)).contains)
        }
        totals["asiaImpairmentScale"] = grades.notation(\.rawValue)
        totals["injuryComplete"] = completeness.notation(\.rawValue)
        return ISNCSCIClassification(totals: totals)
    }

    /// The AIS possibilities alone (what `ISNCSCICompletions` asks of each completion).
    static func impairmentScale(_ exam: ISNCSCIExam) -> ISNCSCIPossibilities<AISGrade> {
        let right = ISNCSCISideLevels(side: exam.right, analContraction: exam.analContraction)
        let left = ISNCSCISideLevels(side: exam.left, analContraction: exam.analContraction)
        let rightMotor = right.motorLevel
        let leftMotor = left.motorLevel
        return ISNCSCIImpairmentScale(
            exam: exam, completeness: ISNCSCICompleteness.of(exam), neurologicalLevel: ISNCSCINeurologicalLevel(exam: exam).possibilities,
            rightMotorLevel: rightMotor, leftMotorLevel: leftMotor,
            levels: [right.sensoryLevel, left.sensoryLevel, rightMotor, leftMotor]
        ).possibilities
    }
}
