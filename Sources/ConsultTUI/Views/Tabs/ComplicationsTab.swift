import ConsultBoard

/// The Complications tab: infections, DVT, renal and others, with their details and history.
enum ComplicationsTab {
    static func list(_ record: PatientRecord, time: TimeFormat) -> RecordList {
        let complications = Array(record.complications.reversed())
        return RecordList(
            headings: [(tr("list.id"), 7, .plain), (tr("list.kind"), 10, .plain), (tr("list.status"), 9, .plain), (tr("list.onset"), 11, .plain), (tr("list.summary"), nil, .plain)],
            ids: complications.map(\.id),
            row: { index in
                let c = complications[index]
                return [
                    (c.id, 7, .accent), (c.kind.shown, 10, .plain), (c.status.shown, 9, c.status == .active ? .danger : .muted),
                    (time.short(c.onset), 11, .muted), (Sanitizer.line(c.summary), nil, .plain),
                ]
            },
            detail: { index, width in
                let c = complications[index]
                var doc = Document(width: width)
                doc.line([("\(c.id) ", .accent), (tr("complications.title", ["kind": c.kind.shown]), .heading), (" · \(c.status.shown)", c.status == .active ? .danger : .muted)])
                doc.field(tr("complications.summary"), c.summary, valueStyle: .bold)
                for detail in c.details.labelled { doc.field(Self.detailLabel(detail.label), detail.value) }
                doc.field(tr("complications.onset"), time.dateTime(c.onset))
                if let resolved = c.resolvedAt { doc.field(tr("complications.resolved"), time.dateTime(resolved)) }
                doc.field(tr("complications.recordedBy"), c.recordedBy)
                doc.statusHistory(c.history, time: time)
                return doc
            },
            emptyMessage: tr("complications.empty"))
    }

    /// The name of a complication detail ("site", "confirmed by") as a field label.
    static func detailLabel(_ label: String) -> String {
        switch label {
        case "site": tr("complications.detail.site")
        case "organism": tr("complications.detail.organism")
        case "antibiotic": tr("complications.detail.antibiotic")
        case "confirmed by": tr("complications.detail.confirmedBy")
        case "anticoagulation": tr("complications.detail.anticoagulation")
        case "type": tr("complications.detail.type")
        default: label.prefix(1).uppercased() + label.dropFirst()
        }
    }
}
