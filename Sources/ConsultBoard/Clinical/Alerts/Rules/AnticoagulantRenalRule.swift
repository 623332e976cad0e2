import Foundation

/// An anticoagulant other than an LMWH (those have `lmwh-renal-dose`) below its labelled renal threshold:
/// fondaparinux, dabigatran, rivaroxaban, apixaban, edoxaban. The thresholds and advice are terminology data
/// (`renal` of each drug, from its EU SmPC / US PI), by Cockcroft-Gault CrCl as the labels are.
///
/// The rule never falls silent because CrCl cannot be calculated: with no weight it uses the CKD-EPI eGFR and
/// asks for the weight; on maintenance dialysis it treats kidney function as failed (below every threshold).
struct AnticoagulantRenalRule: SafetyRule {
    let id = "anticoagulant-renal"
    let version = 2
    let severity = AlertSeverity.warning
    let title = "Anticoagulant below its labelled renal threshold"
    let checks =
        "A live order for a non-LMWH anticoagulant with labelled renal thresholds (fondaparinux, dabigatran, rivaroxaban, apixaban, edoxaban) while the Cockcroft-Gault CrCl of the latest creatinine is below a threshold (eGFR when no weight is recorded; kidney failure when on dialysis; bedside Schwartz eGFR under 18 with a recorded height; for review when nothing can be computed, e.g. under 18 without a height). The most severe threshold crossed gives the advice; a threshold about dose reduction is skipped when the dose is already reduced."
    let source = "Product labelling: Arixtra, Pradaxa, Xarelto, Eliquis, Lixiana EU SmPCs 4.2/4.3; Arixtra US PI"
    let notify: [Service] = [.pharmacy, .nephrology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        labelledRenalAlerts(facts.liveMedications.filter { $0.drug.isAnticoagulant && !$0.drug.isA(DrugClass.lmwh) }, facts)
    }
}
