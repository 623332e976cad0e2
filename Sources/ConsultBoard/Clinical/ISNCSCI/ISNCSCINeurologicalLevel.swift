import Foundation

/// The neurological level of injury (NLI): the most caudal segment with normal sensory function and
/// antigravity (grade 3 or more) motor function on both sides, all segments above being normal in sensation and
/// motor function (ISNCSCI 2019); in other words the most rostral of the four sensory and motor levels.
///
/// Both sides are walked down segment by segment. A side stops where its sensation stops being normal (the level
/// is the segment above), where its key muscle grades 3 or 4 (the level is that segment), or where the next key
/// muscle grades below 3 (the level is this segment, found when standing on it). Unlike the motor level, the NLI
/// walk does not look at anal contraction: with normal sensation and motor scores through S4-5 the NLI is INT.
///
/// Flags: a `**` relied on anywhere on the way flags the NLI. A `*` relied on to stop flags the NLI only when the
/// side that relied on it is the last to stop at the NLI (when the other side reaches the same level further
/// down its walk, for example through its sensation, that unflagged finding settles the NLI), as in the
/// reference cases 89 and 126.
struct ISNCSCINeurologicalLevel {
    let exam: ISNCSCIExam

    /// Where one side's walk can stop: the level, the segment the walk stood on, and what it relied on.
    struct Stop: Hashable {
        var level: ISNCSCISegment
        var step: ISNCSCISegment
        var reliance: ISNCSCIReliance
    }

    var possibilities: ISNCSCIPossibilities<ISNCSCISegment> {
        var result = ISNCSCIPossibilities<ISNCSCISegment>()
        let impairment: ISNCSCIReliance = [.flaggedImpairment, .flaggedUntestable]
        let right = Self.stops(exam.right)
        let left = Self.stops(exam.left)
        for r in right {
            for l in left {
                let level = min(r.level, l.level)
                let atLevel = [r, l].filter { $0.level == level }
                let last = atLevel.map(\.step).max() ?? level
                var reliance = ISNCSCIReliance.none
                for stop in atLevel {
                    reliance.formUnion(stop.reliance.subtracting(impairment))
                    if stop.step == last { reliance.formUnion(stop.reliance.intersection(impairment)) }
                }
                result.add(level, reliance)
            }
        }
        return result
    }

    /// Every way one side's walk can end.
    static func stops(_ side: ISNCSCIExam.Side) -> Set<Stop> {
        var stops: Set<Stop> = []
        var ways: Set<ISNCSCIReliance> = [.none]
        for segment in ISNCSCISegment.dermatomes {
            let dermatome = dermatomeNormality(touch: side.touch(at: segment), prick: side.prick(at: segment)).all
            var next: Set<ISNCSCIReliance> = []
            for way in ways {
                for (normal, reliance) in dermatome {
                    let here = way.union(reliance)
                    guard normal else {
                        stops.insert(Stop(level: segment.above, step: segment, reliance: here))
                        continue
                    }
                    var going: [ISNCSCIReliance] = []
                    if let muscle = side.motor(at: segment) {
                        // A grade below 3 here was already met one segment up, looking ahead.
                        for (step, stepReliance) in muscle.motorSteps {
                            switch step {
                            case .levelHere: stops.insert(Stop(level: segment, step: segment, reliance: here.union(stepReliance)))
                            case .normal: going.append(here.union(stepReliance))
                            case .levelAbove: break
                            }
                        }
                    } else {
                        going.append(here)
                    }
                    // Look ahead: a key muscle below 3 just below ends the walk on this segment.
                    if let below = segment.below, let muscle = side.motor(at: below) {
                        let steps = muscle.motorSteps
                        for way in going {
                            for (step, stepReliance) in steps where step == .levelAbove {
                                stops.insert(Stop(level: segment, step: segment, reliance: way.union(stepReliance)))
                            }
                            if steps.contains(where: { $0.0 != .levelAbove }) { next.insert(way) }
                        }
                    } else {
                        next.formUnion(going)
                    }
                }
            }
            ways = next
        }
        for way in ways { stops.insert(Stop(level: .intact, step: .intact, reliance: way)) }
        return stops
    }
}
