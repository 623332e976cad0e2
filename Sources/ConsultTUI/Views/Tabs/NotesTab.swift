import ConsultBoard

/// The Notes tab: signed notes newest first; the detail shows the whole text, its addenda, and the
/// entered-in-error mark (the note stays readable, struck as in error).
enum NotesTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let notes = record.notes
        let count = notes.count
        // Newest first without copying the notes: row i is note count-1-i.
        func note(_ index: Int) -> Note { notes[count - 1 - index] }
        return RecordList(
            headings: [("Written", 11, .plain), ("Service", 14, .plain), ("Type", 9, .plain), ("Author", 10, .plain), ("Text", nil, .plain)],
            ids: notes.reversed().map(\.id),
            row: { index in
                let n = note(index)
                let inError = n.enteredInError != nil
                let first = Sanitizer.line(String(n.text.prefix(200)))
                return [
                    (time.short(n.at), 11, .muted), (n.service.label, 14, .plain), (n.type.rawValue, 9, .plain),
                    (Sanitizer.line(n.author), 10, .muted),
                    ((inError ? "[IN ERROR] " : "") + (n.addenda.isEmpty ? "" : "[+\(n.addenda.count)] ") + first, nil, inError ? .muted : .plain),
                ]
            },
            detail: { index, width in
                let n = note(index)
                var doc = Document(width: width)
                doc.line([("\(n.id) ", .accent), (n.kind, .heading)])
                doc.line("\(time.dateTime(n.at)) · signed by \(Sanitizer.line(n.author))", .muted)
                if let mark = n.enteredInError {
                    doc.line("ENTERED IN ERROR", .danger)
                    doc.text("\(time.short(mark.at)) \(mark.by): \(mark.reason)", style: .danger)
                }
                doc.blank()
                doc.text(n.text, style: n.enteredInError == nil ? .plain : .muted)
                for addendum in n.addenda {
                    doc.heading("Addendum \(addendum.id) · \(time.short(addendum.at)) \(Sanitizer.line(addendum.author))")
                    doc.text(addendum.text)
                }
                return doc
            },
            emptyMessage: "No notes. Press n to write one.")
    }
}
