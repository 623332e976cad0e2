import Foundation

/// An ASIA Impairment Scale grade.
public enum AISGrade: String, Hashable, Comparable, Sendable, CaseIterable {
    case a = "A", b = "B", c = "C", d = "D", e = "E"

    /// A is the most impaired, E normal.
    public static func < (x: Self, y: Self) -> Bool { x.rawValue < y.rawValue }

    /// The grade's meaning in a few words.
    public var meaning: String {
        switch self {
        case .a: "complete"
        case .b: "sensory incomplete"
        case .c: "motor incomplete, less than half of key muscles below the NLI at grade 3 or more"
        case .d: "motor incomplete, at least half of key muscles below the NLI at grade 3 or more"
        case .e: "normal"
        }
    }
}

/// The ASIA Impairment Scale (AIS), ISNCSCI 2019:
/// - A: complete (no sacral sparing).
/// - B: sensory incomplete; no motor function more than three levels below the motor level on either side
///   (key or non-key muscles) and no voluntary anal contraction.
/// - C/D: motor incomplete: voluntary anal contraction, or sacral sensory sparing with motor function more than
///   three levels below the ipsilateral motor level. D when at least half of the key muscles below the single
///   NLI grade 3 or more, C otherwise.
/// - E: every segment normal (sensory and motor levels INT on both sides).
///
/// Flags (`*` on a grade):
/// - A `**` score flags a grade it leads to through sacral sparing, through motor function below the motor
///   level, or through the count of key muscles grading 3 or more; through the NLI only when counting below the
///   NLI of the scores as recorded would give another grade (reference cases 95, 120).
/// - A `*` zero read as no function flags a motor-complete grade (the muscle may hide function); read as hiding
///   function it leads to an unflagged motor-incomplete grade (reference case 101).
/// - C is flagged when, reached with `*` scores at their recorded grades, it could turn into D were they
///   better (reference case 130). D is not flagged for `*` scores: better grades could only confirm it.
struct ISNCSCIImpairmentScale {
    let exam: ISNCSCIExam
    let completeness: ISNCSCIPossibilities<ISNCSCICompleteness>
    let neurologicalLevel: ISNCSCIPossibilities<ISNCSCISegment>
    let rightMotorLevel: ISNCSCIPossibilities<ISNCSCISegment>
    let leftMotorLevel: ISNCSCIPossibilities<ISNCSCISegment>
    /// The right and left sensory and motor levels.
    let levels: [ISNCSCIPossibilities<ISNCSCISegment>]

    var possibilities: ISNCSCIPossibilities<AISGrade> {
        var grades = ISNCSCIPossibilities<AISGrade>()
        for reliance in completeness.reliances(of: .complete) {
            grades.add(.a, reliance.subtracting(.hiddenFunction))
        }
        let incompleteWays = completeness.reliances(of: .incomplete)
        if !incompleteWays.isEmpty {
            let motorIncomplete = self.motorIncomplete
            for incomplete in incompleteWays {
                for reliance in motorIncomplete.reliances(of: false) {
                    grades.add(.b, incomplete.union(reliance).subtracting(.hiddenFunction))
                }
                if motorIncomplete.contains(true) {
                    for (grade, reliance) in motorIncompleteGrades(motorIncomplete).all {
                        grades.add(grade, incomplete.union(reliance))
                    }
                }
            }
        }
        if levels.allSatisfy({ $0.contains(.intact) }) {
            var reliance = ISNCSCIReliance.none
            for level in levels where level.isFlagged(.intact) {
                let fewest = level.reliances(of: .intact).min { $0.rawValue.nonzeroBitCount < $1.rawValue.nonzeroBitCount }
                reliance.formUnion(fewest ?? .none)
            }
            grades.add(.e, reliance)
        }
        return grades
    }

    /// Whether the injury is (or may be) motor incomplete: voluntary anal contraction, or motor function more
    /// than three levels below the motor level on either side.
    private var motorIncomplete: ISNCSCIPossibilities<Bool> {
        var result = ISNCSCIPossibilities<Bool>()
        let right = Self.sparing(exam.right, motorLevel: rightMotorLevel)
        let left = Self.sparing(exam.left, motorLevel: leftMotorLevel)
        for contraction in exam.analContraction.presence {
            if contraction {
                result.add(true, .none)
                continue
            }
            for (r, rReliance) in right.all {
                for (l, lReliance) in left.all {
                    if r { result.add(true, rReliance) }
                    if l { result.add(true, lReliance) }
                    if !r && !l { result.add(false, rReliance.union(lReliance)) }
                }
            }
        }
        return result
    }

    /// Motor function more than three levels below the motor level on one side (key or non-key muscles).
    /// The motor level's own flags do not carry into this (reference cases 115, 117).
    static func sparing(
        _ side: ISNCSCIExam.Side, motorLevel: ISNCSCIPossibilities<ISNCSCISegment>
    ) -> ISNCSCIPossibilities<Bool> {
        var result = ISNCSCIPossibilities<Bool>()
        for level in motorLevel.outcomes {
            var parts = ISNCSCISegment.keyMuscles.filter { level.isMoreThanThreeLevelsAbove($0) }
                .compactMap { side.motor(at: $0) }.map { ISNCSCIPossibilities($0.functionForSparing) }
            if let nonKey = side.lowestNonKeyMuscleWithMotorFunction, level.isMoreThanThreeLevelsAbove(nonKey) {
                parts.append(ISNCSCIPossibilities(true))
            }
            result.add(.anyOf(parts))
        }
        return result
    }

