import Foundation

/// The board as a FHIR R4 Bundle (type `collection`): pure functions from the board's records to FHIR resources.
///
/// Each record becomes the resource FHIR has for it (docs/interfaces.md has the whole mapping):
/// Patient and an Encounter for the stay; per consult a ServiceRequest and a Task for its workflow; per note a
/// DocumentReference (an addendum `appends` its note; a note entered in error has that status); per order a
/// MedicationRequest or ServiceRequest; per lab and vital an Observation with LOINC and UCUM codes; per result a
/// DiagnosticReport; per complication and problem a Condition; allergies as AllergyIntolerance; per I-PASS action a
/// Task; per ISNCSCI exam an Observation panel; per critical-value loop a Task; a Provenance per resource saying who
/// wrote it and when; and a Provenance per status move of a record (FHIRExport+History).
///
/// Resource ids are the board's record ids (`N-12`, `O-3`), so an export of the same board is the same bundle.
public struct FHIRExport: Sendable {
    /// The base the bundle's full URLs are made from (references inside the bundle are relative to it).
    public var baseURL: String
    /// When the bundle was made.
    public var now: Date

    public static let defaultBaseURL = "https://consult-board.invalid/fhir"

    public init(baseURL: String = FHIRExport.defaultBaseURL, now: Date) {
        self.baseURL = baseURL
        self.now = now
    }

    /// The Bundle of `records` (every patient of a board, or the ones asked for).
    public func bundle(of records: [PatientRecord], ward: String) -> JSONValue {
        var entries: [JSONValue] = []
        for record in records {
            for resource in resources(of: record, ward: ward) {
                let (versioned, moves) = versioned(resource)
                entries.append(entry(versioned))
                if let provenance = provenance(for: resource) { entries.append(entry(provenance)) }
                entries += moves.map(entry)
            }
        }
        return .fields([
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": .string(Self.dateTime(now)),
            "meta": .fields(["tag": .array([.fields(["system": .string(Self.system("ward")), "code": .string(Sanitizer.multiline(ward))])])]),
            "entry": .array(entries),
        ])
    }

    /// A resource and who recorded it when (for its Provenance).
    struct Exported {
        var resource: JSONValue
        var author: String?
        var at: Date?
        /// Its status history, oldest first (empty for a record without one): see FHIRExport+History.
        var moves: [Move] = []
    }

    /// Every resource of one patient's record.
    func resources(of record: PatientRecord, ward: String) -> [Exported] {
        var all: [Exported] = patientResources(record, ward: ward)
        all += record.consults.flatMap { consultResources($0, of: record) }
        all += record.notes.flatMap { noteResources($0, of: record) }
        all += record.orders.map { orderResource($0, of: record) }
        all += record.labs.map { labObservation($0, of: record) }
        all += record.results.map { diagnosticReport($0, of: record) }
        all += record.complications.map { complicationCondition($0, of: record) }
        all += record.actions.map { actionTask($0, of: record) }
        all += record.exams.map { examPanel($0, of: record) }
        all += record.criticalTasks.map { criticalValueTask($0, of: record) }
        return all
    }

    // MARK: - Shared pieces

    /// A Bundle entry with the resource's full URL.
    func entry(_ resource: JSONValue) -> JSONValue {
        let type = resource["resourceType"]?.string ?? ""
        let id = resource["id"]?.string ?? ""
        return .fields(["fullUrl": .string("\(baseURL)/\(type)/\(id)"), "resource": resource])
    }

    /// A reference to a resource of this bundle.
    static func reference(_ type: String, _ id: String, display: String? = nil) -> JSONValue {
        .fields(["reference": .string("\(type)/\(id)"), "display": display.map { .string(Sanitizer.multiline($0)) }])
    }

    /// A reference to the record's patient.
    static func subject(_ record: PatientRecord) -> JSONValue {
        reference("Patient", patientID(record.mrn), display: record.patient.name)
    }

    /// A person named by the board (an author, a signer) as FHIR's display-only reference.
    static func person(_ name: String) -> JSONValue { .fields(["display": .string(Sanitizer.multiline(name))]) }

    /// The FHIR id of a patient: the MRN where FHIR's id syntax ([A-Za-z0-9.-]{1,64}) allows it, else `mrn-` and
    /// the MRN's bytes in hex (an MRN may hold `_`, which FHIR ids may not).
    static func patientID(_ mrn: MRN) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.")
        if !mrn.isEmpty, mrn.count <= 64, mrn.allSatisfy(allowed.contains) { return mrn }
        return "mrn-" + mrn.utf8.map { String(format: "%02x", $0) }.joined()
    }

    /// A FHIR dateTime (UTC, whole seconds).
    static func dateTime(_ date: Date) -> String { BoardDate.format(date) }

    /// The board's own code systems (services, note types, ISNCSCI fields), under one URI.
    static func system(_ name: String) -> String { "urn:consult-board:\(name)" }

    /// A CodeableConcept with text only: what the board holds is words, and no code is invented for them.
    static func text(_ words: String) -> JSONValue { .fields(["text": .string(Sanitizer.multiline(words))]) }

    /// A CodeableConcept of one coding (and its text).
    static func coding(_ system: String, _ code: String, display: String? = nil, text: String? = nil) -> JSONValue {
        .fields([
            "coding": .array([.fields(["system": .string(system), "code": .string(code), "display": display.map(JSONValue.string)])]),
            "text": (text ?? display).map { .string(Sanitizer.multiline($0)) },
        ])
    }

    /// The service that asked (a consult's, an order's, a note's) as a category under the board's own code system.
    static func serviceCategory(_ service: Service) -> JSONValue {
        coding(system("service"), service.rawValue, display: service.label)
    }

    /// A Provenance for an exported resource: who recorded it and when.
    func provenance(for exported: Exported) -> JSONValue? {
        guard let author = exported.author, let at = exported.at,
              let type = exported.resource["resourceType"]?.string, let id = exported.resource["id"]?.string else { return nil }
        return .fields([
            "resourceType": "Provenance",
            "id": .string("prov-\(type)-\(id)".prefix(64).description),
            "target": .array([Self.reference(type, id)]),
            "recorded": .string(Self.dateTime(at)),
            "agent": .array([.fields([
                "type": Self.coding("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "author", display: "Author"),
                "who": Self.person(author),
            ])]),
        ])
    }
}
