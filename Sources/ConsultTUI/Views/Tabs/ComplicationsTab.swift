import ConsultBoard

/// The Complications tab: infections, DVT, renal and others, with their details and history.
enum ComplicationsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let complications = Array(record.complications.reversed())
        return RecordList(
            headings: [("Id", 7, .plain), ("Kind", 10, .plain), ("Status", 9, .plain), ("Onset", 11, .plain), ("Summary", nil, .plain)],
            ids: complications.map(\.id),
            row: { index in
                let c = complications[index]
                return [
                    (c.id, 7, .accent), (c.kind.label, 10, .plain), (c.status.rawValue, 9, c.status == .active ? .danger : .muted),
                    (time.short(c.onset), 11, .muted), (Sanitizer.line(c.summary), nil, .plain),
                ]
            },
            detail: { index, width in
                let c = complications[index]
                var doc = Document(width: width)
                doc.line([("\(c.id) ", .accent), ("\(c.kind.label) complication", .heading), (" · \(c.status.rawValue)", c.status == .active ? .danger : .muted)])
                doc.field("Summary", c.summary, valueStyle: .bold)
                for detail in c.details.labelled { doc.field(detail.label.prefix(1).uppercased() + detail.label.dropFirst(), detail.value) }
                doc.field("Onset", time.dateTime(c.onset))
                if let resolved = c.resolvedAt { doc.field("Resolved", time.dateTime(resolved)) }
                doc.field("Recorded by", c.recordedBy)
                doc.statusHistory(c.history, time: time)
                return doc
            },
            emptyMessage: "No complications. Press a to record one.")
    }
}
