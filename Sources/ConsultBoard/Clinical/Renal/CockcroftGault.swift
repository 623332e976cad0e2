import Foundation

/// The Cockcroft-Gault creatinine clearance: the estimate drug labels (enoxaparin among them) dose by.
///
/// Source: Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron
/// 1976;16:31-41:
///
///     CrCl (mL/min) = (140 - age) x weight (kg) / (72 x Scr (mg/dL)), x 0.85 if female
///
/// Unlike eGFR it is not indexed to body surface area, and it uses actual body weight as the paper did.
public enum CockcroftGault {
    public static let unit = "mL/min"

    /// The estimated creatinine clearance in mL/min.
    ///
    /// Example: a man of 60, 72 kg, creatinine 1.0 mg/dL: (140 - 60) x 72 / (72 x 1.0) = 80 mL/min.
    public static func creatinineClearance(
        creatinine: Creatinine, age: Int, sex: Sex, weightKg: Double
    ) throws(RenalInputError) -> Double {
        try RenalInputError.check(creatinine: creatinine, age: age)
        guard weightKg.isFinite, (0.3...400).contains(weightKg) else { throw .implausibleWeight(weightKg) }
        let clearance = Double(140 - age) * weightKg / (72 * creatinine.milligramsPerDecilitre)
        return sex == .female ? clearance * 0.85 : clearance
    }
}
