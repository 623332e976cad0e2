import Foundation

/// High-dose corticosteroid in a patient with diabetes mellitus: glucose monitoring.
///
/// Sources: Joint British Diabetes Societies for Inpatient Care (JBDS-IP). Management of hyperglycaemia and
/// steroid (glucocorticoid) therapy (2021 update): people with diabetes on steroids need capillary glucose
/// monitoring at least four times a day and a plan to raise insulin or other treatment; glucose peaks in the
/// afternoon and evening after a morning dose. American Diabetes Association. 16. Diabetes care in the hospital:
/// Standards of Care in Diabetes-2024. Diabetes Care 2024;47(Suppl 1):S295-S306. "High dose" follows Buttgereit F
/// et al., Ann Rheum Dis 2002;61:718-22 (see `CorticosteroidExposure`).
///
/// A corticosteroid injected into a joint, the epidural space, a facet or near a nerve root (the index case's
/// facet block) is absorbed: glucose rises within 24-72 h, to 500 mg/dL in some (Choudhry MN, Malik RA,
/// Charalambous CP. Blood glucose levels following intra-articular steroid injections in patients with
/// diabetes: a systematic review. JBJS Rev 2016;4(3):e5; Spine Intervention Society, FactFinder "Epidural steroid
/// injections and hyperglycemia"; Shin WY et al., Ann Rehabil Med 2020;44:117-24, no difference by dose). So any
/// dose alerts, whether ordered as a medication by such a route or named in a procedure order's text.
struct SteroidDiabetesRule: SafetyRule {
    let id = "steroid-diabetes"
    let version = 4
    let severity = AlertSeverity.warning
    let title = "High-dose or injected corticosteroid with diabetes"
    let checks =
        "A live systemic corticosteroid order at high dose (more than 30 mg prednisone-equivalent a day, e.g. methylprednisolone > 24 mg or dexamethasone > 4.5 mg a day) or a pulse (>= 250 mg prednisone-equivalent a day, or the order says pulse) in a patient whose diagnosis, problems, summary or active complications state diabetes mellitus (terminology condition: diabetes, DM, T2DM, 2型糖尿病, 糖尿病...; not diabetes insipidus or prediabetes; not negated: 否认糖尿病, 否认高血压、糖尿病史, no diabetes, denies DM, 无糖尿病, family history). Any corticosteroid of the terminology, any frequency notation, converted to prednisone equivalents. A systemic corticosteroid whose dose cannot be read (1支, one ampoule, a dose without mg) may be high dose: it alerts too, asking for the dose. A corticosteroid injected into a joint, the epidural space, a facet or near a nerve root (the route: 关节腔, 硬膜外, intra-articular, epidural...; or a procedure order whose text names a corticosteroid or a steroid injection: 复方倍他米松, 地塞米松, 激素注射, epidural steroid injection) alerts at any dose: glucose rises for 1-3 days after it."
    let source =
        "JBDS-IP, Management of hyperglycaemia and steroid (glucocorticoid) therapy, 2021; ADA Standards of Care in Diabetes-2024, section 16 (Diabetes Care 2024;47 Suppl 1); Buttgereit F et al., Ann Rheum Dis 2002;61:718-22"
    let notify: [Service] = [.endocrinology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let p = facts.record.patient
        guard let (field, term) = facts.stated("diabetes mellitus") else { return [] }

        let diabetes: ShownText = .tr("alert.steroidDiabetes.stated", ["where": ClinicalFacts.statedText(term: term, field: field)])
        let ordered: [Alert] = facts.liveMedications.compactMap { medication in
            // An unread dose may be a high one: silence would say it was checked.
            guard let exposure = CorticosteroidExposure.of(medication, weightKg: p.weightKg, terminology: facts.terminology),
                exposure.injected || exposure.isHighDose || !exposure.doseRead
            else { return nil }
            let drug = medication.drug.shownNameInSentence
            return alert(
                message: exposure.isPulse ? .tr("alert.steroidDiabetes.pulse", ["drug": drug])
                    : exposure.injected ? .tr("alert.steroidDiabetes.injected", ["drug": medication.drug.shownName])
                    : exposure.isHighDose ? .tr("alert.steroidDiabetes.highDose", ["drug": drug])
                    : .tr("alert.steroidDiabetes.doseNotRead", ["drug": drug, "dose": "\(medication.doseText)"]),
                data: [[medication.citationText, exposure.formattedText].joined(.tr("text.colon")), diabetes],
                triggering: [medication.order.id], alsoNotify: [medication.order.service])
        }
        return ordered + facts.record.orders.compactMap { order in
            guard order.kind == .procedure, order.status.isLive, let given = facts.terminology.corticosteroidGiven(in: order.text) else {
                return nil
            }
            return alert(
                message: .tr("alert.steroidDiabetes.inProcedure", ["said": given.drug?.shownNameInSentence ?? .plain(Sanitizer.line(given.term))]),
                data: [facts.orderText(order), diabetes], triggering: [order.id], alsoNotify: [order.service])
        }
    }
}
