import Foundation

extension FHIRExport {
    /// A medication order as a MedicationRequest (drug, dose, route and frequency as the prescriber wrote them);
    /// any other order as a ServiceRequest.
    func orderResource(_ order: Order, of record: PatientRecord) -> Exported {
        let common: [String: JSONValue?] = [
            "id": .string(order.id),
            "intent": "order",
            "subject": Self.subject(record),
            "authoredOn": .string(Self.dateTime(order.orderedAt)),
            "requester": Self.person(order.orderedBy),
            "note": .array([.fields(["text": .string(Sanitizer.multiline(order.text))])]),
            "statusReason": (order.history.last?.reason).map(Self.text),
        ]
        var resource: [String: JSONValue?]
        if let m = order.medication {
            resource = [
                "resourceType": "MedicationRequest",
                "status": .string(Self.medicationStatus(order.status)),
                "category": .array([Self.serviceCategory(order.service)]),
                "medicationCodeableConcept": Self.text(m.drug),
                "dosageInstruction": .array([.fields([
                    "text": .string(Sanitizer.line("\(m.dose) \(m.route) \(m.frequency)")),
                    "route": Self.text(m.route),
                    "timing": .fields(["code": Self.text(m.frequency)]),
                    "doseAndRate": .array([.fields(["doseQuantity": Self.doseQuantity(m.dose)])]),
                ])]),
            ]
        } else {
            var code = order.text
            if let i = order.imaging {
                code = "\(i.modality.label) \(i.region)" + (i.contrast == .none ? "" : " with \(i.contrast.rawValue) contrast")
            }
            resource = [
                "resourceType": "ServiceRequest",
                "status": .string(Self.serviceStatus(order.status)),
                "category": .array([Self.text(order.kind.rawValue), Self.serviceCategory(order.service)]),
                "code": Self.text(code),
            ]
        }
        resource.merge(common) { $1 }
        return Exported(resource: .fields(resource), author: order.orderedBy, at: order.orderedAt, moves: Self.moves(order.history))
    }

    /// A dose as a quantity when it is a plain number and unit ("40 mg"), else nil (the dosage text carries it).
    static func doseQuantity(_ dose: String) -> JSONValue? {
        let parts = dose.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let value = Double(parts[0]), value.isFinite, parts[0].allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        let unit = String(parts[1])
        let ucum: String? = ["mg": "mg", "g": "g", "mcg": "ug", "ug": "ug", "mL": "mL", "ml": "mL", "IU": "[iU]", "U": "[iU]", "units": "[iU]"][unit]
        return .fields(["value": .number(value), "unit": .string(unit), "system": ucum.map { _ in .string(FHIRCodes.ucumSystem) },
                        "code": ucum.map(JSONValue.string)])
    }

    /// http://hl7.org/fhir/R4/valueset-medicationrequest-status.html
    static func medicationStatus(_ status: OrderStatus) -> String {
        switch status {
        case .draft: "draft"
        case .active: "active"
        case .onHold: "on-hold"
        case .completed: "completed"
        case .discontinued: "stopped"
        case .enteredInError: "entered-in-error"
        }
    }

    /// http://hl7.org/fhir/R4/valueset-request-status.html
    static func serviceStatus(_ status: OrderStatus) -> String {
        switch status {
        case .draft: "draft"
        case .active: "active"
        case .onHold: "on-hold"
        case .completed: "completed"
        case .discontinued: "revoked"
        case .enteredInError: "entered-in-error"
        }
    }
}
