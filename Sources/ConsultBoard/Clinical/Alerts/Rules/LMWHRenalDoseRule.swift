import Foundation

/// A low-molecular-weight heparin at a dose that is not adjusted for a creatinine clearance below 30 mL/min.
///
/// Source: product labelling. Enoxaparin (Lovenox US PI 2.3; Clexane EU SmPC 4.2): with CrCl < 30 mL/min,
/// 30 mg SC once daily for prophylaxis, 1 mg/kg SC once daily for treatment. Labelling doses by Cockcroft-Gault
/// clearance, so the rule does too (see `LMWHRenalDose`).
struct LMWHRenalDoseRule: SafetyRule {
    let id = "lmwh-renal-dose"
    let version = 3
    let severity = AlertSeverity.warning
    let title = "LMWH dose with CrCl < 30 mL/min"
    let checks =
        "A live order for a drug the terminology classes as LMWH (enoxaparin, nadroparin, dalteparin, tinzaparin, parnaparin, bemiparin, any brand or Chinese name) not at the labelled renal dose while the Cockcroft-Gault CrCl of the latest creatinine is below 30 mL/min (or, with no weight recorded or under 18, while the eGFR is below 30; bedside Schwartz under 18 with a recorded height), or the patient is on dialysis, or kidney function cannot be estimated (under 18 without a height). Enoxaparin's renal dose is 30 mg or 1 mg/kg once daily; the other LMWHs have no single labelled renal dose and are always for review; an unreadable dose or frequency is for review."
    let source = "Product labelling: Lovenox (enoxaparin) US PI section 2.3; Clexane EU SmPC 4.2; Fragmin, Innohep, Fraxiparine SmPCs"
    let notify: [Service] = [.pharmacy, .nephrology]
    static let threshold = 30.0

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        guard let latest = facts.renal.latest else { return [] }
        let kidney: String
        if let dialysis = facts.dialysis {
            // On dialysis the creatinine of the day says little: kidney function counts as failed.
            kidney = "on dialysis (\(dialysis)): treated as CrCl < 30"
        } else if let clearance = latest.creatinineClearance {
            guard clearance < Self.threshold else { return [] }
            let p = facts.record.patient
            kidney = "\(facts.citation(latest)); Cockcroft-Gault CrCl \(ClinicalNumber.format(clearance, maxDecimals: 1)) mL/min (age \(p.age), \(ClinicalNumber.format(p.weightKg ?? 0, maxDecimals: 1)) kg, \(p.sex.label)) is below 30"
        } else if let eGFR = latest.eGFR, eGFR < Self.threshold {
            kidney = latest.schwartzHeightCm == nil
                ? "\(facts.citation(latest)); no weight recorded, so CrCl cannot be calculated: record the weight"
                : "\(facts.citation(latest)); under 18, Cockcroft-Gault does not apply: bedside Schwartz eGFR used"
        } else if latest.eGFR == nil, let why = facts.renal.estimateUnavailable {
            // Never silent because no equation applies (a child without a height): the dose is for review.
            kidney = "\(facts.citation(latest)); kidney function could not be estimated (\(why)): check the dose with pharmacy"
        } else {
            return []
        }

        return facts.liveMedications.filter { $0.drug.isA(DrugClass.lmwh) }.compactMap { medication in
            let finding: String
            let advice: ShownText
            switch LMWHRenalDose.assess(medication, weightKg: facts.record.patient.weightKg) {
            case .renalAdjusted:
                return nil
            case let .notAdjusted(why):
                finding = why
                advice = .tr("alert.lmwh.reduce")
            case let .unreadable(why):
                finding = why + "; the rule cannot tell whether it is renal-adjusted"
                advice = .tr("alert.lmwh.checkRenalDose")
            case .noLabelledRenalDose:
                finding = "\(medication.drug.name) has no single labelled renal dose"
                advice = .tr("alert.lmwh.review")
            }
            return alert(
                message: .tr("alert.lmwh.message", ["drug": "\(medication.drug.name.sentenceCased)", "advice": advice]),
                data: [medication.citation + ": " + finding, kidney],
                triggering: [medication.order.id], supporting: [latest.sample.id].compactMap { $0 },
                alsoNotify: [medication.order.service])
        }
    }
}
