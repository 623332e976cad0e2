import Foundation

/// An ISNCSCI examination, typed: what `ISNCSCIExam(values:)` makes of the flat key/value notation.
///
/// The flat notation is the one of the ISNCSCI conformance file and of `ExamRecord.values`: `c5RightMotor`
/// (key muscles C5-T1 and L2-S1), `c2RightTouch` / `c2RightPrick` (dermatomes C2 ... S4-5, `s4_5LeftPrick`),
/// `analContraction` (voluntary anal contraction), `analSensation` (deep anal pressure) and, optionally,
/// `rightLowestNonKeyMuscleWithMotorFunction` / `leftLowest...` (a segment such as `C6`, or empty).
public struct ISNCSCIExam: Sendable, Equatable {
    /// One side of the body.
    public struct Side: Sendable, Equatable {
        /// The ten key muscles, C5 C6 C7 C8 T1 then L2 L3 L4 L5 S1 (normal grade 5).
        public var motor: [ISNCSCIScore]
        /// Light touch at C2 ... S4-5 (normal grade 2).
        public var touch: [ISNCSCIScore]
        /// Pin prick at C2 ... S4-5 (normal grade 2).
        public var prick: [ISNCSCIScore]
        /// The lowest non-key muscle with motor function, when the examiner recorded one.
        public var lowestNonKeyMuscleWithMotorFunction: ISNCSCISegment?

        func motor(at segment: ISNCSCISegment) -> ISNCSCIScore? { segment.keyMuscleSlot.map { motor[$0] } }
        func touch(at segment: ISNCSCISegment) -> ISNCSCIScore { touch[segment.dermatomeSlot] }
        func prick(at segment: ISNCSCISegment) -> ISNCSCIScore { prick[segment.dermatomeSlot] }
    }

    public var right: Side
    public var left: Side
    public var analContraction: ISNCSCIAnalFinding
    public var analSensation: ISNCSCIAnalFinding

    public init(right: Side, left: Side, analContraction: ISNCSCIAnalFinding, analSensation: ISNCSCIAnalFinding) {
        self.right = right
        self.left = left
        self.analContraction = analContraction
        self.analSensation = analSensation
    }

