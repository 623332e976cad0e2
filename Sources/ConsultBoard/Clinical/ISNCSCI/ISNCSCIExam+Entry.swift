import Foundation

extension ISNCSCIExam {
    /// The levels the 2019 worksheet lists non-key muscle functions at ("Non-key muscle functions (optional)":
    /// shoulder C5 ... finger abduction T1, hip adduction L2 ... hallux adduction S1): the key muscle levels.
    public static let nonKeyMuscleLevels = ISNCSCISegment.keyMuscles

    /// What an examiner may record, beyond what the calculator reads: the lowest non-key muscle with motor
    /// function only at a level where non-key muscles exist (C5-T1, L2-S1). Checked where an exam enters the
    /// board (`exam add`, the TUI worksheet); the pure calculator (`ISNCSCIExam(values:)`, `isncsci classify`)
    /// still classifies any level, because the ISNCSCI conformance cases hold non-key values at T5 and L1 and
    /// their published totals must stay reproduced (see docs/isncsci.md, "Non-key muscles").
    public static func checkForEntry(_ values: [String: String]) throws(ISNCSCIError) {
        for key in ["rightLowestNonKeyMuscleWithMotorFunction", "leftLowestNonKeyMuscleWithMotorFunction"] {
            guard let text = values[key], !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let segment = ISNCSCISegment(name: text), nonKeyMuscleLevels.contains(segment) else {
                throw .illegalValue(
                    key: key, value: text,
                    allowed: ["empty (none recorded)"] + nonKeyMuscleLevels.map(\.name)
                        + ["(non-key muscles exist only at C5-T1 and L2-S1)"])
            }
        }
    }
}
