import Foundation

// What the receiver needs besides I-PASS proper (I-PASS/Epic handoff tools): the code status, the lines and
// drains in with their day, key contacts, to-dos ticked since the last handoff, and every event since it.
extension HandoffBuilder {
    /// How many of the latest events a patient's page lists (a busy night's hourly vitals would fill pages).
    static let eventLimit = 20

    func handover(_ record: PatientRecord, into handoff: inout HandoffPatient) {
        let code: String
        if let entry = record.currentCodeStatus {
            code = tr("handoff.codeStatus", [
                "status": entry.status.shownLabel, "by": layout.clean(entry.by), "time": clock.short(entry.at),
                "note": layout.cleanOrNil(entry.note).map { tr("handoff.order.reason", ["reason": $0]) } ?? "",
            ])
        } else {
            code = tr("handoff.codeStatus.none")
        }
        handoff.codeStatus = HandoffLine(summary: code, lines: layout.lines(code))
        handoff.devices = record.devicesIn.compactMap { device in
            line(tr("handoff.device", [
                "kind": Self.sentence(device.kind.shownLabel), "site": device.site,
                "day": String(device.day(at: clock.now, timeZone: clock.timeZone)), "inserted": clock.short(device.insertedAt),
            ]))
        }
        handoff.contacts = record.contactList.compactMap { line($0.shownSummary) }
        let since = RecordEvents.windowStart(record, now: clock.now)
        // To-dos are check boxes: open ones empty, those done since the last handoff ticked (6-column prefix).
        handoff.actions = handoff.actions.map { action in
            var boxed = action
            boxed.checkLines = layout.nestedLines(action.summary)
            return boxed
        }
        handoff.doneTodos = record.actions.filter { ($0.doneAt ?? .distantPast) > since }.compactMap { action in
            let text = layout.clean(tr("handoff.todoDone", ["text": action.text, "by": action.doneBy ?? "", "time": action.doneAt.map(clock.short) ?? ""]))
            return text.isEmpty ? nil : HandoffLine(summary: text, lines: layout.nestedLines(text))
        }
        if let last = record.lastHandover {
            handoff.eventsSince = tr("handoff.eventsSince", ["time": clock.short(last.at), "summary": layout.clean(last.summary)])
        } else {
            handoff.eventsSince = tr("handoff.eventsWindow", ["hours": String(Int(RecordEvents.defaultWindow / 3600))])
        }
        handoff.eventsSinceLines = layout.lines(handoff.eventsSince)
        let events = RecordEvents.since(since, in: record, now: clock.now)
        let shown = events.suffix(Self.eventLimit)
        handoff.events = (events.count > shown.count
            ? [line(tr("handoff.earlierEvents", count: events.count - shown.count, ["count": String(events.count - shown.count), "mrn": record.mrn]))].compactMap { $0 } : [])
            + shown.compactMap { event in line(tr("handoff.event", ["time": clock.short(event.at), "by": event.by, "what": event.words.shown])) }
    }
}