    /// Reads the flat notation. Every key must be one of the exam's; every score, both anal findings must be
    /// present (the non-key muscles may be absent or empty).
    public init(values: [String: String]) throws(ISNCSCIError) {
        // The first unknown key in alphabetical order, so the message does not depend on dictionary order.
        if let key = values.keys.filter({ !Self.isExamKey($0) }).min() {
            throw .unknownKey(key, suggestion: Self.closestKey(to: key))
        }
        let missing = Self.requiredKeys.filter { Self.isBlank(values[$0] ?? "") }
        if !missing.isEmpty { throw .missingValues(missing) }
        func score(_ key: String, normal: Int) throws(ISNCSCIError) -> ISNCSCIScore {
            let text = values[key] ?? ""
            guard let score = ISNCSCIScore.parse(text, normal: normal) else {
                throw .illegalValue(key: key, value: text, allowed: ISNCSCIScore.allowedSpellings(normal: normal))
            }
            return score
        }
        func anal(_ key: String) throws(ISNCSCIError) -> ISNCSCIAnalFinding {
            let text = values[key] ?? ""
            guard let finding = ISNCSCIAnalFinding.parse(text) else {
                throw .illegalValue(key: key, value: text, allowed: ISNCSCIAnalFinding.allCases.map(\.rawValue))
            }
            return finding
        }
        func side(_ name: String) throws(ISNCSCIError) -> Side {
            let keys = name == "Right" ? Self.rightKeys : Self.leftKeys
            var motor: [ISNCSCIScore] = []
            for key in keys.motor { motor.append(try score(key, normal: 5)) }
            var touch: [ISNCSCIScore] = []
            var prick: [ISNCSCIScore] = []
            for (touchKey, prickKey) in zip(keys.touch, keys.prick) {
                touch.append(try score(touchKey, normal: 2))
                prick.append(try score(prickKey, normal: 2))
            }
            let nonKeyKey = name.lowercased() + "LowestNonKeyMuscleWithMotorFunction"
            var nonKey: ISNCSCISegment?
            if let text = values[nonKeyKey], !text.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let segment = ISNCSCISegment(name: text), segment > .c1, segment < .intact else {
                    throw .illegalValue(
                        key: nonKeyKey, value: text, allowed: ["empty"] + ISNCSCISegment.names[1...28])
                }
                nonKey = segment
            }
            return Side(motor: motor, touch: touch, prick: prick, lowestNonKeyMuscleWithMotorFunction: nonKey)
        }
        self.init(
            right: try side("Right"), left: try side("Left"), analContraction: try anal("analContraction"),
            analSensation: try anal("analSensation"))
    }

    /// The same exam with every `**` score read at its recorded grade (as if the examiner had not asked for it to
    /// be treated as normal). The impairment scale uses it to see whether a grade hangs on those flags.
    var withConsideredNormalTakenAsRecorded: ISNCSCIExam {
        func plain(_ s: ISNCSCIScore) -> ISNCSCIScore {
            s.flag == .consideredNormal ? ISNCSCIScore(grade: s.grade, normal: s.normal) : s
        }
        func plain(_ side: Side) -> Side {
            Side(
                motor: side.motor.map(plain), touch: side.touch.map(plain), prick: side.prick.map(plain),
                lowestNonKeyMuscleWithMotorFunction: side.lowestNonKeyMuscleWithMotorFunction)
        }
        return ISNCSCIExam(
            right: plain(right), left: plain(left), analContraction: analContraction, analSensation: analSensation)
    }

    // MARK: - The keys of the flat notation

    /// How the keys are spelt, for error messages.
    public static let keyPattern =
        "c2..s4_5 + Right/Left + Touch/Prick (c2RightTouch, s4_5LeftPrick), c5..t1 and l2..s1 + Right/Left + Motor "
        + "(c5RightMotor), analContraction, analSensation, rightLowestNonKeyMuscleWithMotorFunction, "
        + "leftLowestNonKeyMuscleWithMotorFunction"

    /// Every key the exam must have (scores and anal findings), in worksheet order.
    public static let requiredKeys: [String] = {
        var keys: [String] = []
        for side in ["Right", "Left"] {
            for segment in ISNCSCISegment.keyMuscles { keys.append(key(segment, side, "Motor")) }
            for segment in ISNCSCISegment.dermatomes {
                keys.append(key(segment, side, "Touch"))
                keys.append(key(segment, side, "Prick"))
            }
        }
        return keys + ["analContraction", "analSensation"]
    }()

    /// Every key the exam may have.
    public static let allKeys: Set<String> = Set(requiredKeys).union([
        "rightLowestNonKeyMuscleWithMotorFunction", "leftLowestNonKeyMuscleWithMotorFunction",
    ])

    /// One side's score keys in worksheet order, spelt once: every exam classified looks up all of them.
    struct SideKeys: Sendable {
        var motor: [String]
        var touch: [String]
        var prick: [String]

        init(_ side: String) {
            motor = ISNCSCISegment.keyMuscles.map { ISNCSCIExam.key($0, side, "Motor") }
            touch = ISNCSCISegment.dermatomes.map { ISNCSCIExam.key($0, side, "Touch") }
            prick = ISNCSCISegment.dermatomes.map { ISNCSCIExam.key($0, side, "Prick") }
        }
    }

    static let rightKeys = SideKeys("Right")
    static let leftKeys = SideKeys("Left")

    /// Whether a value is empty or only spaces and tabs (an unfilled cell of the worksheet).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) }
    }

    /// Whether `key` is a key of the exam.
    public static func isExamKey(_ key: String) -> Bool { allKeys.contains(key) }

    static func key(_ segment: ISNCSCISegment, _ side: String, _ kind: String) -> String {
        segment.name.lowercased() + side + kind
    }

    /// The valid key nearest to a misspelt one (same spelling ignoring case, or at most two edits away).
    static func closestKey(to key: String) -> String? {
        if let same = allKeys.first(where: { $0.lowercased() == key.lowercased() }) { return same }
        let candidates = allKeys.map { ($0, editDistance($0.lowercased(), key.lowercased())) }
            .filter { $0.1 <= 2 }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return candidates.first?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
