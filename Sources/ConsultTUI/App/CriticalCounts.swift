import ConsultBoard
import Foundation

/// The open critical values (危急值) of each patient, for the header bar and the Overview: counted again only
/// for patients whose record changed (a critical value's state depends on the record and the ward's limits,
/// never on the clock), so the header costs nothing on a key press or a clock tick.
struct CriticalCounts: Sendable {
    private var counts: [MRN: (revision: Int, open: Int)] = [:]

    mutating func refresh(_ board: Board, ranges: ReferenceRangeTable) {
        // A discharged patient's values no longer count: every rule stops at discharge.
        counts = counts.filter { board.patients[$0.key]?.patient.isOnWard == true }
        let stale = board.patients.values.filter { $0.patient.isOnWard && counts[$0.mrn]?.revision != $0.revision }
        for (record, open) in zip(stale, CriticalValueLoop.openCounts(stale, ranges: ranges)) {
            counts[record.mrn] = (record.revision, open)
        }
    }

    /// Open critical values on the whole board.
    var total: Int { counts.values.reduce(0) { $0 + $1.open } }

    /// "‼ 2 critical values open" (the words carry it without colour), or nil when none is open.
    var headerText: String? {
        let total = total
        guard total > 0 else { return nil }
        return tr("critical.header", count: total)
    }
}
