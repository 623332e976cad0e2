import Foundation

/// Whether a low-molecular-weight heparin order is at the dose its labelling gives for severe renal impairment
/// (creatinine clearance < 30 mL/min).
///
/// Enoxaparin (Lovenox US prescribing information, 2.3 "Dosage in severe renal impairment"; Clexane EU SmPC 4.2):
/// prophylaxis 30 mg SC once daily; treatment 1 mg/kg SC once daily. Usual doses (40 mg daily, 30 mg every 12 h,
/// 1 mg/kg every 12 h, 1.5 mg/kg daily) are not renal-adjusted. Enoxaparin 100 anti-Xa IU = 1 mg (Clexane SmPC).
/// Dalteparin, tinzaparin and nadroparin have no single labelled renal dose (labels advise caution, anti-Xa
/// monitoring, or contraindication in severe impairment), so every dose of them is for review.
public enum LMWHRenalDose {
    /// The labelled renal prophylactic dose of enoxaparin, mg once daily.
    public static let enoxaparinRenalProphylaxisMg = 30.0
    /// The labelled renal treatment dose of enoxaparin, mg/kg once daily.
    public static let enoxaparinRenalTreatmentMgPerKg = 1.0
    /// How far a fixed dose may be from 1 mg/kg and still read as the renal treatment dose (rounded syringes).
    public static let treatmentDoseTolerance = 0.10

    public enum Assessment: Sendable, Equatable {
        /// At the renal dose; no alert.
        case renalAdjusted
        /// Not at the renal dose: why, in a sentence.
        case notAdjusted(ShownText)
        /// The dose or frequency could not be read, so the rule cannot tell.
        case unreadable(ShownText)
        /// An LMWH without a single labelled renal dose.
        case noLabelledRenalDose
    }

    public static func assess(_ medication: MedicationOrder, weightKg: Double?) -> Assessment {
        guard medication.drug.name == "enoxaparin" else { return .noLabelledRenalDose }
        guard let dose = medication.doseInMilligrams else {
            return .unreadable(.tr("lmwh.doseNotUnderstood", ["dose": "\(medication.doseText)"]))
        }
        guard let frequency = medication.frequency else {
            return .unreadable(.tr("lmwh.frequencyNotUnderstood", ["frequency": "\(medication.frequencyText)"]))
        }
        guard dose.unit == .milligram else { return .unreadable(.tr("lmwh.doseNotInMg", ["dose": "\(medication.doseText)"])) }
        let regimen: ShownText = .tr("lmwh.regimen", [
            "dose": "\(ClinicalNumber.format(dose.amount, maxDecimals: 2)) mg\(dose.perKilogram ? "/kg" : "")", "times": timesPerDay(frequency),
        ])
        guard frequency.timesPerDay <= 1 else {
            return .notAdjusted(.tr("lmwh.renalDoseOnceDaily", ["regimen": regimen]))
        }
        if dose.perKilogram {
            return dose.amount <= enoxaparinRenalTreatmentMgPerKg + 1e-9
                ? .renalAdjusted : .notAdjusted(.tr("lmwh.renalTreatmentDose", ["regimen": regimen]))
        }
        if dose.amount <= enoxaparinRenalProphylaxisMg + 1e-9 { return .renalAdjusted }
        // A fixed dose above the prophylactic 40 mg that is 1 mg/kg of the patient's weight is the renal
        // treatment dose written in mg.
        if let weightKg, dose.amount > 40, abs(dose.amount / weightKg - 1) <= treatmentDoseTolerance {
            return .renalAdjusted
        }
        return .notAdjusted(.tr("lmwh.renalDose", ["regimen": regimen]))
    }

    private static func timesPerDay(_ frequency: DoseFrequency) -> ShownText {
        switch frequency.timesPerDay {
        case 1: .tr("lmwh.onceDaily")
        case 2: .tr("lmwh.twiceDaily")
        case let n where n < 1: .tr("lmwh.lessThanDaily")
        case let n: .tr("lmwh.timesDaily", ["n": "\(ClinicalNumber.format(n, maxDecimals: 1))"])
        }
    }
}
