import Foundation

/// The bedside Schwartz equation: the eGFR of a child, from height and creatinine.
///
/// Source: Schwartz GJ, Muñoz A, Schneider MF, et al. New equations to estimate GFR in children with CKD.
/// J Am Soc Nephrol 2009;20:629-37 (the "bedside" IDMS-traceable equation of the CKiD study):
///
///     eGFR = 0.413 x height (cm) / serum creatinine (mg/dL)
///
/// in mL/min/1.73 m². Derived in children of 1 to 16 years; the board uses it under 18 (where CKD-EPI 2021 does
/// not apply) from the age of 1, and only with a recorded height (`lab add MRN --test height --unit cm`).
public enum BedsideSchwartz {
    public static let coefficient = 0.413
    /// The ages it is used for, in whole years (CKD-EPI 2021 from 18).
    public static let ages = 1...17
    /// What the estimate is called wherever it is shown beside CKD-EPI figures.
    public static let name = "bedside Schwartz"

    /// The eGFR in mL/min/1.73 m².
    ///
    /// Example: a child of 120 cm with creatinine 0.5 mg/dL: 0.413 x 120 / 0.5 = 99.1.
    public static func eGFR(creatinine: Creatinine, heightCm: Double, age: Int) throws(RenalInputError) -> Double {
        guard (0...130).contains(age) else { throw .implausibleAge(age) }
        guard ages.contains(age) else { throw .notAChild(age: age) }
        guard heightCm.isFinite, (30...250).contains(heightCm) else { throw .implausibleHeight(heightCm) }
        guard creatinine.isPlausible else { throw .implausibleCreatinine(creatinine) }
        return coefficient * heightCm / creatinine.milligramsPerDecilitre
    }
}
