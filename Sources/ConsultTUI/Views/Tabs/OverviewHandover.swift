import ConsultBoard

/// The Overview's handover facts: code status, lines and drains in with their day, key contacts, the last
/// acknowledged handover. The words a person reads are kept together here (`Words`) for the message catalogue.
enum OverviewHandover {
    enum Words {
        static var codeStatus: String { tr("overview.codeStatus") }
        static var notRecorded: String { tr("overview.codeStatusNotRecorded") }
        static var devices: String { tr("overview.devices") }
        static func day(_ day: Int) -> String { tr("overview.deviceDay", ["day": String(day)]) }
        static var inserted: String { tr("overview.deviceInsertedSince") }
        static var contacts: String { tr("overview.contacts") }
        static var lastHandover: String { tr("overview.lastHandover") }
    }

    static func add(_ record: PatientRecord, state: AppState, time: TimeFormat, into doc: inout Document) {
        if let code = record.currentCodeStatus {
            doc.field(Words.codeStatus, "\(code.status.shown) · \(code.by) \(time.short(code.at))" + (code.note.map { " · \($0)" } ?? ""),
                      valueStyle: code.status == .fullCode ? .plain : .warning)
        } else {
            doc.field(Words.codeStatus, Words.notRecorded, valueStyle: .warning)
        }
        let devices = record.devicesIn
        if !devices.isEmpty {
            doc.heading(tr("overview.devicesHeading", ["devices": Words.devices, "count": String(devices.count)]))
            for device in devices {
                let day = device.day(at: state.now, timeZone: state.timeZone)
                doc.text("\(device.id) \(device.kind.shown)\(tr("text.comma"))\(device.site) · \(Words.day(day)) · \(Words.inserted) \(time.short(device.insertedAt))", hanging: 2)
            }
        }
        if !record.contactList.isEmpty {
            doc.heading(Words.contacts)
            for contact in record.contactList {
                // The role in the reader's language (the record keeps its raw value).
                doc.text(contact.shownSummary, hanging: 2)
            }
        }
        if let handover = record.lastHandover {
            doc.field(Words.lastHandover, "\(handover.summary) · \(time.short(handover.at))")
        }
    }
}
