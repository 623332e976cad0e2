import Foundation

/// The CKD-EPI 2021 creatinine equation (race-free), the eGFR every creatinine on the board is shown with.
///
/// Source: Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and cystatin C-based equations to estimate GFR
/// without race. N Engl J Med 2021;385:1737-49 (Table S10 of the supplement), as adopted by the NKF-ASN Task Force:
///
///     eGFR = 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x 1.012 [if female]
///
/// with Scr in mg/dL, k = 0.7 (female) or 0.9 (male), a = -0.241 (female) or -0.302 (male). The result is in
/// mL/min/1.73 m² (indexed to body surface area).
public enum CKDEPI2021 {
    /// The unit of the result.
    public static let unit = "mL/min/1.73 m²"

    /// The estimated GFR in mL/min/1.73 m².
    ///
    /// Example: a woman of 50 with creatinine 0.7 mg/dL: Scr/k = 1, so eGFR = 142 x 0.9938^50 x 1.012 ≈ 105.3.
    public static func eGFR(creatinine: Creatinine, age: Int, sex: Sex) throws(RenalInputError) -> Double {
        try RenalInputError.check(creatinine: creatinine, age: age)
        let kappa = sex == .female ? 0.7 : 0.9
        let alpha = sex == .female ? -0.241 : -0.302
        let ratio = creatinine.milligramsPerDecilitre / kappa
        let sexFactor = sex == .female ? 1.012 : 1.0
        return 142 * pow(min(ratio, 1), alpha) * pow(max(ratio, 1), -1.200) * pow(0.9938, Double(age)) * sexFactor
    }
}
