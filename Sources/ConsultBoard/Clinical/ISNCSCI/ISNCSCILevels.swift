import Foundation

/// The sensory and motor levels of one side.
///
/// ISNCSCI 2019 definitions (Rupp et al. 2021, "Classification"):
/// - Sensory level: the most caudal dermatome with normal light touch and pin prick, all dermatomes above being
///   normal. C1 when C2 is not normal; INT when every dermatome through S4-5 is normal.
/// - Motor level: the lowest key muscle with a grade of at least 3, all key muscles above being normal (5).
///   Where no key muscle can be tested (C1-C4, T2-L1, S2-S5) the motor level is taken to be the sensory level,
///   provided the testable motor function above is normal. Below S3 the motor segment is the external anal
///   sphincter, so INT needs voluntary anal contraction; without it the motor level stops at S3.
///
/// Every possible level is listed when `NT` or flagged scores leave more than one answer.
struct ISNCSCISideLevels {
    let side: ISNCSCIExam.Side
    let analContraction: ISNCSCIAnalFinding

    func normality(_ segment: ISNCSCISegment) -> ISNCSCIPossibilities<Bool> {
        dermatomeNormality(touch: side.touch(at: segment), prick: side.prick(at: segment))
    }

    /// The possible sensory levels.
    var sensoryLevel: ISNCSCIPossibilities<ISNCSCISegment> {
        var levels = ISNCSCIPossibilities<ISNCSCISegment>()
        var ways: Set<ISNCSCIReliance> = [.none]  // the ways still normal so far
        for segment in ISNCSCISegment.dermatomes {
            var stillNormal: Set<ISNCSCIReliance> = []
            for (normal, reliance) in normality(segment).all {
                for way in ways {
                    if normal {
                        stillNormal.insert(way.union(reliance))
                    } else {
                        levels.add(segment.above, way.union(reliance))
                    }
                }
            }
            ways = stillNormal
        }
        for way in ways { levels.add(.intact, way) }
        return levels
    }

    /// One way of walking down the side for the motor level.
    private struct MotorWalk: Hashable {
        /// Whether every dermatome so far is normal (the sensory level is not above this segment).
        var sensoryNormal: Bool
        /// What the sensory walk relied on (or, once it stopped, what its stop relied on).
        var sensoryReliance: ISNCSCIReliance
        /// What the motor walk relied on.
        var motorReliance: ISNCSCIReliance
    }

    /// The possible motor levels.
    var motorLevel: ISNCSCIPossibilities<ISNCSCISegment> {
        var levels = ISNCSCIPossibilities<ISNCSCISegment>()
        var walks: Set<MotorWalk> = [MotorWalk(sensoryNormal: true, sensoryReliance: .none, motorReliance: .none)]
        for segment in ISNCSCISegment.dermatomes {
            let dermatome = normality(segment).all
            var next: Set<MotorWalk> = []
            if let muscle = side.motor(at: segment) {
                // A key muscle decides by its grade; the dermatome only matters for a later untestable region.
                for (step, stepReliance) in muscle.motorSteps {
                    for walk in walks {
                        let motor = walk.motorReliance.union(stepReliance)
                        switch step {
                        case .levelAbove: levels.add(segment.above, motor)
                        case .levelHere: levels.add(segment, motor)
                        case .normal:
                            for (normal, reliance) in dermatome {
                                // Once the sensation has stopped, keep what its stop relied on.
                                let sensoryReliance = !walk.sensoryNormal ? walk.sensoryReliance
                                    : normal ? walk.sensoryReliance.union(reliance) : reliance
                                next.insert(MotorWalk(
                                    sensoryNormal: walk.sensoryNormal && normal, sensoryReliance: sensoryReliance,
                                    motorReliance: motor))
                            }
                        }
                    }
                }
            } else {
                // No key muscle: the motor level follows the sensory level.
                for walk in walks {
                    for (normal, reliance) in dermatome {
                        if walk.sensoryNormal && normal {
                            next.insert(MotorWalk(
                                sensoryNormal: true, sensoryReliance: .none,
                                motorReliance: walk.motorReliance.union(walk.sensoryReliance).union(reliance)))
                        } else if walk.sensoryNormal {
                            levels.add(segment.above, walk.motorReliance.union(reliance))
                        } else {
                            levels.add(segment.above, walk.motorReliance.union(walk.sensoryReliance))
                        }
                    }
                }
            }
            walks = next
        }
        // Past S4-5 sensation: intact only with voluntary anal contraction.
        for walk in walks {
            for present in analContraction.presence {
                levels.add(present ? .intact : .s3, walk.motorReliance)
            }
        }
        return levels
    }
}
