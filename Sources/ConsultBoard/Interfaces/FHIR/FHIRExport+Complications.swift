import Foundation

extension FHIRExport {
    /// A complication (infection, DVT, renal...) as a Condition: its status, onset and resolution, its details
    /// (site, organism, antibiotic, anticoagulation...) as notes.
    func complicationCondition(_ complication: Complication, of record: PatientRecord) -> Exported {
        let clinical: String = switch complication.status {
        case .resolved: "resolved"
        default: "active"
        }
        let details = complication.details.labelled.map { "\($0.label): \($0.value)" }
        return Exported(resource: .fields([
            "resourceType": "Condition",
            "id": .string(complication.id),
            "clinicalStatus": Self.coding("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical),
            "category": .array([Self.coding("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis", display: "Encounter Diagnosis")]),
            "code": Self.text("\(complication.kind.label): \(complication.summary)"),
            "subject": Self.subject(record),
            "onsetDateTime": .string(Self.dateTime(complication.onset)),
            "abatementDateTime": complication.resolvedAt.map { .string(Self.dateTime($0)) },
            "recorder": Self.person(complication.recordedBy),
            "note": .array(details.map { .fields(["text": .string(Sanitizer.line($0))]) }),
        ]), author: complication.recordedBy, at: complication.onset, moves: Self.moves(complication.history))
    }

    /// An I-PASS action item as a Task (requested until done).
    func actionTask(_ action: ActionItem, of record: PatientRecord) -> Exported {
        Exported(resource: .fields([
            "resourceType": "Task",
            "id": .string(action.id),
            "status": .string(action.done ? "completed" : "requested"),
            "intent": "plan",
            "description": .string(Sanitizer.line(action.text)),
            "for": Self.subject(record),
            "authoredOn": .string(Self.dateTime(action.createdAt)),
            "lastModified": .string(Self.dateTime(action.doneAt ?? action.createdAt)),
            "requester": Self.person(action.createdBy),
            "owner": action.owner.map(Self.person),
            "restriction": action.due.map { .fields(["period": .fields(["end": .string(Self.dateTime($0))])]) },
        ]), author: action.createdBy, at: action.createdAt, moves: Self.moves(action))
    }

    /// An action's moves: opened by who created it, then done (FHIR's task statuses, as the Task has them).
    static func moves(_ action: ActionItem) -> [Move] {
        var moves = [Move(status: "requested", label: "requested", by: action.createdBy, at: action.createdAt)]
        if action.done {
            moves.append(Move(status: "completed", label: "done", by: action.doneBy ?? FHIRBundleReader.unknownAuthor, at: action.doneAt ?? action.createdAt))
        }
        return moves
    }
}
