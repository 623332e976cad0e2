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
        let kidney: ShownText
        if let dialysis = facts.dialysisText {
            // On dialysis the creatinine of the day says little: kidney function counts as failed.
            kidney = .tr("alert.lmwh.onDialysis", ["dialysis": dialysis])
        } else if let clearance = latest.creatinineClearance {
            guard clearance < Self.threshold else { return [] }
            let p = facts.record.patient
            kidney = .tr("alert.lmwh.crclBelow", [
                "creatinine": facts.citationText(latest), "crcl": "\(ClinicalNumber.format(clearance, maxDecimals: 1))", "age": "\(p.age)",
                "weight": "\(ClinicalNumber.format(p.weightKg ?? 0, maxDecimals: 1))", "sex": p.sex == .female ? .tr("alert.sex.female") : .tr("alert.sex.male"),
            ])
        } else if let eGFR = latest.eGFR, eGFR < Self.threshold {
            kidney = latest.schwartzHeightCm == nil
                ? .tr("alert.lmwh.noWeight", ["creatinine": facts.citationText(latest)])
                : .tr("alert.lmwh.schwartz", ["creatinine": facts.citationText(latest)])
        } else if latest.eGFR == nil, let why = facts.renal.estimateUnavailableText {
            // Never silent because no equation applies (a child without a height): the dose is for review.
            kidney = .tr("alert.lmwh.notEstimated", ["creatinine": facts.citationText(latest), "why": why])
        } else {
            return []
        }

        return facts.liveMedications.filter { $0.drug.isA(DrugClass.lmwh) }.compactMap { medication in
            let finding: ShownText
            let advice: ShownText
            switch LMWHRenalDose.assess(medication, weightKg: facts.record.patient.weightKg) {
            case .renalAdjusted:
                return nil
            case let .notAdjusted(why):
                finding = why
                advice = .tr("alert.lmwh.reduce")
            case let .unreadable(why):
                finding = .tr("alert.lmwh.unreadable", ["why": why])
                advice = .tr("alert.lmwh.checkRenalDose")
            case .noLabelledRenalDose:
                finding = .tr("alert.lmwh.noLabelledRenalDose", ["drug": medication.drug.shownNameInSentence])
                advice = .tr("alert.lmwh.review")
            }
            return alert(
                message: .tr("alert.lmwh.message", ["drug": medication.drug.shownName, "advice": advice]),
                data: [[medication.citationText, finding].joined(.tr("text.colon")), kidney],
                triggering: [medication.order.id], supporting: [latest.sample.id].compactMap { $0 },
                alsoNotify: [medication.order.service])
        }
    }
}
