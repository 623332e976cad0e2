import ConsultBoard
import Foundation

/// The board list's ⚠ column: each patient's open safety alerts, counted once per record revision and minute
/// instead of on every draw.
///
/// Counting means evaluating every safety rule over the patient's whole record (renal series, ISNCSCI exams,
/// medication orders); doing that for a 40-bed ward on each key press made moving through the list lag, and
/// doing it on every 5-second clock tick kept an idle TUI busy (about 1 % of a core each, on a ward server many
/// terminals share). The counts stay derived facts: a count is used only while the record's revision and the
/// minute (the one the header's clock shows) are the ones it was computed for; anything else is computed afresh.
struct AlertCounts: Sendable {
    private struct Count: Sendable {
        var revision: Int
        var minute: Int
        var open: Int
    }

    private var counts: [MRN: Count] = [:]

    /// The minute `date` falls in, as a number.
    private static func minute(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 60).rounded(.down)) }

    /// Counts the patients whose record changed, or all of them when the minute changed; forgets discharged ones.
    /// `rules` are the ward's (`WardSettings.safetyRules`); they are fixed while a board is open, so the counts
    /// need not be keyed by them.
    mutating func refresh(_ board: Board, now: Date, timeZone: TimeZone, rules: SafetyRuleSet = .current) {
        let minute = Self.minute(now)
        counts = counts.filter { board.patients[$0.key] != nil }
        let stale = board.patients.values.filter { record in
            guard let count = counts[record.mrn] else { return true }
            return count.revision != record.revision || count.minute != minute
        }
        for (record, open) in zip(stale, ClinicalPanel.openAlertCounts(stale, now: now, timeZone: timeZone, rules: rules)) {
            counts[record.mrn] = Count(revision: record.revision, minute: minute, open: open)
        }
    }

    /// The open alerts of `record` at `now`: the stored count when it is current, otherwise computed now.
    func open(_ record: PatientRecord, now: Date, timeZone: TimeZone, rules: SafetyRuleSet = .current) -> Int {
        if let count = counts[record.mrn], count.revision == record.revision, count.minute == Self.minute(now) {
            return count.open
        }
        return ClinicalPanel.openAlertCount(record, now: now, timeZone: timeZone, rules: rules)
    }
}
