import ConsultBoard

/// The Labs tab: labs and vitals, newest first; the detail shows the selected test's series as a trend.
enum LabsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let labs = TabContent.labsNewestFirst(record)
        return RecordList(
            headings: [("Taken", 11, .plain), ("Test", 14, .plain), ("Value", 10, .plain), ("Unit", 10, .plain), ("By", nil, .plain)],
            ids: labs.map(\.id),
            row: { index in
                let l = labs[index]
                return [
                    (time.short(l.at), 11, .muted), (Sanitizer.line(l.test), 14, .plain), (l.value.formatted(), 10, .bold),
                    (Sanitizer.line(l.unit), 10, .plain), (Sanitizer.line(l.enteredBy), nil, .muted),
                ]
            },
            detail: { index, width in
                let l = labs[index]
                var doc = Document(width: width)
                doc.line([("\(l.id) ", .accent), (Sanitizer.line(l.test), .heading)])
                doc.field("Value", "\(l.value.formatted()) \(l.unit)", valueStyle: .bold)
                doc.field("Taken", time.dateTime(l.at))
                doc.field("Entered by", l.enteredBy)
                let series = record.labs(named: l.test)
                if series.count > 1 {
                    doc.heading("Trend (\(series.count) values, newest first)")
                    var previous: Double?
                    var lines: [[(String, Style)]] = []
                    for value in series {
                        var arrow = " "
                        if let previous { arrow = value.value > previous ? "↑" : value.value < previous ? "↓" : "=" }
                        previous = value.value
                        lines.append([
                            (time.short(value.at) + "  ", .muted), (arrow + " ", .accent),
                            ("\(value.value.formatted()) \(Sanitizer.line(value.unit))", value.id == l.id ? .bold : .plain),
                        ])
                    }
                    for line in lines.reversed().prefix(60) { doc.line(line) }
                }
                return doc
            },
            emptyMessage: "No labs or vitals. Press a to add one.")
    }
}
