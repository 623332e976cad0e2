import ConsultBoard
import Foundation

/// The Orders tab: every order with its structured details and status history.
enum OrdersTab {
    static func list(_ record: PatientRecord, time: TimeFormat, now: Date, timeZone: TimeZone) -> RecordList {
        let orders = Array(record.orders.reversed())
        return RecordList(
            headings: [("Id", 7, .plain), ("Kind", 10, .plain), ("Status", 16, .plain), ("Service", 12, .plain), ("Order", nil, .plain)],
            ids: orders.map(\.id),
            row: { index in
                let o = orders[index]
                return [
                    (o.id, 7, .accent), (o.kind.rawValue, 10, .plain), (o.status.rawValue, 16, Badges.style(o.status)),
                    (o.service.label, 12, .muted), (Sanitizer.line(o.headline), nil, o.status.isLive ? .plain : .muted),
                ]
            },
            detail: { index, width in
                let o = orders[index]
                var doc = Document(width: width)
                doc.line([("\(o.id) ", .accent), ("\(o.kind.rawValue) order", .heading), (" · \(o.status.rawValue)", Badges.style(o.status))])
                doc.text(o.headline, style: .bold)
                if o.text != o.headline { doc.field("Text", o.text) }
                if let m = o.medication {
                    doc.field("Drug", m.drug)
                    doc.field("Dose", m.dose)
                    doc.field("Route", m.route)
                    doc.field("Frequency", m.frequency)
                }
                if let i = o.imaging {
                    doc.field("Modality", i.modality.rawValue)
                    doc.field("Region", i.region)
                    doc.field("Contrast", i.contrast.rawValue)
                }
                doc.field("Service", o.service.label)
                doc.field("Ordered", "\(time.dateTime(o.orderedAt)) by \(o.orderedBy)")
                doc.statusHistory(o.history, time: time)
                let status = AdministrationLines.status(o, now: now, timeZone: timeZone, weightKg: record.patient.weightKg, time: time.short)
                if !o.doses.isEmpty || !status.isEmpty {
                    doc.heading("Administration record (\(o.doses.count) recorded)")
                    for line in status { doc.text(line, style: line.hasPrefix("DOSE OVERDUE") ? .danger : .warning) }
                    for dose in o.doses.reversed().prefix(30) {
                        doc.text(AdministrationLines.dose(dose, time: time.short), style: dose.outcome == .given && !dose.isLate ? .plain : .warning)
                    }
                }
                return doc
            },
            emptyMessage: "No orders. Press a to add one.",
            wrapsLastColumn: true)
    }
}
