import Foundation

/// The caveat every creatinine-based kidney estimate on the board carries.
///
/// Creatinine comes from muscle. After spinal cord injury, muscle below the lesion wastes, so creatinine is low for
/// the true filtration rate and both CKD-EPI and Cockcroft-Gault overestimate kidney function (KDIGO 2012 CKD
/// guideline, Kidney Int Suppl 2013;3:1-150, 1.4.3: confirm with cystatin C or a measured clearance when it matters).
public enum MuscleMassCaveat {
    public static let text =
        "Creatinine-based estimates (eGFR, CrCl) overestimate kidney function in people with low muscle mass, such as after spinal cord injury; confirm with cystatin C or a measured (24 h urine) creatinine clearance before decisions that depend on it."

    /// The caveat in the language of the moment, for screens (`text` stays English for `--json` and the calculators).
    public static var shown: String { tr("clinical.muscleMassCaveat") }
}
