import Foundation

/// A zone of partial preservation: a segment, or `NA` where the standard does not apply one.
enum ISNCSCIZone: Hashable, Comparable, Sendable {
    case notApplicable
    case segment(ISNCSCISegment)

    var notation: String {
        switch self {
        case .notApplicable: "NA"
        case let .segment(segment): segment.name
        }
    }
}

/// Zones of partial preservation (ZPP), ISNCSCI 2019.
///
/// Since 2019 the ZPPs are recorded whenever the lowest sacral function they concern is absent, also in
/// incomplete injuries: the sensory ZPP of a side when deep anal pressure is absent and that side has no light
/// touch or pin prick at S4-5; the motor ZPP of a side when voluntary anal contraction is absent. Otherwise they
/// are NA. The ZPP is the most caudal segment with some function (grade above 0) on that side; with none below
/// the level, the ZPP is the level itself (for the motor ZPP, the motor level).
///
/// Non-key muscles: the standard records the lowest non-key muscle with motor function to tell AIS B from C.
/// Where it does that (sensory sparing, and the muscle more than three levels below the motor level) it also
/// bounds the motor ZPP from below; otherwise it does not enter the motor ZPP (reference cases 66, 77, 117).
struct ISNCSCIZonesOfPartialPreservation {
    let exam: ISNCSCIExam

    func sensory(_ side: ISNCSCIExam.Side) -> ISNCSCIPossibilities<ISNCSCIZone> {
        var zones = ISNCSCIPossibilities<ISNCSCIZone>()
        var ways: Set<ISNCSCIReliance> = []
        let sacralSparing = ISNCSCIPossibilities.anyOf([
            ISNCSCIPossibilities(exam.analSensation.presence.map { ($0, ISNCSCIReliance.none) }),
            dermatomeSensation(touch: side.touch(at: .s4_5), prick: side.prick(at: .s4_5)),
        ])
        for (spared, reliance) in sacralSparing.all {
            if spared { zones.add(.notApplicable, .none) } else { ways.insert(reliance) }
        }
        // From S3 upwards, the first dermatome with any sensation.
        for segment in ISNCSCISegment.dermatomes.dropLast().reversed() {
            let sensation = dermatomeSensation(touch: side.touch(at: segment), prick: side.prick(at: segment)).all
            var next: Set<ISNCSCIReliance> = []
            for way in ways {
                for (felt, reliance) in sensation {
                    if felt { zones.add(.segment(segment), way.union(reliance)) } else { next.insert(way.union(reliance)) }
                }
            }
            ways = next
        }
        for way in ways { zones.add(.segment(.c1), way) }
        return zones
    }

    /// The motor ZPP of one side, exact when sacral findings are NT.
    ///
    /// A non-key muscle bounds the zone only in an incomplete injury, and whether the injury is incomplete is one
    /// answer for the whole exam: with an NT anal finding or NT sensation at S4-5, "incomplete" would hold for
    /// every completion although some completions are complete (and bound the zone by the motor level). So when
    /// the side has a non-key muscle and a sacral value is NT, the zone is worked out for every way of filling
    /// in the sacral NT values (at most 2 × 2 × 3⁴) and the answers gathered; the motor level and the muscles
    /// below it read each score once, so nothing else needs filling in.
    func motor(
        _ sidePath: KeyPath<ISNCSCIExam, ISNCSCIExam.Side>, motorLevel: ISNCSCIPossibilities<ISNCSCISegment>,
        incomplete: Bool
    ) -> ISNCSCIPossibilities<ISNCSCIZone> {
        let side = exam[keyPath: sidePath]
        let sacral = exam.sacralCompletions
        guard side.lowestNonKeyMuscleWithMotorFunction != nil, sacral.count > 1 else {
            return motor(side, motorLevel: motorLevel, incomplete: incomplete)
        }
        var zones = ISNCSCIPossibilities<ISNCSCIZone>()
        for completed in sacral {
            let filled = completed[keyPath: sidePath]
            let level = ISNCSCISideLevels(side: filled, analContraction: completed.analContraction).motorLevel
            let incomplete = ISNCSCICompleteness.of(completed).contains(.incomplete)
            zones.add(ISNCSCIZonesOfPartialPreservation(exam: completed).motor(filled, motorLevel: level, incomplete: incomplete))
        }
        return zones
    }

