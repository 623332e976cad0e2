import ConsultBoard

/// The Consults tab: each request, its status, the consultant's recommendations and the status history.
enum ConsultsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let consults = Array(record.consults.reversed())
        return RecordList(
            headings: [("Id", 7, .plain), ("Service", 14, .plain), ("Status", 10, .plain), ("Urgency", 7, .plain), ("Question", nil, .plain)],
            ids: consults.map(\.id),
            row: { index in
                let c = consults[index]
                return [
                    (c.id, 7, .accent), (c.service.label, 14, .plain), (c.status.rawValue, 10, Badges.style(c.status)),
                    (c.urgency.rawValue, 7, c.urgency == .routine ? .plain : .danger), (Sanitizer.line(c.question), nil, .plain),
                ]
            },
            detail: { index, width in
                let c = consults[index]
                var doc = Document(width: width)
                doc.line([("\(c.id) ", .accent), ("\(c.service.label) consult", .heading), (" · \(c.status.rawValue)", Badges.style(c.status))])
                doc.field("Question", c.question)
                doc.field("Urgency", c.urgency.rawValue, valueStyle: c.urgency == .routine ? .plain : .danger)
                doc.field("Requested", "\(time.dateTime(c.requestedAt)) by \(c.requestedBy)")
                if !c.recommendations.isEmpty {
                    doc.heading("Recommendations")
                    for r in c.recommendations {
                        doc.line("\(time.short(r.at)) \(Sanitizer.line(r.by))", .muted)
                        doc.text(r.text, indent: 2)
                    }
                }
                doc.statusHistory(c.history, time: time)
                return doc
            },
            emptyMessage: "No consults. Press a to request one.")
    }
}
