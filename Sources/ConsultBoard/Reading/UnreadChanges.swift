import Foundation

/// What is unread for one person: the changes others made to each patient since the person last looked.
///
/// Pure: built from journal entries and the person's `ReadMarks`, nothing read or written. Changes the person
/// made themselves (entries signed with their name) are never unread; board-level entries (the roster, a
/// repair) concern no patient and are not counted.
///
/// The entries need not reach back to the beginning: `complete(after:)` says from where they are whole. A
/// patient whose last change is older than that and newer than what the person saw is still marked changed,
/// with nothing known of where (`Patient.isChangedUnknown`): never quietly shown as read.
public struct UnreadChanges: Sendable, Equatable {
    /// Others' changes, per patient, oldest first (own changes are left out as they come in).
    public private(set) var changes: [MRN: [PatientChange]] = [:]
    /// The entries taken in are complete after this sequence number.
    public private(set) var completeAfter: Int
    /// Whose changes are not unread.
    public let reader: String

    public init(reader: String, completeAfter: Int) {
        self.reader = reader
        self.completeAfter = completeAfter
    }

    /// Takes in journal entries (oldest first): others' changes to patients are kept, the reader's own and
    /// board-level ones left out.
    public mutating func receive(_ entries: [JournalEntry]) {
        for entry in entries where entry.author != reader {
            guard let mrn = entry.patient, let change = PatientChange(entry) else { continue }
            changes[mrn, default: []].append(change)
        }
    }

    /// Forgets changes both the patient's mark and their area's mark have passed (they can never be unread
    /// again), so the list stays small.
    public mutating func forget(seenIn marks: ReadMarks) {
        for (mrn, list) in changes {
            let seen = marks.seen(mrn)
            let kept = list.filter { $0.sequence > seen || $0.sequence > marks.seen(mrn, area: $0.area) }
            changes[mrn] = kept.isEmpty ? nil : kept
        }
    }

    /// One patient's unread state.
    public struct Patient: Sendable, Equatable {
        /// Changes by others since the patient was last opened (the board list's mark).
        public var changesSinceOpened: Int
        /// Changed since the patient was last opened, before the entries read: where is not known.
        public var isChangedUnknown: Bool
        /// The areas (tabs) with changes by others not yet looked at.
        public var areas: Set<ChangeArea>
        /// The records created or changed by others in areas not yet looked at.
        public var records: Set<RecordID>

        /// Whether the board list marks the patient.
        public var isUnread: Bool { changesSinceOpened > 0 || isChangedUnknown }
    }

    /// The unread state of a patient (`record`'s revision is the patient's last change).
    public func patient(_ record: PatientRecord, marks: ReadMarks) -> Patient {
        let mrn = record.mrn
        let list = changes[mrn] ?? []
        let seen = marks.seen(mrn)
        var areas = Set<ChangeArea>()
        var records = Set<RecordID>()
        for change in list where change.sequence > marks.seen(mrn, area: change.area) {
            areas.insert(change.area)
            if let id = change.record { records.insert(id) }
        }
        let unknown = seen < completeAfter && record.revision > seen && record.revision <= completeAfter
        // Nothing known of where: the Overview is where the patient's state is seen first.
        if unknown, marks.seen(mrn, area: .overview) < record.revision { areas.insert(.overview) }
        return Patient(
            changesSinceOpened: list.reduce(0) { $0 + ($1.sequence > seen ? 1 : 0) }, isChangedUnknown: unknown,
            areas: areas, records: records)
    }

    /// The patients on the ward with changes since the reader last opened them.
    public func unreadPatients(_ board: Board, marks: ReadMarks) -> [MRN] {
        board.patients.values.filter { $0.patient.isOnWard && patient($0, marks: marks).isUnread }.map(\.mrn)
    }
}