    func motor(
        _ side: ISNCSCIExam.Side, motorLevel: ISNCSCIPossibilities<ISNCSCISegment>, incomplete: Bool
    ) -> ISNCSCIPossibilities<ISNCSCIZone> {
        var zones = ISNCSCIPossibilities<ISNCSCIZone>()
        let presence = exam.analContraction.presence
        if presence.contains(true) { zones.add(.notApplicable, .none) }
        guard presence.contains(false) else { return zones }
        let nonKey = side.lowestNonKeyMuscleWithMotorFunction
        for (level, levelReliance) in motorLevel.all where level < .intact {
            // The zone reaches at least down to the motor level, or to a non-key muscle that makes it incomplete.
            var floor = level
            // A "not testable, taken as not normal" sensory flag stays with the motor level.
            var floorReliance = levelReliance.subtracting(.flaggedUntestable)
            if incomplete, let nonKey, level.isMoreThanThreeLevelsAbove(nonKey) {
                floor = nonKey
                floorReliance = .none
            }
            var ways: Set<ISNCSCIReliance> = [.none]
            for muscle in ISNCSCISegment.keyMuscles.reversed() where muscle > floor {
                var next: Set<ISNCSCIReliance> = []
                for way in ways {
                    for (function, reliance) in side.motor(at: muscle)?.functionBelowLevel ?? [] {
                        if function { zones.add(.segment(muscle), way.union(reliance)) } else { next.insert(way.union(reliance)) }
                    }
                }
                ways = next
            }
            for way in ways { zones.add(.segment(floor), way.union(floorReliance)) }
        }
        return zones
    }
}

/// Complete or incomplete: an injury is complete when there is no sacral sparing, that is no voluntary anal
/// contraction, no deep anal pressure and no light touch or pin prick at S4-5 on either side (ISNCSCI 2019).
enum ISNCSCICompleteness: String, Hashable, Comparable, Sendable {
    case complete = "C"
    case incomplete = "I"

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    static func of(_ exam: ISNCSCIExam) -> ISNCSCIPossibilities<ISNCSCICompleteness> {
        let sparing = ISNCSCIPossibilities.anyOf([
            ISNCSCIPossibilities(exam.analContraction.presence.map { ($0, ISNCSCIReliance.none) }),
            ISNCSCIPossibilities(exam.analSensation.presence.map { ($0, ISNCSCIReliance.none) }),
            dermatomeSensation(touch: exam.right.touch(at: .s4_5), prick: exam.right.prick(at: .s4_5)),
            dermatomeSensation(touch: exam.left.touch(at: .s4_5), prick: exam.left.prick(at: .s4_5)),
        ])
        var result = ISNCSCIPossibilities<ISNCSCICompleteness>()
        for (spared, reliance) in sparing.all { result.add(spared ? .incomplete : .complete, reliance) }
        return result
    }
}

extension ISNCSCIExam {
    /// Every way of filling in the plain NT sacral values (VAC and DAP Yes or No, S4-5 light touch and pin prick
    /// 0-2); the exam itself when none is NT.
    var sacralCompletions: [ISNCSCIExam] {
        var exams = [self]
        if analContraction == .notTestable {
            exams = exams.flatMap { exam in [ISNCSCIAnalFinding.yes, .no].map { var e = exam; e.analContraction = $0; return e } }
        }
        if analSensation == .notTestable {
            exams = exams.flatMap { exam in [ISNCSCIAnalFinding.yes, .no].map { var e = exam; e.analSensation = $0; return e } }
        }
        let slot = ISNCSCISegment.s4_5.dermatomeSlot
        let scores: [WritableKeyPath<ISNCSCIExam, ISNCSCIScore>] = [
            \.right.touch[slot], \.right.prick[slot], \.left.touch[slot], \.left.prick[slot],
        ]
        for score in scores where self[keyPath: score].isPlainNT {
            exams = exams.flatMap { exam in
                (0...2).map { grade in
                    var e = exam
                    e[keyPath: score] = ISNCSCIScore(grade: grade, normal: 2)
                    return e
                }
            }
        }
        return exams
    }
}
