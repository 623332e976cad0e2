import Foundation

/// High-dose corticosteroid in a patient with diabetes mellitus: glucose monitoring.
///
/// Sources: Joint British Diabetes Societies for Inpatient Care (JBDS-IP). Management of hyperglycaemia and
/// steroid (glucocorticoid) therapy (2021 update): people with diabetes on steroids need capillary glucose
/// monitoring at least four times a day and a plan to raise insulin or other treatment; glucose peaks in the
/// afternoon and evening after a morning dose. American Diabetes Association. 16. Diabetes care in the hospital:
/// Standards of Care in Diabetes-2024. Diabetes Care 2024;47(Suppl 1):S295-S306. "High dose" follows Buttgereit F
/// et al., Ann Rheum Dis 2002;61:718-22 (see `CorticosteroidExposure`).
struct SteroidDiabetesRule: SafetyRule {
    let id = "steroid-diabetes"
    let version = 3
    let severity = AlertSeverity.warning
    let title = "High-dose corticosteroid with diabetes"
    let checks =
        "A live systemic corticosteroid order at high dose (more than 30 mg prednisone-equivalent a day, e.g. methylprednisolone > 24 mg or dexamethasone > 4.5 mg a day) or a pulse (>= 250 mg prednisone-equivalent a day, or the order says pulse) in a patient whose diagnosis, problems, summary or active complications state diabetes mellitus (terminology condition: diabetes, DM, T2DM, 2型糖尿病, 糖尿病...; not diabetes insipidus or prediabetes; not negated: 否认糖尿病, 否认高血压、糖尿病史, no diabetes, denies DM, 无糖尿病, family history). Any corticosteroid of the terminology, any frequency notation, converted to prednisone equivalents. A systemic corticosteroid whose dose cannot be read (1支, one ampoule, a dose without mg) may be high dose: it alerts too, asking for the dose."
    let source =
        "JBDS-IP, Management of hyperglycaemia and steroid (glucocorticoid) therapy, 2021; ADA Standards of Care in Diabetes-2024, section 16 (Diabetes Care 2024;47 Suppl 1); Buttgereit F et al., Ann Rheum Dis 2002;61:718-22"
    let notify: [Service] = [.endocrinology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let p = facts.record.patient
        guard let (field, term) = facts.stated("diabetes mellitus") else { return [] }

        return facts.liveMedications.compactMap { medication in
            // An unread dose may be a high one: silence would say it was checked.
            guard let exposure = CorticosteroidExposure.of(medication, weightKg: p.weightKg, terminology: facts.terminology),
                exposure.isHighDose || !exposure.doseRead
            else { return nil }
            let drug = medication.drug.shownNameInSentence
            return alert(
                message: exposure.isPulse ? .tr("alert.steroidDiabetes.pulse", ["drug": drug])
                    : exposure.isHighDose ? .tr("alert.steroidDiabetes.highDose", ["drug": drug])
                    : .tr("alert.steroidDiabetes.doseNotRead", ["drug": drug, "dose": "\(medication.doseText)"]),
                data: [
                    [medication.citationText, exposure.formattedText].joined(.tr("text.colon")),
                    .tr("alert.steroidDiabetes.stated", ["where": ClinicalFacts.statedText(term: term, field: field)]),
                ],
                triggering: [medication.order.id], alsoNotify: [medication.order.service])
        }
    }
}
