import Foundation

/// Builds the demo's ISNCSCI exams in the flat notation of the conformance file
/// (`../shared/isncsci/2019.json`: `c5RightMotor`, `t4LeftTouch`, `s4_5RightPrick`, `analSensation`...).
///
/// An exam is given the way a clinician summarises it: motor grades of the ten key muscles on each side, and
/// for sensation the last dermatome that is normal and the score of everything below it.
enum DemoExam {
    /// The key muscles' segments, C5-T1 then L2-S1 (International Standards for Neurological Classification of
    /// Spinal Cord Injury, revised 2019).
    static let myotomes = ["c5", "c6", "c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"]
    /// The sensory dermatomes, C2 to S4-5.
    static let dermatomes =
        ["c2", "c3", "c4", "c5", "c6", "c7", "c8"] + (1...12).map { "t\($0)" } + (1...5).map { "l\($0)" }
        + ["s1", "s2", "s3", "s4_5"]

    /// One side's findings.
    struct Side {
        /// Grades 0-5 of the ten key muscles, in `myotomes` order.
        var motor: [Int]
        /// The last dermatome with normal (2) light touch and pin prick.
        var normalSensationThrough: String
        /// Light touch and pin prick scores (0-2) below that dermatome.
        var touchBelow: Int
        var prickBelow: Int
    }

    static func values(right: Side, left: Side, analSensation: Bool, analContraction: Bool) -> [String: String] {
        var values: [String: String] = [
            "analSensation": analSensation ? "Yes" : "No",
            "analContraction": analContraction ? "Yes" : "No",
        ]
        for (sideName, side) in [("Right", right), ("Left", left)] {
            for (segment, grade) in zip(myotomes, side.motor) { values["\(segment)\(sideName)Motor"] = "\(grade)" }
            let lastNormal = dermatomes.firstIndex(of: side.normalSensationThrough) ?? dermatomes.count - 1
            for (index, dermatome) in dermatomes.enumerated() {
                let normal = index <= lastNormal
                values["\(dermatome)\(sideName)Touch"] = normal ? "2" : "\(side.touchBelow)"
                values["\(dermatome)\(sideName)Prick"] = normal ? "2" : "\(side.prickBelow)"
            }
        }
        return values
    }
}
