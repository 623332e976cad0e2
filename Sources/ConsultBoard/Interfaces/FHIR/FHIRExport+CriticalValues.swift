import Foundation

/// A critical-value loop as a Task: the laboratory's call about a lab value (received and read back), the doctor
/// told, the action that closed it. FHIR R4 has no resource of its own for a critical-result notification; the
/// Task is the workflow resource, with the Observation as its `focus`, and each step is a status move (see
/// FHIRExport+History): `received` by who took the call, `notified` by who told the doctor, `closed` by who acted.
extension FHIRExport {
    /// The code that tells a critical-value Task from the board's other Tasks (consults' and I-PASS actions').
    static let criticalValueCode = "critical-value"

    func criticalValueTask(_ task: CriticalValueTask, of record: PatientRecord) -> Exported {
        let moves = Self.moves(task)
        let status = Self.criticalTaskStatuses[moves.count - 1]
        return Exported(resource: .fields([
            "resourceType": "Task",
            "id": .string("critical-\(task.labID)"),
            "status": .string(status),
            "intent": "order",
            "priority": "stat",
            "code": Self.coding(Self.system("task"), Self.criticalValueCode, display: "Critical value notification"),
            "description": .string(Sanitizer.line("critical value reported by \(task.reportedBy), read back")),
            "focus": Self.reference("Observation", task.labID),
            "for": Self.subject(record),
            "authoredOn": .string(Self.dateTime(task.receivedAt)),
            "lastModified": .string(Self.dateTime(moves.last?.at ?? task.receivedAt)),
            "requester": Self.person(task.reportedBy),
            "owner": task.doctorNotified.map(Self.person),
            "output": task.action.map { action in .array([.fields([
                "type": Self.text("action taken"), "valueString": .string(Sanitizer.multiline(action)),
            ])]) },
        ]), author: task.receivedBy, at: task.receivedAt, moves: moves)
    }

    /// The Task status after each step: received, doctor notified, closed.
    static let criticalTaskStatuses = ["requested", "in-progress", "completed"]

    /// A loop's steps: received (who took the call), notified (who told the doctor), closed (who acted).
    static func moves(_ task: CriticalValueTask) -> [Move] {
        var moves = [Move(status: "received", label: "received", by: task.receivedBy, at: task.receivedAt)]
        if let at = task.notifiedAt {
            moves.append(Move(status: "notified", label: "doctor notified", by: task.notifiedBy ?? FHIRBundleReader.unknownAuthor, at: at))
            if let closed = task.actionAt {
                moves.append(Move(status: "closed", label: "closed", by: task.actionBy ?? FHIRBundleReader.unknownAuthor, at: closed))
            }
        }
        return moves
    }
}
