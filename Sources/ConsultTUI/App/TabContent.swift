import ConsultBoard

/// The records each tab of the patient screen lists, in the order it lists them (newest first).
///
/// `update` needs only the ids (to move the selection); views draw the rows of the visible window only, so a
/// patient with thousands of notes costs no more to show than one with ten.
enum TabContent {
    static func ids(_ tab: PatientTab, record: PatientRecord, history: [JournalEntry]?, noteSearch: String = "") -> [String] {
        switch tab {
        case .overview: []
        case .consults: record.consults.reversed().map(\.id)
        case .orders: record.orders.reversed().map(\.id)
        case .results: record.results.reversed().map(\.id)
        case .labs: labsNewestFirst(record).map(\.id)
        case .complications: record.complications.reversed().map(\.id)
        case .notes: notesNewestFirst(record, search: noteSearch).map(\.id)
        case .history: (history ?? []).reversed().map { "#\($0.sequence)" }
        }
    }

    /// The notes newest first, only those the search finds when there is one.
    static func notesNewestFirst(_ record: PatientRecord, search: String) -> [Note] {
        let search = search.trimmingCharacters(in: .whitespaces)
        guard !search.isEmpty else { return record.notes.reversed() }
        return record.notes.reversed().filter { NoteSearch.matches(search, $0) }
    }

    /// Labs and vitals, newest sample first (entry order breaks ties, so the list is stable).
    static func labsNewestFirst(_ record: PatientRecord) -> [LabValue] {
        record.labs.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at > b.element.at : a.offset > b.offset
        }.map(\.element)
    }
}