    /// C or D for each possible NLI, given that the injury may be motor incomplete.
    private func motorIncompleteGrades(_ motorIncomplete: ISNCSCIPossibilities<Bool>) -> ISNCSCIPossibilities<AISGrade> {
        let ways = motorIncomplete.reliances(of: true)
        // Motor incompleteness that needs neither a hidden function nor a flagged impairment.
        let motorIncompleteAsRecorded = ways.contains { $0.intersection([.hiddenFunction, .flaggedImpairment]).isEmpty }
        var candidates: [(AISGrade, ISNCSCIReliance)] = []
        var cMayBeUnderstated = false
        var gradesAsRecorded: Set<AISGrade>?
        for (level, levelReliance) in neurologicalLevel.all where level < .intact {
            let count = KeyMuscleCount(exam, below: level)
            for grade in count.grades {
                var reliance = ISNCSCIReliance.none
                if grade == .d, !count.reachesHalfWithoutConsideredNormal { reliance.insert(.consideredNormal) }
                if levelReliance.contains(.consideredNormal) {
                    let recorded = gradesAsRecorded ?? Self.gradesCountedBelowNLI(exam.withConsideredNormalTakenAsRecorded)
                    gradesAsRecorded = recorded
                    if !recorded.contains(grade) { reliance.insert(.consideredNormal) }
                }
                if grade == .c, motorIncompleteAsRecorded, count.cMayTurnIntoD { cMayBeUnderstated = true }
                for way in ways { candidates.append((grade, reliance.union(way))) }
            }
        }
        var result = ISNCSCIPossibilities<AISGrade>()
        for (grade, reliance) in candidates {
            var shown = reliance.subtracting(.hiddenFunction)
            if grade == .c, cMayBeUnderstated { shown.insert(.flaggedImpairment) }
            result.add(grade, shown)
        }
        return result
    }

    /// The grades C/D that counting below each possible NLI of `exam` allows (motor incompleteness aside).
    private static func gradesCountedBelowNLI(_ exam: ISNCSCIExam) -> Set<AISGrade> {
        var grades: Set<AISGrade> = []
        for level in ISNCSCINeurologicalLevel(exam: exam).possibilities.outcomes where level < .intact {
            grades.formUnion(KeyMuscleCount(exam, below: level).grades)
        }
        return grades
    }
}

/// The key muscles below an NLI and how many of them grade 3 or more, for C versus D.
struct KeyMuscleCount {
    /// Key muscles below the NLI on both sides.
    var total = 0
    /// Certainly 3 or more (plain grades, `3*`/`4*`, and `**` or `NT**` taken as normal).
    var atLeastThree = 0
    /// Of those, the `**` ones (counted only because they are taken as normal).
    var consideredNormal = 0
    /// Not testable: any grade.
    var unknown = 0
    /// `0*`, `1*`, `2*`: below 3 as recorded, possibly 3 or more without the non-SCI condition.
    var flaggedBelowThree = 0

    init(_ exam: ISNCSCIExam, below level: ISNCSCISegment) { self.init(sides: [exam.right, exam.left], below: level) }

    /// The count over some sides only (one side, for `ISNCSCICompletions`, which adds the sides up itself).
    init(sides: [ISNCSCIExam.Side], below level: ISNCSCISegment) {
        for side in sides {
            for muscle in ISNCSCISegment.keyMuscles where muscle > level {
                guard let score = side.motor(at: muscle) else { continue }
                total += 1
                switch (score.grade, score.flag) {
                case let (grade?, .none): atLeastThree += grade >= 3 ? 1 : 0
                case (nil, .none), (nil, .notNormal): unknown += 1
                case let (grade?, .notNormal):
                    if grade >= 3 { atLeastThree += 1 } else { flaggedBelowThree += 1 }
                case (_?, .consideredNormal):
                    atLeastThree += 1
                    consideredNormal += 1
                case (nil, .consideredNormal): atLeastThree += 1
                }
            }
        }
    }

    /// Key muscles that may grade 3 or more (certainly, or as an NT or `*` score could).
    var possiblyAtLeastThree: Int { atLeastThree + unknown + flaggedBelowThree }

    /// "At least half": 2 × count ≥ total.
    private func isHalf(_ count: Int) -> Bool { 2 * count >= total }

    /// The grades the count allows: D when at least half may grade 3 or more, C when fewer than half may.
    var grades: Set<AISGrade> {
        var grades: Set<AISGrade> = []
        if isHalf(possiblyAtLeastThree) { grades.insert(.d) }
        if !isHalf(atLeastThree) { grades.insert(.c) }
        return grades
    }

    /// Whether D stays possible without the `**` muscles counted as normal.
    var reachesHalfWithoutConsideredNormal: Bool {
        isHalf(atLeastThree - consideredNormal + unknown + flaggedBelowThree)
    }

    /// Whether a C read with the `*` scores at their recorded grades could reach half were they better.
    var cMayTurnIntoD: Bool {
        guard flaggedBelowThree > 0 else { return false }
        let largestC = min((total - 1) / 2, atLeastThree + unknown)
        return isHalf(largestC + flaggedBelowThree)
    }
}
