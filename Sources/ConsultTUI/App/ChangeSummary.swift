import ConsultBoard

/// One line saying what a journal entry did, for the live-change notice and the History tab:
/// "added a neurology progress note N-45", "moved O-7 to discontinued (bleeding risk)".
enum ChangeSummary {
    static func describe(_ entry: JournalEntry) -> String {
        let seq = entry.sequence
        switch entry.command {
        case let .createBoard(c): return "created the board '\(c.ward)'"
        case let .admitPatient(c): return "admitted \(c.patient.name) (\(c.patient.mrn)) to bed \(c.patient.bed)"
        case let .updatePatient(c):
            var parts: [String] = []
            if let s = c.severity { parts.append("severity \(s.rawValue)") }
            if let b = c.bed { parts.append("bed \(b)") }
            if c.diagnosis != nil { parts.append("diagnosis") }
            if c.summary != nil { parts.append("summary") }
            if c.allergies != nil { parts.append("allergies") }
            if c.weightKg != nil { parts.append("weight") }
            if c.problems != nil { parts.append("problems") }
            return "updated " + (parts.isEmpty ? "the patient" : parts.joined(separator: ", "))
        case let .addNote(c):
            return "added a \(c.service.label) \(c.type.rawValue) note \(RecordKind.note.id(forSequence: seq))"
        case let .addAddendum(c): return "added an addendum to \(c.noteID)"
        case let .markNoteInError(c): return "marked \(c.noteID) entered in error (\(c.reason))"
        case let .requestConsult(c):
            return "requested a \(c.urgency.rawValue) \(c.service.label) consult \(RecordKind.consult.id(forSequence: seq))"
        case let .setConsultStatus(c): return moved(c.consultID, c.status.rawValue, c.reason)
        case let .addRecommendation(c): return "recommended on \(c.consultID)"
        case let .addOrder(c): return "ordered \(c.kind.rawValue) \(RecordKind.order.id(forSequence: seq)): \(c.text)"
        case let .setOrderStatus(c): return moved(c.orderID, c.status.rawValue, c.reason)
        case let .addLab(c): return "entered \(c.test) \(c.value.formatted()) \(c.unit)"
        case let .addResult(c): return "reported \(c.kind.label) \(RecordKind.result.id(forSequence: seq)): \(c.summary)"
        case let .setResultStatus(c): return moved(c.resultID, c.status.rawValue, c.reason)
        case let .addComplication(c):
            return "recorded \(c.kind.label) complication \(RecordKind.complication.id(forSequence: seq)): \(c.summary)"
        case let .setComplicationStatus(c): return moved(c.complicationID, c.status.rawValue, c.reason)
        case let .addAction(c): return "added action \(RecordKind.action.id(forSequence: seq)): \(c.text)"
        case let .completeAction(c): return "marked \(c.actionID) done"
        case let .addContingency(c): return "added contingency: if \(c.condition) then \(c.action)"
        case .addExam: return "recorded ISNCSCI exam \(RecordKind.exam.id(forSequence: seq))"
        case let .acknowledgeAlert(c): return "acknowledged alert \(c.alertKey) (\(c.reason))"
        }
    }

    private static func moved(_ id: RecordID, _ status: String, _ reason: String?) -> String {
        "moved \(id) to \(status)" + (reason.map { " (\($0))" } ?? "")
    }
}
