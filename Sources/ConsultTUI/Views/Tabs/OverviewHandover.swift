import ConsultBoard

/// The Overview's handover facts: code status, lines and drains in with their day, key contacts, the last
/// acknowledged handover. The words a person reads are kept together here (`Words`) for the message catalogue.
enum OverviewHandover {
    enum Words {
        static let codeStatus = "Code status"
        static let notRecorded = "NOT RECORDED (consult-board code set)"
        static let devices = "Lines, drains and catheters"
        static let day = "day"
        static let inserted = "in since"
        static let contacts = "Contacts"
        static let lastHandover = "Last handover"
    }

    static func add(_ record: PatientRecord, state: AppState, time: TimeFormat, into doc: inout Document) {
        if let code = record.currentCodeStatus {
            doc.field(Words.codeStatus, "\(code.status.label) · \(code.by) \(time.short(code.at))" + (code.note.map { " · \($0)" } ?? ""),
                      valueStyle: code.status == .fullCode ? .plain : .warning)
        } else {
            doc.field(Words.codeStatus, Words.notRecorded, valueStyle: .warning)
        }
        let devices = record.devicesIn
        if !devices.isEmpty {
            doc.heading("\(Words.devices) (\(devices.count))")
            for device in devices {
                let day = device.day(at: state.now, timeZone: state.timeZone)
                doc.text("\(device.id) \(device.kind.label), \(device.site) · \(Words.day) \(day) · \(Words.inserted) \(time.short(device.insertedAt))", hanging: 2)
            }
        }
        if !record.contactList.isEmpty {
            doc.heading(Words.contacts)
            for contact in record.contactList { doc.text(contact.summary, hanging: 2) }
        }
        if let handover = record.lastHandover {
            doc.field(Words.lastHandover, "\(handover.summary) · \(time.short(handover.at))")
        }
    }
}
