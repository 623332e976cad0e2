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
            "status": .string(p.departure?.kind == .discharged ? "finished" : "in-progress"),
            "class": .fields(["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP", "display": "inpatient encounter"]),
            "subject": Self.subject(record),
            "period": .fields(["start": .string(Self.dateTime(p.admittedAt)),
                               "end": p.departure.flatMap { $0.kind == .discharged ? .string(Self.dateTime($0.at)) : nil }]),
            "hospitalization": p.departure?.destination.map { .fields(["dischargeDisposition": Self.text($0.label)]) },
            "reasonCode": .array([Self.text(p.diagnosis)]),
            "location": .array([.fields(["location": .fields(["display": .string(Sanitizer.line("\(ward), bed \(p.bed)"))])])]),
        ]), author: nil, at: nil))
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
