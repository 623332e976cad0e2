import Foundation

/// Iodinated contrast ordered while eGFR is below 30 or AKI is present: the risk group for contrast-associated
/// AKI. `gadolinium-renal` covered gadolinium only, so a contrast CT or an angiogram for a patient in AKI (as the
/// index case's patient was, with failing kidneys) met no alert.
///
/// Source: Davenport MS, Perazella MA, Yee J, et al. Use of intravenous iodinated contrast media in patients with
/// kidney disease: consensus statements from the American College of Radiology and the National Kidney
/// Foundation. Radiology 2020;294:660-8: the risk threshold is an eGFR below 30 mL/min/1.73 m² or AKI; for these
/// patients (not on maintenance dialysis) prophylaxis with intravenous isotonic fluid is indicated unless
/// contraindicated; a needed study is not withheld; nephrotoxic drugs are held where possible (KDIGO 2012). Which
/// orders give iodinated contrast is `ContrastReading` (the contrast field, the text, a contrast study).
struct IodinatedContrastRenalRule: SafetyRule {
    let id = "iodinated-contrast-renal"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Iodinated contrast with eGFR < 30 or AKI"
    let checks =
        "A live imaging or procedure order that gives iodinated contrast (the contrast field, 增强/enhanced on a CT, an iodinated agent or brand, or a contrast study: angiography, DSA, 造影) while the latest eGFR (CKD-EPI 2021; bedside Schwartz under 18 with a recorded height) is below 30 mL/min/1.73 m² or CKD stage 4-5 is stated, or KDIGO AKI is present or stated. Not for a patient on dialysis (maintenance dialysis stated, or renal replacement running), for whom the consensus advises no prophylaxis."
    let source = "ACR-NKF consensus 2020: Davenport MS et al., Radiology 2020;294:660-8"
    let notify: [Service] = [.imaging, .nephrology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        // The iodinated orders first: the kidney's history is read only beside one.
        let iodinated = facts.record.orders.filter { order in
            order.status.isLive && ContrastReading.of(order, terminology: facts.terminology)?.effective == .iodinated
        }
        guard !iodinated.isEmpty, facts.dialysisText == nil else { return [] }
        let reduced = facts.severelyReducedKidneyFunction
        let injury = facts.kidneyInjury
        guard reduced != nil || injury != nil else { return [] }
        let condition = [reduced.map { _ in ShownText.tr("alert.kidney.lowEGFR") }, injury?.condition].compactMap { $0 }
            .joined(.tr("alert.and"))
        let lines = (reduced?.lines ?? []) + [injury?.line].compactMap { $0 }
        return iodinated.map { order in
            alert(
                message: .tr("alert.iodinatedContrast.message", ["condition": condition]),
                data: [facts.orderText(order)] + lines, triggering: [order.id],
                supporting: (reduced?.supporting ?? []) + (injury?.supporting ?? []), alsoNotify: [order.service])
        }
    }
}
