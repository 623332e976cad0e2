import Foundation

/// The alerts of a drug below one of its labelled renal thresholds (terminology `renal`, from its EU SmPC / US PI,
/// by Cockcroft-Gault CrCl as the labels are), shared by `anticoagulant-renal` and `renal-dose`.
///
/// Never silent because CrCl cannot be calculated: with no weight the CKD-EPI eGFR is used and the weight asked
/// for; on maintenance dialysis kidney function counts as failed (below every threshold); under 18 the bedside
/// Schwartz eGFR is used when a height is recorded; when nothing can be computed every threshold is for review. The
/// most severe threshold crossed gives the advice; one about dose reduction is skipped when the dose is already
/// reduced (`onlyIfDoseAbove`) or its interval already lengthened (`onlyIfDailyDoseAbove`).
extension SafetyRule {
    /// Whether the order is already at or below the threshold's reduced dose: a single dose (`onlyIfDoseAbove`), or
    /// the dose a day (`onlyIfDailyDoseAbove`: dose x doses a day, so that a lengthened interval counts). A dose or
    /// frequency that cannot be read or compared counts as not reduced: the threshold's advice is shown.
    static func alreadyReduced(_ medication: MedicationOrder, for threshold: TerminologyFile.RenalThreshold) -> Bool {
        guard let dose = medication.dose, !dose.perKilogram else { return false }
        if let above = threshold.onlyIfDoseAbove, NeuraxialTiming.within(dose, above, medication) == true { return true }
        if let above = threshold.onlyIfDailyDoseAbove, let frequency = medication.frequency {
            var daily = dose
            daily.amount *= frequency.timesPerDay
            return NeuraxialTiming.within(daily, above, medication) == true
        }
        return false
    }

    func labelledRenalAlerts(_ candidates: [MedicationOrder], _ facts: ClinicalFacts) -> [Alert] {
        let medications = candidates.filter { !$0.drug.renal.isEmpty }
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
                kidney.value < threshold.crclBelow && !Self.alreadyReduced(medication, for: threshold)
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
