import Foundation

/// What "now" means for clinical times entered by people: a sample, an exam or an onset cannot lie in the future.
///
/// Clocks on ward machines drift and a time typed as "now" may be rounded up, so a small tolerance is allowed;
/// beyond it the time is a typo (a wrong year, a wrong month) and is refused at the door. A value that is in the
/// future anyway (journals written before this check, another machine's clock) is never taken as the latest:
/// `PatientRecord.asOf(_:)` leaves it out of what the clinical checks read.
public enum ClinicalClock {
    /// How far ahead of the machine's clock a clinical time may be.
    public static let toleranceMinutes = 5
    public static var tolerance: TimeInterval { TimeInterval(toleranceMinutes * 60) }

    /// The latest clinical time accepted at `now`.
    public static func latestAcceptable(at now: Date) -> Date { now.addingTimeInterval(tolerance) }

    /// Whether `date` is further ahead of `now` than the tolerance.
    public static func isFuture(_ date: Date, now: Date) -> Bool { date > latestAcceptable(at: now) }

    /// "2026-12-03 09:58 UTC": a time in this machine's zone, named, for messages that compare with its clock.
    public static func machineText(_ date: Date) -> String {
        let zone = TimeZone.current
        return ClinicalTime.format(date, in: zone) + " " + (zone.abbreviation(for: date) ?? zone.identifier)
    }
}

extension PatientRecord {
    /// The record as it stood at `now`: labs and exams dated after `now` (beyond the clock tolerance) left out,
    /// so that "the latest creatinine" is never a value from the future.
    public func asOf(_ now: Date) -> PatientRecord {
        let limit = ClinicalClock.latestAcceptable(at: now)
        guard labs.contains(where: { $0.at > limit }) || exams.contains(where: { $0.at > limit }) else { return self }
        var record = self
        record.labs.removeAll { $0.at > limit }
        record.exams.removeAll { $0.at > limit }
        return record
    }
}
