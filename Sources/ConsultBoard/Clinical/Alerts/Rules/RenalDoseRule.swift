import Foundation

/// A drug other than an anticoagulant below its labelled renal threshold: the hepatitis B antivirals (tenofovir
/// disoproxil, entecavir, adefovir, lamivudine, tenofovir alafenamide, telbivudine) the index case's ward gives a
/// patient with hepatitis B whose kidneys are failing, and any drug the terminology gives `renal` thresholds. The
/// thresholds and advice are terminology data from each drug's label (EU SmPC section 4.2), by Cockcroft-Gault CrCl
/// as the labels are; how kidney function is found is `labelledRenalAlerts`, as for `anticoagulant-renal`.
struct RenalDoseRule: SafetyRule {
    let id = "renal-dose"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Drug below its labelled renal threshold"
    let checks =
        "A live order for a drug that is not an anticoagulant (those have anticoagulant-renal and lmwh-renal-dose) with labelled renal thresholds in the terminology (tenofovir disoproxil, tenofovir alafenamide, entecavir, adefovir, lamivudine, telbivudine) while the Cockcroft-Gault CrCl of the latest creatinine is below a threshold (eGFR when no weight is recorded; kidney failure when on dialysis; bedside Schwartz eGFR under 18 with a recorded height; for review when nothing can be computed). The most severe threshold crossed gives the label's advice."
    let source = "Product labelling: Viread, Vemlidy, Baraclude, Hepsera, Zeffix, Sebivo EU SmPCs 4.2"
    let notify: [Service] = [.pharmacy, .nephrology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        labelledRenalAlerts(facts.liveMedications.filter { !$0.drug.isAnticoagulant }, facts)
    }
}
