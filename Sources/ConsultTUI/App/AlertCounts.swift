import ConsultBoard
import Foundation

/// The board list's ⚠ column: each patient's open safety alerts, counted once per record revision and clock
/// tick instead of on every draw.
///
/// Counting means evaluating every safety rule over the patient's whole record (renal series, ISNCSCI exams,
/// medication orders); doing that for a 40-bed ward on each key press made moving through the list lag. The
/// counts stay derived facts: a count is used only while the record's revision and `now` are the ones it was
/// computed for, and anything else is computed afresh.
struct AlertCounts: Sendable {
    private struct Count: Sendable {
        var revision: Int
        var now: Date
        var open: Int
    }

    private var counts: [MRN: Count] = [:]

    /// Counts the patients whose record or clock changed since they were last counted; forgets discharged ones.
    mutating func refresh(_ board: Board, now: Date, timeZone: TimeZone) {
        counts = counts.filter { board.patients[$0.key] != nil }
        let stale = board.patients.values.filter { record in
            guard let count = counts[record.mrn] else { return true }
            return count.revision != record.revision || count.now != now
        }
        for (record, open) in zip(stale, ClinicalPanel.openAlertCounts(stale, now: now, timeZone: timeZone)) {
            counts[record.mrn] = Count(revision: record.revision, now: now, open: open)
        }
    }

    /// The open alerts of `record` at `now`: the stored count when it is current, otherwise computed now.
    func open(_ record: PatientRecord, now: Date, timeZone: TimeZone) -> Int {
        if let count = counts[record.mrn], count.revision == record.revision, count.now == now { return count.open }
        return ClinicalPanel.openAlertCount(record, now: now, timeZone: timeZone)
    }
}
