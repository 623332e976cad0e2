import Foundation

extension ISNCSCIExam {
    /// The spellings one value of the exam may take (a worksheet form checks each cell as it is typed):
    /// key muscle grades 0-5 and NT, dermatome grades 0-2 and NT, each below normal also with `*` (impaired by
    /// something other than the SCI) or `**` (to be considered normal); Yes / No / NT for the anal findings; the
    /// non-key muscle levels (C5-T1, L2-S1) for the lowest non-key muscle. Nil for a key the exam does not have.
    public static func allowedValues(forKey key: String) -> [String]? {
        switch key {
        case "analContraction", "analSensation": return ISNCSCIAnalFinding.allCases.map(\.rawValue)
        case "rightLowestNonKeyMuscleWithMotorFunction", "leftLowestNonKeyMuscleWithMotorFunction":
            return nonKeyMuscleLevels.map(\.name)
        default:
            guard allKeys.contains(key) else { return nil }
            return ISNCSCIScore.allowedSpellings(normal: key.hasSuffix("Motor") ? 5 : 2)
        }
    }

    /// `text` spelt as the exam records it (`nt*` → `NT*`, `yes` → `Yes`, `c7` → `C7`), or nil when it is not
    /// one of `allowedValues(forKey:)`. The same reading `ISNCSCIExam(values:)` and `checkForEntry` apply.
    public static func canonicalValue(_ text: String, forKey key: String) -> String? {
        switch key {
        case "analContraction", "analSensation": return ISNCSCIAnalFinding.parse(text)?.rawValue
        case "rightLowestNonKeyMuscleWithMotorFunction", "leftLowestNonKeyMuscleWithMotorFunction":
            guard let segment = ISNCSCISegment(name: text), nonKeyMuscleLevels.contains(segment) else { return nil }
            return segment.name
        default:
            guard allKeys.contains(key) else { return nil }
            return ISNCSCIScore.parse(text, normal: key.hasSuffix("Motor") ? 5 : 2)?.description
        }
    }
}
