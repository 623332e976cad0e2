import Foundation

extension BoardStore {
    /// `error` with who changed the record and when, for a change refused because the record moved on since the
    /// user looked (`BoardError.staleRevision`): the board knows the revision, the journal knows the rest.
    /// Called with the writer's lock held.
    func explained(_ error: BoardError, tail: JournalTail) -> BoardError {
        guard case let .staleRevision(record, saw, current, nil, nil) = error, current > 0 else { return error }
        let decoder = BoardJSON.decoder()
        var change: JournalEntry?
        // The caller holds the writer's lock: read the journal directly. (`entries(since:)` would take the lock
        // again on another descriptor, and flock makes a process wait for itself: the refusal would hang.)
        let line = tail.lines.first { $0.envelope.sequence == current }
            ?? (try? readJournal(from: .start))?.first { $0.envelope.sequence == current }
        change = line.flatMap { try? $0.entry(decoder, file: layout.journal) }
        guard let change else { return error }
        return .staleRevision(record: record, saw: saw, current: current, by: change.author, at: change.at)
    }
}

extension BoardCommand {
    /// Whether validating the command needs every patient's header, not only its own patient's.
    var readsEveryHeader: Bool {
        // Admitting, moving beds, coming back and arriving by transfer check every bed on the ward; so does moving a
        // patient into a bed through `patient set` (unless the shared bed is confirmed).
        switch self {
        case .admitPatient, .transferBed, .readmitPatient, .transferIn: return true
        case let .updatePatient(c): return c.bed != nil && c.allowSharedBed != true
        default: return false
        }
    }
}
