import Foundation

/// The motor and sensory scores (sums of the worksheet), as the worksheet and the conformance file write them.
///
/// Upper-limb motor (UEMS) is C5-T1, lower-limb motor (LEMS) L2-S1, 25 per side; light touch and pin prick are
/// 56 per side. A sum is `ND` (not determinable) when any of its scores is `NT`. Flagged scores count at their
/// recorded grade: the flag changes the classification, not the score.
struct ISNCSCITotals {
    let exam: ISNCSCIExam

    private static func sum(_ scores: some Sequence<ISNCSCIScore>) -> Int? {
        var total = 0
        for score in scores {
            guard let grade = score.grade else { return nil }
            total += grade
        }
        return total
    }

    private static func add(_ a: Int?, _ b: Int?) -> Int? { a.flatMap { a in b.map { a + $0 } } }

    /// The totals, by the conformance file's key names.
    var values: [String: Int?] {
        var values: [String: Int?] = [:]
        for (name, side) in [("right", exam.right), ("left", exam.left)] {
            values[name + "UpperMotorTotal"] = Self.sum(side.motor[0..<5])
            values[name + "LowerMotorTotal"] = Self.sum(side.motor[5..<10])
            values[name + "MotorTotal"] = Self.sum(side.motor)
            values[name + "TouchTotal"] = Self.sum(side.touch)
            values[name + "PrickTotal"] = Self.sum(side.prick)
        }
        for part in ["UpperMotorTotal", "LowerMotorTotal", "TouchTotal", "PrickTotal"] {
            let both = Self.add(values["right" + part] ?? nil, values["left" + part] ?? nil)
            values[part.prefix(1).lowercased() + part.dropFirst()] = both
        }
        return values
    }
}
