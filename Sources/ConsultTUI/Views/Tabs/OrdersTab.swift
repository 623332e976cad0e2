import ConsultBoard
import Foundation

/// The Orders tab: every order with its structured details and status history.
enum OrdersTab {
    static func list(_ record: PatientRecord, time: TimeFormat, now: Date, timeZone: TimeZone) -> RecordList {
        let orders = Array(record.orders.reversed())
        return RecordList(
            headings: [(tr("list.id"), 7, .plain), (tr("list.kind"), 10, .plain), (tr("list.status"), 16, .plain), (tr("list.service"), 12, .plain), (tr("list.order"), nil, .plain)],
            ids: orders.map(\.id),
            row: { index in
                let o = orders[index]
                return [
                    (o.id, 7, .accent), (o.kind.shown, 10, .plain), (o.status.shown, 16, Badges.style(o.status)),
                    (o.service.shown, 12, .muted), (Sanitizer.line(o.headlineText.shown), nil, o.status.isLive ? .plain : .muted),
                ]
            },
            detail: { index, width in
                let o = orders[index]
                var doc = Document(width: width)
                doc.line([("\(o.id) ", .accent), (tr("orders.title", ["kind": o.kind.shown]), .heading), (" · \(o.status.shown)", Badges.style(o.status))])
                doc.text(o.headline, style: .bold)
                if o.text != o.headline { doc.field(tr("orders.text"), o.text) }
                if let m = o.medication {
                    doc.field(tr("orders.drug"), m.drug)
                    doc.field(tr("orders.dose"), m.dose)
                    doc.field(tr("orders.route"), m.route)
                    doc.field(tr("orders.frequency"), m.frequency)
                }
                if let i = o.imaging {
                    doc.field(tr("orders.modality"), i.modality.shown)
                    doc.field(tr("orders.region"), i.region)
                    doc.field(tr("orders.contrast"), i.contrast.shown)
                }
                doc.field(tr("orders.service"), o.service.shown)
                doc.field(tr("orders.ordered"), tr("list.requestedBy", ["time": time.dateTime(o.orderedAt), "by": o.orderedBy]))
                doc.statusHistory(o.history, time: time)
                let status = AdministrationLines.status(o, now: now, timeZone: timeZone, weightKg: record.patient.weightKg, time: time.short)
                if !o.doses.isEmpty || !status.isEmpty {
                    doc.heading(tr("orders.administration", ["count": String(o.doses.count)]))
                    for line in status { doc.text(line, style: line.hasPrefix("DOSE OVERDUE") ? .danger : .warning) }
                    for dose in o.doses.reversed().prefix(30) {
                        doc.text(AdministrationLines.dose(dose, time: time.short), style: dose.outcome == .given && !dose.isLate ? .plain : .warning)
                    }
                }
                return doc
            },
            emptyMessage: tr("orders.empty"),
            wrapsLastColumn: true)
    }
}
