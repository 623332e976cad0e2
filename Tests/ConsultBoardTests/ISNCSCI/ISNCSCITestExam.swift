import Foundation
@testable import ConsultBoard

/// Builds exams in the flat notation for tests: starts from a normal exam and changes what a test needs.
struct ISNCSCITestExam {
    static let levels = ISNCSCISegment.names
    static let keyMuscles = ["c5", "c6", "c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"]

    var values: [String: String] = [:]

    /// Every key muscle 5, every dermatome 2, anal contraction and deep anal pressure present.
    init() {
        for side in ["Right", "Left"] {
            for muscle in Self.keyMuscles { values[muscle + side + "Motor"] = "5" }
            for level in Self.levels[1...28] {
                values[level.lowercased() + side + "Touch"] = "2"
                values[level.lowercased() + side + "Prick"] = "2"
            }
        }
        values["analContraction"] = "Yes"
        values["analSensation"] = "Yes"
    }

    private static func sides(_ side: String?) -> [String] { side.map { [$0] } ?? ["Right", "Left"] }

    /// Sets the key muscles `muscles` ("c7", "l2", ...) on one side ("Right", "Left") or both.
    func motor(_ muscles: [String], _ value: String, side: String? = nil) -> Self {
        var copy = self
        for s in Self.sides(side) { for m in muscles { copy.values[m + s + "Motor"] = value } }
        return copy
    }

    /// Sets light touch and pin prick from dermatome `from` through `through` ("C7" ... "S4_5").
    func sensory(from: String, through: String, _ value: String, side: String? = nil) -> Self {
        var copy = self
        guard let a = Self.levels.firstIndex(of: from), let b = Self.levels.firstIndex(of: through) else { return copy }
        for s in Self.sides(side) {
            for level in Self.levels[a...b] {
                copy.values[level.lowercased() + s + "Touch"] = value
                copy.values[level.lowercased() + s + "Prick"] = value
            }
        }
        return copy
    }

    func with(_ key: String, _ value: String?) -> Self {
        var copy = self
        copy.values[key] = value
        return copy
    }

    /// A C6 injury: sensation normal through C6, impaired (1) below with sacral sensory sparing, key muscles
    /// C7-T1 at 2, no anal contraction. With `lower` for the ten lower-limb key muscles: 0 gives AIS B, 1 AIS C.
    static func c6Incomplete(lower: String) -> Self {
        ISNCSCITestExam()
            .sensory(from: "C7", through: "S4_5", "1")
            .motor(["c7", "c8", "t1"], "2")
            .motor(["l2", "l3", "l4", "l5", "s1"], lower)
            .with("analContraction", "No")
    }
}
