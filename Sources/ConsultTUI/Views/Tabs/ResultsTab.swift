import ConsultBoard

/// The Results tab: imaging, EMG/NCS, CSF and other reports with findings and status history.
enum ResultsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let results = Array(record.results.reversed())
        return RecordList(
            headings: [(tr("list.id"), 7, .plain), (tr("list.kind"), 6, .plain), (tr("list.status"), 11, .plain), (tr("list.reported"), 11, .plain), (tr("list.impression"), nil, .plain)],
            ids: results.map(\.id),
            row: { index in
                let r = results[index]
                return [
                    (r.id, 7, .accent), (r.kind.shown, 6, .plain), (r.status.shown, 11, Badges.style(r.status)),
                    (time.short(r.reportedAt), 11, .muted), (Sanitizer.line(r.summary), nil, .plain),
                ]
            },
            detail: { index, width in
                let r = results[index]
                var doc = Document(width: width)
                doc.line([("\(r.id) ", .accent), (tr("results.title", ["kind": r.kind.shown]), .heading), (" · \(r.status.shown)", Badges.style(r.status))])
                doc.field(tr("results.impression"), r.summary, valueStyle: .bold)
                if let region = r.region { doc.field(tr("results.region"), region) }
                if let levels = r.levels { doc.field(tr("results.levels"), levels) }
                if let order = r.orderID { doc.field(tr("results.answersOrder"), order) }
                doc.field(tr("results.reported"), tr("list.requestedBy", ["time": time.dateTime(r.reportedAt), "by": r.reportedBy]))
                if !r.findings.isEmpty {
                    doc.heading(tr("results.findings"))
                    doc.text(r.findings)
                }
                doc.statusHistory(r.history, time: time)
                return doc
            },
            emptyMessage: tr("results.empty"))
    }
}
