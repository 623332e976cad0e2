import Foundation

/// One recorded score of the exam: a grade (or `NT`) and the examiner's flag for a non-SCI condition.
///
/// Notation of the ISNCSCI 2019 worksheet as written in the conformance file: motor grades `0`-`5`, sensory
/// grades `0`-`2`, `NT` (not testable). A trailing `*` or `**` marks an abnormal score (or `NT`) that the examiner
/// attributes to a condition other than the spinal cord injury (2019 revision, "the `*` concept"): `**` asks
/// the classification to treat the segment as normal, `*` to treat it as not normal. A normal grade (`5`, `2`)
/// cannot be flagged (the 2003 "5*" grade no longer exists).
public struct ISNCSCIScore: Hashable, Sendable, CustomStringConvertible {
    /// The examiner's judgement about a non-SCI condition.
    public enum Flag: String, Sendable, Hashable {
        /// No flag.
        case none = ""
        /// `*`: impaired by a non-SCI condition, consider not normal for classification.
        case notNormal = "*"
        /// `**`: impaired by a non-SCI condition, consider normal for classification.
        case consideredNormal = "**"
    }

    /// The grade, or nil for `NT`.
    public var grade: Int?
    public var flag: Flag
    /// The normal grade of this kind of score (5 for motor, 2 for sensory).
    public var normal: Int

    public init(grade: Int?, flag: Flag = .none, normal: Int) {
        self.grade = grade
        self.flag = flag
        self.normal = normal
    }

    public var isNotTestable: Bool { grade == nil }

    /// The score as written: `4`, `NT`, `0*`, `NT**`.
    public var description: String { (grade.map(String.init) ?? "NT") + flag.rawValue }

    /// Every spelling allowed for a score whose normal grade is `normal`, for error messages.
    static func allowedSpellings(normal: Int) -> [String] {
        let plain = (0...normal).map(String.init) + ["NT"]
        let flagged = (0..<normal).map(String.init) + ["NT"]
        return plain + flagged.map { $0 + "*" } + flagged.map { $0 + "**" }
    }

    /// Parses `text` as a score whose normal grade is `normal`; nil when it is not one of the allowed spellings.
    static func parse(_ text: String, normal: Int) -> ISNCSCIScore? {
        // Most values are one plain digit: read those without trimming and case-folding the text.
        if text.utf8.count == 1, let byte = text.utf8.first, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let grade = Int(byte - UInt8(ascii: "0"))
            return grade <= normal ? ISNCSCIScore(grade: grade, flag: .none, normal: normal) : nil
        }
        var body = text.trimmingCharacters(in: .whitespaces).uppercased()
        var flag = Flag.none
        if body.hasSuffix("**") {
            flag = .consideredNormal
            body.removeLast(2)
        } else if body.hasSuffix("*") {
            flag = .notNormal
            body.removeLast()
        }
        if body == "NT" { return ISNCSCIScore(grade: nil, flag: flag, normal: normal) }
        guard body.count == 1, let grade = Int(body), (0...normal).contains(grade) else { return nil }
        // A normal grade cannot be attributed to a non-SCI impairment.
        if grade == normal, flag != .none { return nil }
        return ISNCSCIScore(grade: grade, flag: flag, normal: normal)
    }
}

/// Voluntary anal contraction or deep anal pressure: `Yes`, `No` or `NT`.
public enum ISNCSCIAnalFinding: String, Sendable, Hashable, CaseIterable {
    case yes = "Yes"
    case no = "No"
    case notTestable = "NT"

    static func parse(_ text: String) -> ISNCSCIAnalFinding? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.rawValue.lowercased() == key }
    }

    /// Whether the finding is (or may be) present, for the possibility sets.
    var presence: [Bool] {
        switch self {
        case .yes: [true]
        case .no: [false]
        case .notTestable: [true, false]
        }
    }
}
