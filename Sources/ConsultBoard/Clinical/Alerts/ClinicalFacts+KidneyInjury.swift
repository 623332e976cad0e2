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
