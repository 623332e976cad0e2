import Foundation

/// A mean arterial pressure derived from a systolic and a diastolic pressure measured together.
///
/// MAP = DBP + (SBP - DBP) / 3, the standard estimate for a non-invasive cuff reading at normal heart rates
/// (e.g. Klabunde RE, Cardiovascular Physiology Concepts, 3rd ed. 2021, "Mean arterial pressure"). An arterial
/// line's measured MAP is better; the board derives the estimate only from a recorded pair.
public struct MeanArterialPressure: Sendable, Equatable {
    public var systolic: LabValue
    public var diastolic: LabValue
    public var at: Date { systolic.at }
    /// mmHg.
    public var value: Double { diastolic.value + (systolic.value - diastolic.value) / 3 }

    /// How far apart the two halves of one reading may have been entered (a nurse enters them one after the other).
    public static let pairing: TimeInterval = 5 * 60

    /// Every MAP the record allows, oldest first: each systolic pressure paired with the diastolic pressure
    /// measured closest to it, within `pairing`, and not above it (a pair with DBP > SBP is a typo, not a MAP).
    public static func series(_ record: PatientRecord) -> [MeanArterialPressure] {
        series(systolic: record.labs(named: "systolic-bp"), diastolic: record.labs(named: "diastolic-bp"))
    }

    /// The pairs of two time-sorted series (see `series(_:)`).
    public static func series(systolic: [LabValue], diastolic: [LabValue]) -> [MeanArterialPressure] {
        systolic.compactMap { sbp in
            let near = diastolic.filter { abs($0.at.timeIntervalSince(sbp.at)) <= pairing && $0.value <= sbp.value }
            guard let dbp = near.min(by: { abs($0.at.timeIntervalSince(sbp.at)) < abs($1.at.timeIntervalSince(sbp.at)) })
            else { return nil }
            return MeanArterialPressure(systolic: sbp, diastolic: dbp)
        }
    }

    /// "MAP 85 mmHg (182/64, L-7/L-8)".
    public var description: String {
        "MAP \(ClinicalNumber.plain(value.rounded())) mmHg (\(ClinicalNumber.plain(systolic.value))/\(ClinicalNumber.plain(diastolic.value)), \(systolic.id)/\(diastolic.id))"
    }
}
