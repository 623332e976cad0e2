import ConsultBoard

/// The Notes tab: signed notes newest first; the detail shows the whole text, its addenda, and the
/// entered-in-error mark (the note stays readable, struck as in error).
enum NotesTab {
    static func list(_ record: PatientRecord, time: TimeFormat, search: String = "") -> RecordList {
        let notes = record.notes
        let count = notes.count
        // Newest first without copying the notes: row i is note count-1-i; a search lists only what it finds.
        let found = search.trimmingCharacters(in: .whitespaces).isEmpty ? nil : TabContent.notesNewestFirst(record, search: search)
        func note(_ index: Int) -> Note { found.map { $0[index] } ?? notes[count - 1 - index] }
        return RecordList(
            headings: [(tr("list.written"), 11, .plain), (tr("list.service"), 14, .plain), (tr("list.type"), 9, .plain), (tr("list.author"), 10, .plain), (tr("list.text"), nil, .plain)],
            ids: found.map { $0.map(\.id) } ?? notes.reversed().map(\.id),
            row: { index in
                let n = note(index)
                let inError = n.enteredInError != nil
                let first = Sanitizer.line(String(n.text.prefix(200)))
                return [
                    (time.short(n.at), 11, .muted), (n.service.shown, 14, .plain), (n.type.shown, 9, .plain),
                    (Sanitizer.line(n.author), 10, .muted),
                    ((inError ? tr("notes.inError") : "") + (n.addenda.isEmpty ? "" : "[+\(n.addenda.count)] ") + first, nil, inError ? .muted : .plain),
                ]
            },
            detail: { index, width in
                let n = note(index)
                var doc = Document(width: width)
                doc.line([("\(n.id) ", .accent), (n.shownKind, .heading)])
                doc.line(tr("notes.signed", ["time": time.dateTime(n.at), "author": Sanitizer.line(n.author)]), .muted)
                if let mark = n.enteredInError {
                    doc.line(tr("notes.enteredInError"), .danger)
                    doc.text("\(time.short(mark.at)) \(mark.by): \(mark.reason)", style: .danger)
                }
                doc.blank()
                doc.text(n.text, style: n.enteredInError == nil ? .plain : .muted)
                for addendum in n.addenda {
                    doc.heading(tr("notes.addendum", ["id": addendum.id, "time": time.short(addendum.at), "author": Sanitizer.line(addendum.author)]))
                    doc.text(addendum.text)
                }
                return doc
            },
            emptyMessage: found == nil ? tr("notes.empty") : tr("notes.noMatch", ["search": Sanitizer.line(search)]))
    }
}
