import ConsultBoard

/// The Consults tab: each request, its status, the consultant's recommendations and the status history.
enum ConsultsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let consults = Array(record.consults.reversed())
        return RecordList(
            headings: [(tr("list.id"), 7, .plain), (tr("list.service"), 14, .plain), (tr("list.status"), 10, .plain), (tr("list.urgency"), 7, .plain), (tr("list.question"), nil, .plain)],
            ids: consults.map(\.id),
            row: { index in
                let c = consults[index]
                return [
                    (c.id, 7, .accent), (c.service.shown, 14, .plain), (c.status.shown, 10, Badges.style(c.status)),
                    (c.urgency.shown, 7, c.urgency == .routine ? .plain : .danger), (Sanitizer.line(c.question), nil, .plain),
                ]
            },
            detail: { index, width in
                let c = consults[index]
                var doc = Document(width: width)
                doc.line([("\(c.id) ", .accent), (tr("consults.title", ["service": c.service.shown]), .heading), (" · \(c.status.shown)", Badges.style(c.status))])
                doc.field(tr("consults.question"), c.question)
                doc.field(tr("consults.urgency"), c.urgency.shown, valueStyle: c.urgency == .routine ? .plain : .danger)
                doc.field(tr("consults.requested"), tr("list.requestedBy", ["time": time.dateTime(c.requestedAt), "by": c.requestedBy]))
                if !c.recommendations.isEmpty {
                    doc.heading(tr("consults.recommendations"))
                    for r in c.recommendations {
                        doc.line("\(time.short(r.at)) \(Sanitizer.line(r.by))", .muted)
                        doc.text(r.text, indent: 2)
                    }
                }
                doc.statusHistory(c.history, time: time)
                return doc
            },
            emptyMessage: tr("consults.empty"))
    }
}
