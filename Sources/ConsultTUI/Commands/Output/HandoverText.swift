import ConsultBoard
import Foundation

/// What the receiver of a handoff needs first, as lines for `show` (and the TUI's overview): code status,
/// devices in with their day, contacts, the last acknowledged handover. Stored text is sanitised here.
struct HandoverText {
    var timeZone = TimeZone.current
    var now = Date()

    func lines(_ record: PatientRecord) -> [String] {
        var out: [String] = []
        if let code = record.currentCodeStatus {
            out.append("Code status: \(code.status.label) (\(clean(code.by)), \(time(code.at))"
                + (code.note.map { ": \(clean($0))" } ?? "") + ")")
        } else {
            out.append("Code status: NOT RECORDED")
        }
        for device in record.deviceList {
            let state = device.removedAt.map { "out \(time($0))" + (device.removalReason.map { " (\(clean($0)))" } ?? "") }
                ?? "day \(device.day(at: now, timeZone: timeZone))"
            out.append("\(device.id)  \(device.kind.label), \(clean(device.site)): inserted \(time(device.insertedAt)), \(state)")
        }
        for contact in record.contactList { out.append("\(contact.id)  contact: \(clean(contact.summary))") }
        if let handover = record.lastHandover {
            out.append("Last handover: \(clean(handover.summary)) at \(time(handover.at))")
        }
        return out
    }

    private func clean(_ text: String) -> String { Sanitizer.line(text) }
    private func time(_ date: Date) -> String { ClinicalTime.format(date, in: timeZone) }
}
