import ConsultBoard

/// The Results tab: imaging, EMG/NCS, CSF and other reports with findings and status history.
enum ResultsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let results = Array(record.results.reversed())
        return RecordList(
            headings: [("Id", 7, .plain), ("Kind", 6, .plain), ("Status", 11, .plain), ("Reported", 11, .plain), ("Impression", nil, .plain)],
            ids: results.map(\.id),
            row: { index in
                let r = results[index]
                return [
                    (r.id, 7, .accent), (r.kind.label, 6, .plain), (r.status.rawValue, 11, Badges.style(r.status)),
                    (time.short(r.reportedAt), 11, .muted), (Sanitizer.line(r.summary), nil, .plain),
                ]
            },
            detail: { index, width in
                let r = results[index]
                var doc = Document(width: width)
                doc.line([("\(r.id) ", .accent), ("\(r.kind.label) report", .heading), (" · \(r.status.rawValue)", Badges.style(r.status))])
                doc.field("Impression", r.summary, valueStyle: .bold)
                if let region = r.region { doc.field("Region", region) }
                if let levels = r.levels { doc.field("Levels", levels) }
                if let order = r.orderID { doc.field("Answers order", order) }
                doc.field("Reported", "\(time.dateTime(r.reportedAt)) by \(r.reportedBy)")
                if !r.findings.isEmpty {
                    doc.heading("Findings")
                    doc.text(r.findings)
                }
                doc.statusHistory(r.history, time: time)
                return doc
            },
            emptyMessage: "No results. Press a to add one.")
    }
}
