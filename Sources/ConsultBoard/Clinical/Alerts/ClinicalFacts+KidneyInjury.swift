import Foundation

/// Acute kidney injury as the rules that ask for it see it (`gadolinium-renal`, `nephrotoxin-aki`): staged by
/// KDIGO from the creatinines and urine output on the board, or, when those show none, stated in the history (a
/// patient admitted with "急性肾损伤" and no creatinine here yet).
struct KidneyInjury {
    /// "AKI stage 2", or "AKI" when stated: for the alert's sentence.
    var condition: ShownText
    /// The KDIGO staging with its values, or where the history states it: the alert's data line.
    var line: ShownText
    /// The creatinines (baseline and trigger) or the renal replacement order that set the stage.
    var supporting: [RecordID]
}

extension ClinicalFacts {
    /// The patient's AKI, computed or stated; `nil` when neither. Reads the history only when the creatinines
    /// show no AKI.
    var kidneyInjury: KidneyInjury? {
        let aki = renal.aki
        if aki.isAKI {
            return KidneyInjury(
                condition: .tr("alert.kidney.akiStage", ["stage": "\(aki.stage)"]), line: aki.summaryText(timeZone: timeZone),
                supporting: [aki.trigger?.id, aki.baseline?.id, aki.renalReplacementTherapy?.orderID].compactMap { $0 })
        }
        guard let stated = stated("acute kidney injury") else { return nil }
        return KidneyInjury(
            condition: .tr("alert.kidney.akiStated"),
            line: .tr("alert.kidney.statedAKI", ["stated": Self.statedText(term: stated.term, field: stated.field)]), supporting: [])
    }
}

/// Kidney function below an eGFR of 30 mL/min/1.73 m² (CKD G4-5, KDIGO 2024) as the contrast rules see it
/// (`gadolinium-renal`, `iodinated-contrast-renal`): by the latest creatinine's eGFR, or stated in the history
/// ("CKD 4期").
struct SeverelyReducedKidneyFunction {
    /// The latest creatinine with its eGFR, and where the history states CKD 4-5: the alert's data lines.
    var lines: [ShownText]
    /// The creatinine that computed it.
    var supporting: [RecordID]
}

extension ClinicalFacts {
    /// Below this eGFR (mL/min/1.73 m²) the ACR-NKF consensus statements on gadolinium and iodinated contrast
    /// set the risk threshold.
    static let contrastEGFRThreshold = 30.0

    /// The patient's eGFR below 30, computed or stated; `nil` when neither.
    var severelyReducedKidneyFunction: SeverelyReducedKidneyFunction? {
        var found = SeverelyReducedKidneyFunction(lines: [], supporting: [])
        if let latest = renal.latest, let eGFR = latest.eGFR, eGFR < Self.contrastEGFRThreshold {
            found.lines.append(.tr("alert.kidney.latestLowEGFR", [
                "creatinine": citationText(latest), "eGFR": "\(ClinicalNumber.format(eGFR, maxDecimals: 1))",
            ]))
            found.supporting += [latest.sample.id].compactMap { $0 }
        }
        if let stated = stated("advanced chronic kidney disease") {
            found.lines.append(.tr("alert.kidney.statedAdvancedCKD", ["stated": Self.statedText(term: stated.term, field: stated.field)]))
        }
        return found.lines.isEmpty ? nil : found
    }
}
