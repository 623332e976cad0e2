import Foundation

/// One thing that happened to a patient's record, for the handoff's "events since the last handoff".
public struct RecordEvent: Sendable, Equatable {
    public var at: Date
    public var by: String
    /// What happened, as stored (sanitise before showing): "creatinine 250 umol/L", "C-3 accepted".
    public var text: String

    public init(at: Date, by: String, text: String) {
        self.at = at
        self.by = by
        self.text = text
    }
}

/// The events of a record in a window, read from the record itself (a pure function: the handoff and the TUI
/// need no journal). Every timed part of the record counts: notes and addenda, consults and their status moves
/// and recommendations, orders and their moves and doses, results, labs and vitals, complications, actions,
/// contingencies, exams, alert acknowledgements, critical-value steps, allergies, code status, devices, contacts
/// and handovers. Header edits (bed, summary, severity) carry no time on the record and are not listed; the
/// journal (`consult-board audit`) keeps them.
public enum RecordEvents {
    /// How far back the events reach when the patient has never been handed over with an acknowledgement.
    public static let defaultWindow: TimeInterval = 24 * 3600

    /// When "since the last handoff" starts: the last acknowledged handover, else `defaultWindow` before `now`.
    public static func windowStart(_ record: PatientRecord, now: Date) -> Date {
        record.lastHandover?.at ?? now.addingTimeInterval(-defaultWindow)
    }

    /// The events after `since` up to `now`, oldest first.
    public static func since(_ since: Date, in record: PatientRecord, now: Date) -> [RecordEvent] {
        var events: [RecordEvent] = []
        func add(_ at: Date, _ by: String, _ text: @autoclosure () -> String) {
            if at > since, at <= now { events.append(RecordEvent(at: at, by: by, text: text())) }
        }
        func moves<S>(_ id: RecordID, _ history: [StatusChange<S>]) {
            // A history's first entry (from nothing) is the record's creation, listed already.
            for change in history where change.from != nil { add(change.at, change.by, "\(id) \(change.to.rawValue)" + (change.reason.map { " (\($0))" } ?? "")) }
        }
        for note in record.notes {
            add(note.at, note.author, "\(note.kind): " + firstLine(note.text))
            for addendum in note.addenda { add(addendum.at, addendum.author, "addendum to \(note.id): " + firstLine(addendum.text)) }
            if let mark = note.enteredInError { add(mark.at, mark.by, "\(note.id) marked entered in error (\(mark.reason))") }
        }
        for consult in record.consults {
            add(consult.requestedAt, consult.requestedBy, "\(consult.urgency.rawValue) \(consult.service.label) consult requested (\(consult.id))")
            moves(consult.id, consult.history)
            for recommendation in consult.recommendations {
                add(recommendation.at, recommendation.by, "\(consult.service.label) recommends: " + firstLine(recommendation.text))
            }
        }
        for order in record.orders {
            add(order.orderedAt, order.orderedBy, "\(order.kind.rawValue) order \(order.id): \(order.headline)")
            moves(order.id, order.history)
            for dose in order.doses {
                add(dose.recordedAt, dose.by, "\(order.id) dose \(dose.outcome.rawValue)" + (dose.reason.map { " (\($0))" } ?? ""))
            }
        }
        for result in record.results {
            add(result.reportedAt, result.reportedBy, "\(result.kind.label) result (\(result.status.rawValue)): " + firstLine(result.summary))
            moves(result.id, result.history)
        }
        for lab in record.labs {
            add(lab.at, lab.enteredBy, "\(lab.test) \(ClinicalNumber.plain(lab.value)) \(lab.unit)")
        }
        for complication in record.complications {
            add(complication.onset, complication.recordedBy, "\(complication.kind.label) complication: " + firstLine(complication.summary))
            moves(complication.id, complication.history)
        }
        for action in record.actions {
            add(action.createdAt, action.createdBy, "to-do: " + firstLine(action.text))
            if let doneAt = action.doneAt { add(doneAt, action.doneBy ?? "", "done: " + firstLine(action.text)) }
        }
        for contingency in record.contingencies {
            add(contingency.at, contingency.author, "if \(firstLine(contingency.condition)), then \(firstLine(contingency.action))")
        }
        for exam in record.exams { add(exam.at, exam.examinedBy, "ISNCSCI exam (\(exam.id))") }
        for ack in record.acknowledgements { add(ack.at, ack.by, "alert \(ack.alertKey) acknowledged (\(ack.reason))") }
        for task in record.criticalTasks {
            add(task.receivedAt, task.receivedBy, "critical value \(task.labID) received from \(task.reportedBy)")
            if let at = task.notifiedAt { add(at, task.notifiedBy ?? "", "critical value \(task.labID): \(task.doctorNotified ?? "doctor") notified") }
            if let at = task.actionAt { add(at, task.actionBy ?? "", "critical value \(task.labID) closed: \(task.action ?? "")") }
        }
        for allergy in record.allergies { add(allergy.recordedAt, allergy.recordedBy, "allergy: \(allergy.summary)") }
        for entry in record.codeStatus ?? [] { add(entry.at, entry.by, "code status \(entry.status.label)") }
        for device in record.deviceList {
            add(device.recordedAt, device.recordedBy, "\(device.kind.label) recorded (\(device.site))")
            if let removedAt = device.removedAt {
                add(removedAt, device.removedBy ?? "", "\(device.kind.label) out (\(device.site))" + (device.removalReason.map { ": \($0)" } ?? ""))
            }
        }
        for contact in record.contactList { add(contact.recordedAt, contact.recordedBy, "contact: \(contact.summary)") }
        // Bed, severity, summary and other header edits keep no record: the time of their journal entry.
        for change in record.headerChangeList { add(change.at, change.by, change.summary) }
        for handover in record.handovers ?? [] { add(handover.at, handover.by, "handoff acknowledged: \(handover.summary)") }
        return events.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
    }

    /// The first line of a text, cut at 120 characters (an event is a reminder, not the record).
    static func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 120 ? String(line.prefix(119)) + "…" : line
    }
}
