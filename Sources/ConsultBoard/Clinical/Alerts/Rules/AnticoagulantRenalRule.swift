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
        let medications = facts.liveMedications.filter { !$0.drug.renal.isEmpty && !$0.drug.isA(DrugClass.lmwh) }
        guard !medications.isEmpty else { return [] }
        let kidney: (value: Double, line: ShownText)
        let latest = facts.renal.latest
        if let dialysis = facts.dialysisText {
            kidney = (0, .tr("alert.anticoagulantRenal.onDialysis", ["dialysis": dialysis]))
        } else if let latest, let clearance = latest.creatinineClearance {
            kidney = (clearance, .tr("alert.anticoagulantRenal.crcl", [
                "creatinine": facts.citationText(latest), "crcl": "\(ClinicalNumber.format(clearance, maxDecimals: 1))",
            ]))
        } else if let latest, let eGFR = latest.eGFR, latest.schwartzHeightCm != nil {
            kidney = (eGFR, .tr("alert.anticoagulantRenal.schwartz", [
                "creatinine": facts.citationText(latest), "eGFR": "\(ClinicalNumber.format(eGFR, maxDecimals: 1))",
            ]))
        } else if let latest, let eGFR = latest.eGFR {
            kidney = (eGFR, .tr("alert.anticoagulantRenal.noWeight", [
                "creatinine": facts.citationText(latest), "eGFR": "\(ClinicalNumber.format(eGFR, maxDecimals: 1))",
            ]))
        } else if let latest, let why = facts.renal.estimateUnavailableText {
            // Never silent because an equation does not apply: every threshold is for review.
            return medications.map { medication in
                alert(
                    message: .tr("alert.anticoagulantRenal.notEstimated", [
                        "drug": medication.drug.shownName, "why": why,
                        "thresholds": "\(medication.drug.renal.map { "< \(ClinicalNumber.format($0.crclBelow, maxDecimals: 0))" }.joined(separator: ", "))",
                    ]),
                    data: [medication.citationText, .tr("alert.anticoagulantRenal.notComputed", ["creatinine": facts.citationText(latest)])],
                    triggering: [medication.order.id], supporting: [latest.sample.id].compactMap { $0 },
                    alsoNotify: [medication.order.service])
            }
        } else {
            return []
        }
        return medications.compactMap { medication in
            let crossed = medication.drug.renal.sorted { $0.crclBelow < $1.crclBelow }.first { threshold in
                guard kidney.value < threshold.crclBelow else { return false }
                guard let above = threshold.onlyIfDoseAbove else { return true }
                guard let dose = medication.dose, !dose.perKilogram else { return true }
                // A dose that cannot be compared counts as above: the threshold's advice is shown.
                return NeuraxialTiming.within(dose, above, medication) != true
            }
            guard let crossed else { return nil }
            return alert(
                message: .tr("alert.anticoagulantRenal.message", [
                    "drug": medication.drug.shownName,
                    "threshold": "\(ClinicalNumber.format(crossed.crclBelow, maxDecimals: 0))",
                    "advice": .byLanguage(english: crossed.advice, chinese: crossed.adviceZh ?? crossed.advice),
                ]),
                data: [medication.citationText, kidney.line],
                triggering: [medication.order.id], supporting: [latest?.sample.id].compactMap { $0 },
                alsoNotify: [medication.order.service])
        }
    }
}
