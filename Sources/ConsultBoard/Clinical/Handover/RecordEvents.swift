import Foundation

/// One thing that happened to a patient's record, for the handoff's "events since the last handoff".
public struct RecordEvent: Sendable, Equatable {
    public var at: Date
    public var by: String
    /// What happened, its words chosen when shown; what people wrote is quoted as stored (sanitise before showing).
    public var words: ShownText
    /// `words` in English: "creatinine 250 umol/L", "C-3 accepted".
    public var text: String { words.english }

    public init(at: Date, by: String, words: ShownText) {
        self.at = at
        self.by = by
        self.words = words
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
        func add(_ at: Date, _ by: String, _ words: @autoclosure () -> ShownText) {
            if at > since, at <= now { events.append(RecordEvent(at: at, by: by, words: words())) }
        }
        func reason(_ text: String?) -> ShownText { text.map { .tr("change.reason", ["reason": "\($0)"]) } ?? "" }
        func moves<S>(_ id: RecordID, _ history: [StatusChange<S>]) {
            // A history's first entry (from nothing) is the record's creation, listed already.
            for change in history where change.from != nil {
                add(change.at, change.by, .tr("change.status", ["id": "\(id)", "to": change.to.rawValueText, "reason": reason(change.reason)]))
            }
        }
        for note in record.notes {
            // Words are spelled only for the events in the window (`add` takes them unevaluated): a stay has
            // thousands of notes and a handover lists a shift's.
            add(note.at, note.author, .tr("change.addNote", [
                "kind": .englishOr(note.kind, [note.service.shownText, note.type.shownText].joined("")),
                "text": "\(firstLine(note.text))",
            ]))
            for addendum in note.addenda {
                add(addendum.at, addendum.author, .tr("change.addAddendum", ["id": "\(note.id)", "text": "\(firstLine(addendum.text))"]))
            }
            if let mark = note.enteredInError { add(mark.at, mark.by, .tr("change.markNoteInError", ["id": "\(note.id)", "reason": "\(mark.reason)"])) }
        }
        for consult in record.consults {
            add(consult.requestedAt, consult.requestedBy, .tr("event.consultRequested", [
                "urgency": consult.urgency.rawValueText, "service": consult.service.labelText, "id": "\(consult.id)",
            ]))
            moves(consult.id, consult.history)
            for recommendation in consult.recommendations {
                add(recommendation.at, recommendation.by, .tr("event.recommends", ["service": consult.service.labelText, "text": "\(firstLine(recommendation.text))"]))
            }
        }
        for order in record.orders {
            add(order.orderedAt, order.orderedBy, .tr("event.order", [
                "kind": order.kind.rawValueText, "id": "\(order.id)", "headline": .englishOr(order.headline, order.headlineText),
            ]))
            moves(order.id, order.history)
            for dose in order.doses {
                add(dose.recordedAt, dose.by, .tr("change.recordDose", ["id": "\(order.id)", "outcome": dose.outcome.rawValueText, "reason": reason(dose.reason)]))
            }
        }
        for result in record.results {
            add(result.reportedAt, result.reportedBy, .tr("change.addResult", [
                "kind": result.kind.labelText, "status": result.status.rawValueText, "summary": "\(firstLine(result.summary))",
            ]))
            moves(result.id, result.history)
        }
        for lab in record.labs {
            add(lab.at, lab.enteredBy, .tr("event.lab", ["test": LabTestWords.text(lab.test), "value": "\(ClinicalNumber.plain(lab.value))", "unit": "\(lab.unit)"]))
        }
        for complication in record.complications {
            add(complication.onset, complication.recordedBy, .tr("change.addComplication", [
                "kind": complication.kind.labelText, "summary": "\(firstLine(complication.summary))",
            ]))
            moves(complication.id, complication.history)
        }
        for action in record.actions {
            add(action.createdAt, action.createdBy, .tr("event.todo", ["text": "\(firstLine(action.text))"]))
            if let doneAt = action.doneAt { add(doneAt, action.doneBy ?? "", .tr("event.done", ["text": "\(firstLine(action.text))"])) }
        }
        for contingency in record.contingencies {
            add(contingency.at, contingency.author, .tr("change.addContingency", [
                "condition": "\(firstLine(contingency.condition))", "action": "\(firstLine(contingency.action))",
            ]))
        }
        for exam in record.exams { add(exam.at, exam.examinedBy, .tr("event.exam", ["id": "\(exam.id)"])) }
        for ack in record.acknowledgements {
            add(ack.at, ack.by, .tr("change.acknowledgeAlert", ["key": "\(ack.alertKey)", "reason": "\(ack.reason)"]))
        }
        for task in record.criticalTasks {
            add(task.receivedAt, task.receivedBy, .tr("change.receiveCriticalValue", ["id": "\(task.labID)", "from": "\(task.reportedBy)", "readBack": ""]))
            if let at = task.notifiedAt {
                add(at, task.notifiedBy ?? "", .tr("change.notifyCriticalValue", [
                    "id": "\(task.labID)", "doctor": task.doctorNotified.map { .plain($0) } ?? .tr("event.doctor"),
                ]))
            }
            if let at = task.actionAt {
                add(at, task.actionBy ?? "", .tr("change.closeCriticalValue", ["id": "\(task.labID)", "action": "\(task.action ?? "")"]))
            }
        }
        for allergy in record.allergies { add(allergy.recordedAt, allergy.recordedBy, .tr("change.addAllergy", ["allergy": "\(allergy.summary)"])) }
        for entry in record.codeStatus ?? [] { add(entry.at, entry.by, .tr("change.setCodeStatus", ["status": entry.status.labelText, "note": ""])) }
        for device in record.deviceList {
            add(device.recordedAt, device.recordedBy, .tr("event.deviceRecorded", ["kind": device.kind.labelText, "site": "\(device.site)"]))
            if let removedAt = device.removedAt {
                add(removedAt, device.removedBy ?? "", .tr("event.deviceOut", [
                    "kind": device.kind.labelText, "site": "\(device.site)",
                    "reason": device.removalReason.map { .tr("change.colonText", ["text": "\($0)"]) } ?? "",
                ]))
            }
        }
        for contact in record.contactList { add(contact.recordedAt, contact.recordedBy, .tr("change.addContact", ["contact": contact.summaryText])) }
        // Bed, severity, summary and other header edits keep no record: the time of their journal entry.
        for change in record.headerChangeList { add(change.at, change.by, .plain(change.summary)) }
        for handover in record.handovers ?? [] { add(handover.at, handover.by, .tr("event.handover", ["summary": "\(handover.summary)"])) }
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
