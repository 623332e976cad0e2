import Foundation

extension FHIRExport {
    /// A consult: the ServiceRequest asking the service, and the Task that tracks its workflow.
    func consultResources(_ consult: Consult, of record: PatientRecord) -> [Exported] {
        let request: JSONValue = .fields([
            "resourceType": "ServiceRequest",
            "id": .string(consult.id),
            "status": .string(Self.requestStatus(consult.status)),
            "intent": "order",
            "category": .array([Self.serviceCategory(consult.service)]),
            "priority": .string(Self.priority(consult.urgency)),
            "code": Self.coding("http://snomed.info/sct", "11429006", display: "Consultation", text: "\(consult.service.label) consult"),
            "subject": Self.subject(record),
            "authoredOn": .string(Self.dateTime(consult.requestedAt)),
            "requester": Self.person(consult.requestedBy),
            "reasonCode": .array([Self.text(consult.question)]),
            "note": .array(consult.recommendations.map { recommendation in
                .fields(["authorString": .string(Sanitizer.line(recommendation.by)), "time": .string(Self.dateTime(recommendation.at)),
                         "text": .string(Sanitizer.multiline(recommendation.text))])
            }),
        ])
        let lastChange = consult.history.last
        let task: JSONValue = .fields([
            "resourceType": "Task",
            "id": .string("\(consult.id)-task"),
            "status": .string(Self.taskStatus(consult.status)),
            // FHIR's task status has one value (in-progress) for seen and follow-up; the board's own status says which.
            "businessStatus": Self.coding(Self.system("consult-status"), consult.status.rawValue, display: consult.status.label),
            "intent": "order",
            "priority": .string(Self.priority(consult.urgency)),
            "description": .string(Sanitizer.line("\(consult.service.label) consult: \(consult.question)")),
            "focus": Self.reference("ServiceRequest", consult.id),
            "for": Self.subject(record),
            "authoredOn": .string(Self.dateTime(consult.requestedAt)),
            "lastModified": .string(Self.dateTime(lastChange?.at ?? consult.requestedAt)),
            "requester": Self.person(consult.requestedBy),
            "statusReason": (lastChange?.reason).map(Self.text),
        ])
        return [Exported(resource: request, author: consult.requestedBy, at: consult.requestedAt),
                Exported(resource: task, author: lastChange?.by ?? consult.requestedBy, at: lastChange?.at ?? consult.requestedAt,
                         moves: Self.moves(consult.history))]
    }

    /// FHIR's request status of a consult (http://hl7.org/fhir/R4/valueset-request-status.html).
    static func requestStatus(_ status: ConsultStatus) -> String {
        switch status {
        case .requested, .accepted, .seen, .followUp: "active"
        case .signedOff: "completed"
        case .cancelled: "revoked"
        }
    }

    /// FHIR's task status of a consult (http://hl7.org/fhir/R4/valueset-task-status.html).
    static func taskStatus(_ status: ConsultStatus) -> String {
        switch status {
        case .requested: "requested"
        case .accepted: "accepted"
        case .seen, .followUp: "in-progress"
        case .signedOff: "completed"
        case .cancelled: "cancelled"
        }
    }

    /// FHIR's request priority (routine | urgent | asap | stat).
    static func priority(_ urgency: Urgency) -> String {
        switch urgency {
        case .routine: "routine"
        case .urgent: "urgent"
        case .stat: "stat"
        }
    }
}
