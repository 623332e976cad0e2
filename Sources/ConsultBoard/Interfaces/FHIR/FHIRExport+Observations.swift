import Foundation

extension FHIRExport {
    /// A lab value or vital sign as an Observation: LOINC code and UCUM unit where the test is known (FHIRCodes),
    /// its name as text always.
    func labObservation(_ lab: LabValue, of record: PatientRecord) -> Exported {
        let known = FHIRCodes.tests[lab.test]
        let loinc = known?.loinc[lab.unit]
        let code: JSONValue = loinc.map { Self.coding(FHIRCodes.loincSystem, $0.code, display: $0.display, text: lab.test) } ?? Self.text(lab.test)
        let category = known?.isVitalSign == true ? ("vital-signs", "Vital Signs") : ("laboratory", "Laboratory")
        let ucum = FHIRCodes.ucum(lab.unit)
        return Exported(resource: .fields([
            "resourceType": "Observation",
            "id": .string(lab.id),
            "status": "final",
            "category": .array([Self.coding("http://terminology.hl7.org/CodeSystem/observation-category", category.0, display: category.1)]),
            "code": code,
            "subject": Self.subject(record),
            // A value collected over hours (a urine output: 300 mL over 6 h) has the period it covers, ending at its time.
            "effectiveDateTime": lab.periodHours == nil ? .string(Self.dateTime(lab.at)) : nil,
            "effectivePeriod": lab.periodHours.map { hours in .fields([
                "start": .string(Self.dateTime(lab.at.addingTimeInterval(-hours * 3600))), "end": .string(Self.dateTime(lab.at)),
            ]) },
            "issued": .string(Self.dateTime(lab.at)),
            "performer": .array([Self.person(lab.enteredBy)]),
            "valueQuantity": .fields([
                "value": .number(lab.value), "unit": .string(lab.unit),
                "system": ucum.map { _ in .string(FHIRCodes.ucumSystem) }, "code": ucum.map(JSONValue.string),
            ]),
        ]), author: lab.enteredBy, at: lab.at)
    }

    /// An ISNCSCI examination as an Observation panel: each worksheet value a component under the board's own code
    /// system (ISNCSCI has no LOINC panel that holds every field), then the 2019 classification computed from it.
    func examPanel(_ exam: ExamRecord, of record: PatientRecord) -> Exported {
        var components: [JSONValue] = exam.values.keys.sorted().compactMap { key in
            guard let value = exam.values[key] else { return nil }
            return .fields(["code": Self.coding(Self.system("isncsci"), key), "valueString": .string(Sanitizer.line(value))])
        }
        if let classification = try? ISNCSCI.classify(exam.values) {
            for key in classification.totals.keys.sorted() {
                guard let value = classification.totals[key], !value.isEmpty else { continue }
                components.append(.fields([
                    "code": Self.coding(Self.system("isncsci-classification"), key), "valueString": .string(value),
                ]))
            }
        }
        return Exported(resource: .fields([
            "resourceType": "Observation",
            "id": .string(exam.id),
            "status": "final",
            "category": .array([Self.coding("http://terminology.hl7.org/CodeSystem/observation-category", "exam", display: "Exam")]),
            "code": Self.coding(Self.system("isncsci"), "exam", display: "International Standards for Neurological Classification of Spinal Cord Injury (ISNCSCI 2019) examination"),
            "subject": Self.subject(record),
            "effectiveDateTime": .string(Self.dateTime(exam.at)),
            "performer": .array([Self.person(exam.examinedBy)]),
            "component": .array(components),
        ]), author: exam.examinedBy, at: exam.at)
    }
}
