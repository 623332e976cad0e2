import ConsultBoard

/// What this reader has not seen yet: the board list's `•` marks, the patient view's tab and record marks and the
/// header's count. A value in `AppState`: `update` marks patients and tabs seen as they are shown; the run loop
/// keeps `marks` in the reader's own file (`ReadMarksKeeper`), never in the board.
struct UnreadTracker: Sendable, Equatable {
    /// What the reader has seen, as kept across sessions.
    var marks: ReadMarks
    /// Others' changes the marks may not have passed yet.
    var changes: UnreadChanges
    /// The records that were new in the open tab when it was opened (or that arrived while it is open): still
    /// marked "•" while the user looks at the tab, although the tab counts as seen.
    private(set) var highlighted: (mrn: MRN, tab: PatientTab, records: Set<RecordID>)?

    static func == (a: UnreadTracker, b: UnreadTracker) -> Bool {
        a.marks == b.marks && a.changes == b.changes && a.highlighted?.mrn == b.highlighted?.mrn
            && a.highlighted?.tab == b.highlighted?.tab && a.highlighted?.records == b.highlighted?.records
    }

    init(marks: ReadMarks, changes: UnreadChanges) {
        self.marks = marks
        self.changes = changes
    }

    /// No marks kept (tests, `consult-board screen`): everything on the board counts as seen.
    init(board: Board, reader: String) {
        marks = ReadMarks(board: "", reader: reader, baseline: board.revision)
        changes = UnreadChanges(reader: reader, completeAfter: board.revision)
    }

    /// Whether the board list marks the patient.
    func contains(_ mrn: MRN, in board: Board) -> Bool {
        guard let record = board.patients[mrn] else { return false }
        return changes.patient(record, marks: marks).isUnread
    }

    /// The records to mark in the open tab's list.
    func marked(_ mrn: MRN, tab: PatientTab) -> Set<RecordID> {
        guard let highlighted, highlighted.mrn == mrn, highlighted.tab == tab else { return [] }
        return highlighted.records
    }

    /// The patient's unread areas and records.
    func patient(_ mrn: MRN, in board: Board) -> UnreadChanges.Patient? {
        board.patients[mrn].map { changes.patient($0, marks: marks) }
    }

    /// How many patients on the ward have changes the reader has not opened.
    func count(in board: Board) -> Int { changes.unreadPatients(board, marks: marks).count }

    /// Others' changes have come in.
    mutating func receive(_ entries: [JournalEntry]) { changes.receive(entries) }

    /// The patient is open on `tab` at the board's `revision`: the patient and the tab's area are seen.
    mutating func seen(_ mrn: MRN, tab: PatientTab, revision: Int) {
        marks.markSeen(mrn, through: revision)
        if let area = tab.area {
            let before = marks.seen(mrn, area: area)
            let new = (changes.changes[mrn] ?? []).filter { $0.area == area && $0.sequence > before }.compactMap(\.record)
            let kept = highlighted.flatMap { $0.mrn == mrn && $0.tab == tab ? $0.records : nil } ?? []
            highlighted = (mrn, tab, kept.union(new))
            marks.markSeen(mrn, area: area, through: revision)
        } else {
            highlighted = nil
        }
        changes.forget(seenIn: marks)
    }
}

extension PatientTab {
    /// The area of a patient's record this tab shows (`nil` for History, the audit trail of every change).
    var area: ChangeArea? {
        switch self {
        case .overview: .overview
        case .consults: .consults
        case .orders: .orders
        case .results: .results
        case .labs: .labs
        case .complications: .complications
        case .notes: .notes
        case .history: nil
        }
    }
}

extension UnreadTracker {
    /// The ward's patients the board list marks.
    func patients(in board: Board) -> Set<MRN> { Set(changes.unreadPatients(board, marks: marks)) }
}

extension AppState {
    /// Takes in new journal entries for the unread marks: others' changes are marked, except on the patient and
    /// tab the user is looking at, which count as seen as they arrive.
    mutating func takeInUnread(_ entries: [JournalEntry]) {
        unread.receive(entries)
        if case let .patient(mrn) = screen { unread.seen(mrn, tab: tab, revision: board.revision) }
    }
}
