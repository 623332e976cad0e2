import Foundation

extension BoardStore {
    /// `error` with who changed the record and when, for a change refused because the record moved on since the
    /// user looked (`BoardError.staleRevision`): the board knows the revision, the journal knows the rest.
    func explained(_ error: BoardError, tail: JournalTail) -> BoardError {
        guard case let .staleRevision(record, saw, current, nil, nil) = error, current > 0 else { return error }
        let decoder = BoardJSON.decoder()
        var change: JournalEntry?
        if let line = tail.lines.first(where: { $0.envelope.sequence == current }) {
            change = try? line.entry(decoder, file: layout.journal)
        } else {
            change = (try? entries(since: current - 1))?.first { $0.sequence == current }
        }
        guard let change else { return error }
        return .staleRevision(record: record, saw: saw, current: current, by: change.author, at: change.at)
    }
}

extension BoardCommand {
    /// Whether validating the command needs every patient's header, not only its own patient's.
    var readsEveryHeader: Bool {
        if case .admitPatient = self { return true }
        return false
    }
}
