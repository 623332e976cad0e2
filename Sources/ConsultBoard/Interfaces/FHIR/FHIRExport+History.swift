import Foundation

/// Status histories in FHIR R4: a record's every status move (who, when, why), not only its current status.
///
/// R4 keeps the state transitions of a resource as versions of it, each described by a Provenance: the resource
/// carries `meta.versionId` (its number of moves), and each move is a Provenance whose target is that version
/// (`Task/C-7-task/_history/2`), `occurredDateTime` and `recorded` its time, the mover as `author` agent, the new
/// status as `activity` (under `urn:consult-board:status-change`, the board's own status words) and the reason as
/// `reason`. Where R4 gives the resource an element for exactly these links (Task and ServiceRequest
/// `relevantHistory`, MedicationRequest `eventHistory`: "Provenance records for past versions of this resource that
/// identify key state transitions") the resource lists them; DiagnosticReport, Condition and DocumentReference have
/// none, and their moves are found by target. A Task per move (`partOf`) was not chosen: it would make each move a
/// piece of work of its own, which another system would show as open or done work.
extension FHIRExport {
    /// One status move as exported: the board's status word and label, the mover, the time, the reason.
    struct Move: Sendable, Equatable {
        var status: String
        var label: String
        var by: String
        var at: Date
        var reason: String?
    }

    /// The moves of a status history, oldest first.
    static func moves<S: Lifecycle>(_ history: [StatusChange<S>]) -> [Move] {
        history.map { Move(status: $0.to.rawValue, label: $0.to.label, by: $0.by, at: $0.at, reason: $0.reason) }
    }

    /// The code system of the moves' `activity`.
    static let statusChangeSystem = system("status-change")

    /// The element of a resource type that lists the Provenance of its versions, where R4 has one.
    static func historyElement(of type: String) -> String? {
        switch type {
        case "Task", "ServiceRequest": "relevantHistory"
        case "MedicationRequest": "eventHistory"
        default: nil
        }
    }

    /// The id of the Provenance of version `version` of a resource.
    static func moveProvenanceID(_ type: String, _ id: String, version: Int) -> String {
        let suffix = "-v\(version)"
        return "prov-\(type)-\(id)".prefix(64 - suffix.count).description + suffix
    }

    /// `exported`'s resource with its version (`meta.versionId`) and the list of its moves' Provenance, and those
    /// Provenance resources; the resource unchanged and none when it has no history.
    func versioned(_ exported: Exported) -> (resource: JSONValue, moves: [JSONValue]) {
        guard !exported.moves.isEmpty, case var .object(resource) = exported.resource,
              let type = resource["resourceType"]?.string, let id = resource["id"]?.string else { return (exported.resource, []) }
        resource["meta"] = .fields(["versionId": .string(String(exported.moves.count))])
        var provenances: [JSONValue] = []
        var links: [JSONValue] = []
        for (index, move) in exported.moves.enumerated() {
            let version = index + 1
            let provenanceID = Self.moveProvenanceID(type, id, version: version)
            links.append(Self.reference("Provenance", provenanceID))
            provenances.append(.fields([
                "resourceType": "Provenance",
                "id": .string(provenanceID),
                "target": .array([.fields(["reference": .string("\(type)/\(id)/_history/\(version)")])]),
                "occurredDateTime": .string(Self.dateTime(move.at)),
                "recorded": .string(Self.dateTime(move.at)),
                "activity": Self.coding(Self.statusChangeSystem, move.status, display: move.label),
                "reason": move.reason.map { .array([Self.text($0)]) },
                "agent": .array([.fields([
                    "type": Self.coding("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "author", display: "Author"),
                    "who": Self.person(move.by),
                ])]),
            ]))
        }
        if let element = Self.historyElement(of: type) { resource[element] = .array(links) }
        return (.object(resource), provenances)
    }
}
