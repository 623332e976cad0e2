import Foundation

extension FHIRExport {
    /// The patient, the stay, the problems and the allergies.
    func patientResources(_ record: PatientRecord, ward: String) -> [Exported] {
        let p = record.patient
        let id = Self.patientID(p.mrn)
        var all: [Exported] = []
        all.append(Exported(resource: .fields([
            "resourceType": "Patient",
            "id": .string(id),
            "identifier": .array([.fields(["system": .string(Self.system("mrn")), "value": .string(p.mrn)])]),
            "name": .array([Self.text(p.name)]),
            "gender": .string(p.sex == .female ? "female" : "male"),
        ]), author: nil, at: nil))
        // The board keeps age, not a birth date; FHIR's Patient has no age, so it is an Observation (LOINC 30525-0).
        all.append(Exported(resource: .fields([
            "resourceType": "Observation",
            "id": .string("age-\(id)".prefix(64).description),
            "status": "final",
            "code": Self.coding(FHIRCodes.loincSystem, "30525-0", display: "Age"),
            "subject": Self.subject(record),
            "effectiveDateTime": .string(Self.dateTime(p.admittedAt)),
            "valueQuantity": .fields(["value": .integer(p.age), "unit": "a", "system": .string(FHIRCodes.ucumSystem), "code": "a"]),
        ]), author: nil, at: nil))
        all.append(Exported(resource: .fields([
            "resourceType": "Encounter",
            "id": .string("stay-\(id)".prefix(64).description),
            // A patient who left (discharged or transferred to another board) has a finished stay.
            "status": .string(p.departure == nil ? "in-progress" : "finished"),
            "class": .fields(["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP", "display": "inpatient encounter"]),
            "subject": Self.subject(record),
            "period": .fields(["start": .string(Self.dateTime(p.admittedAt)), "end": p.departure.map { .string(Self.dateTime($0.at)) }]),
            "hospitalization": p.departure.map(Self.hospitalization),
            "reasonCode": .array([Self.text(p.diagnosis)]),
            // The injury time (`Patient.injuredAt`) has no element of its own in an Encounter: an extension.
            "extension": p.injuredAt.map { .array([.fields(["url": .string(Self.injuryTimeExtension), "valueDateTime": .string(Self.dateTime($0))])]) },
            "location": .array([.fields([
                "location": .fields(["display": .string(Sanitizer.line("\(ward), bed \(p.bed)"))]),
                "status": .string(p.departure == nil ? "active" : "completed"),
            ])]),
            // Who discharged or transferred the patient, and when: the Encounter's Provenance.
        ]), author: p.departure?.by, at: p.departure?.at))
        if let departure = p.departure, let summary = departure.summary { all.append(dischargeSummary(summary, departure, record)) }
        for (index, problem) in p.problems.enumerated() where !problem.trimmingCharacters(in: .whitespaces).isEmpty {
            all.append(Exported(resource: .fields([
                "resourceType": "Condition",
                "id": .string("problem-\(index + 1)-\(id)".prefix(64).description),
                "clinicalStatus": Self.coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
                "category": .array([Self.coding("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", display: "Problem List Item")]),
                "code": Self.text(problem),
                "subject": Self.subject(record),
            ]), author: nil, at: nil))
        }
        if let allergy = allergyIntolerance(record) { all.append(allergy) }
        return all
    }

    /// The discharge summary written at discharge: a DocumentReference of LOINC 18842-5 (Discharge summary) whose
    /// context is the stay's Encounter, by who discharged the patient, when they left.
    func dischargeSummary(_ summary: String, _ departure: PatientMovement, _ record: PatientRecord) -> Exported {
        let id = Self.patientID(record.mrn)
        return Exported(resource: .fields([
            "resourceType": "DocumentReference",
            "id": .string("discharge-\(id)".prefix(64).description),
            "status": "current",
            "docStatus": "final",
            "type": Self.coding(FHIRCodes.loincSystem, Self.dischargeSummaryLOINC, display: "Discharge summary"),
            "subject": Self.subject(record),
            "date": .string(Self.dateTime(departure.at)),
            "author": .array([Self.person(departure.by)]),
            "content": .array([.fields(["attachment": .fields([
                "contentType": "text/plain; charset=utf-8", "data": .string(Data(Sanitizer.multiline(summary).utf8).base64EncodedString()),
                "creation": .string(Self.dateTime(departure.at)),
            ])])]),
            "context": .fields(["encounter": .array([Self.reference("Encounter", "stay-\(id)".prefix(64).description)])]),
        ]), author: departure.by, at: departure.at)
    }

    /// LOINC 18842-5 "Discharge summary" (loinc.org), the document type FHIR's examples give a discharge summary.
    static let dischargeSummaryLOINC = "18842-5"

    /// The Encounter extension that carries the injury time.
    static let injuryTimeExtension = system("injury-time")

    /// How the patient left, as Encounter.hospitalization: the disposition (HL7's discharge-disposition code and the
    /// board's word as text) and, for a transfer to another board, that board's ward as the destination.
    static func hospitalization(_ departure: PatientMovement) -> JSONValue {
        let system = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
        if departure.kind == .transferredOut {
            return .fields([
                "dischargeDisposition": coding(system, "oth", display: "Other", text: transferredOutText),
                "destination": departure.otherBoard.map(person),
            ])
        }
        let destination = departure.destination ?? .other
        let code = dischargeDispositionCode(destination)
        return .fields(["dischargeDisposition": coding(system, code.code, display: code.display, text: destination.label)])
    }

    /// The disposition text of a transfer to another board (the import reads it back as one).
    static let transferredOutText = "transferred to another board"

    /// HL7's discharge-disposition code (http://terminology.hl7.org/CodeSystem/discharge-disposition) of a destination.
    static func dischargeDispositionCode(_ destination: DischargeDestination) -> (code: String, display: String) {
        switch destination {
        case .home: ("home", "Home")
        case .rehab: ("rehab", "Rehabilitation")
        case .deceased: ("exp", "Expired")
        case .otherWard, .other: ("oth", "Other")
        }
    }

    /// The allergies as the board holds them: free text, exported as one AllergyIntolerance whose substance is that
    /// text (unconfirmed: nobody coded it). An empty field is "not recorded" and exports nothing.
    func allergyIntolerance(_ record: PatientRecord) -> Exported? {
        let text = record.patient.allergies.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return Exported(resource: .fields([
            "resourceType": "AllergyIntolerance",
            "id": .string("allergies-\(Self.patientID(record.mrn))".prefix(64).description),
            "clinicalStatus": Self.coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"),
            "verificationStatus": Self.coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "unconfirmed"),
            "code": Self.text(text),
            "patient": Self.subject(record),
        ]), author: nil, at: nil)
    }
}
