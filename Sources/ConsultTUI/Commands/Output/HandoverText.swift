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
            out.append(tr("cli.handover.codeStatus", [
                "status": code.status.labelText.shown, "by": clean(code.by), "time": time(code.at),
                "note": code.note.map { tr("cli.show.reason", ["reason": clean($0)]) } ?? "",
            ]))
        } else {
            out.append(tr("cli.handover.codeStatusNotRecorded"))
        }
        for device in record.deviceList {
            let state = device.removedAt.map {
                tr("cli.handover.deviceOut", ["time": time($0)]) + (device.removalReason.map { tr("cli.handover.removalReason", ["reason": clean($0)]) } ?? "")
            } ?? tr("cli.handover.deviceDay", ["day": String(device.day(at: now, timeZone: timeZone))])
            out.append("\(device.id)  " + tr("cli.handover.device", [
                "kind": device.kind.labelText.shown, "site": clean(device.site), "time": time(device.insertedAt), "state": state,
            ]))
        }
        for contact in record.contactList { out.append("\(contact.id)  " + tr("cli.handover.contact", ["contact": clean(contact.shownSummary)])) }
        if let handover = record.lastHandover {
            out.append(tr("cli.handover.last", ["summary": clean(handover.summary), "time": time(handover.at)]))
        }
        return out
    }

    private func clean(_ text: String) -> String { Sanitizer.line(text) }
    private func time(_ date: Date) -> String { ClinicalTime.format(date, in: timeZone) }
}
