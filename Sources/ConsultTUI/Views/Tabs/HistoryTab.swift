import ConsultBoard

/// The History tab: the patient's audit trail, every change from the journal, newest first.
enum HistoryTab {
    static func list(_ loaded: [JournalEntry]?, time: TimeFormat) -> RecordList {
        let entries = loaded ?? []
        let count = entries.count
        func entry(_ index: Int) -> JournalEntry { entries[count - 1 - index] }
        return RecordList(
            headings: [("#", 6, .plain), (tr("list.when"), 11, .plain), (tr("list.who"), 10, .plain), (tr("list.what"), nil, .plain)],
            ids: entries.reversed().map { "#\($0.sequence)" },
            row: { index in
                let e = entry(index)
                return [
                    ("\(e.sequence)", 6, .accent), (time.short(e.at), 11, .muted), (Sanitizer.line(e.author), 10, .plain),
                    (e.shownSummary(times: time.dateTime), nil, .plain),
                ]
            },
            detail: { index, width in
                let e = entry(index)
                var doc = Document(width: width)
                doc.line([(tr("history.change", ["number": "\(e.sequence)"]), .accent), (e.command.kind.rawValue, .heading)])
                doc.field(tr("history.when"), time.dateTime(e.at))
                doc.field(tr("history.who"), e.author)
                doc.field(tr("history.osUser"), e.writer.map { tr("history.osUserLogin", ["login": $0.login, "uid": String($0.uid)]) } ?? tr("history.osUserNotRecorded"))
                doc.field(tr("history.what"), e.shownSummary(times: time.dateTime))
                return doc
            },
            emptyMessage: loaded == nil ? tr("history.reading") : tr("history.empty"))
    }
}
