import ConsultBoard

/// The History tab: the patient's audit trail, every change from the journal, newest first.
enum HistoryTab {
    static func list(_ loaded: [JournalEntry]?, time: TimeFormat) -> RecordList {
        let entries = loaded ?? []
        let count = entries.count
        func entry(_ index: Int) -> JournalEntry { entries[count - 1 - index] }
        return RecordList(
            headings: [("#", 6, .plain), ("When", 11, .plain), ("Who", 10, .plain), ("What", nil, .plain)],
            ids: entries.reversed().map { "#\($0.sequence)" },
            row: { index in
                let e = entry(index)
                return [
                    ("\(e.sequence)", 6, .accent), (time.short(e.at), 11, .muted), (Sanitizer.line(e.author), 10, .plain),
                    (e.summary, nil, .plain),
                ]
            },
            detail: { index, width in
                let e = entry(index)
                var doc = Document(width: width)
                doc.line([("Change #\(e.sequence) ", .accent), (e.command.kind.rawValue, .heading)])
                doc.field("When", time.dateTime(e.at))
                doc.field("Who", e.author)
                doc.field("OS user", e.writer.map { "\($0.login) (uid \($0.uid))" } ?? "not recorded (written by an earlier version)")
                doc.field("What", e.summary)
                return doc
            },
            emptyMessage: loaded == nil ? "Reading the audit trail…" : "No changes recorded.")
    }
}
