import Foundation

extension FHIRExport {
    /// A result (MRI, CT, EMG, CSF...) as a DiagnosticReport: the summary as its conclusion, the findings as its
    /// text, the order it answers as `basedOn`.
    func diagnosticReport(_ result: DiagnosticResult, of record: PatientRecord) -> Exported {
        let category: JSONValue = switch result.kind {
        case .mri, .ct, .xr: Self.coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", display: "Radiology")
        case .emg, .ncs: Self.text("neurophysiology")  // HL7 table 0074 has no neurophysiology section: no code is invented
        case .csf: Self.coding("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", display: "Laboratory")
        case .other: Self.text("other")
        }
        let where_ = [result.region, result.levels.map { "levels \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let title = result.kind.label + (where_.isEmpty ? "" : " \(where_)")
        let findings = Data(Sanitizer.multiline(result.findings).utf8).base64EncodedString()
        return Exported(resource: .fields([
            "resourceType": "DiagnosticReport",
            "id": .string(result.id),
            "status": .string(result.status.rawValue),
            "category": .array([category]),
            "code": Self.text(title),
            "subject": Self.subject(record),
            "effectiveDateTime": .string(Self.dateTime(result.reportedAt)),
            "issued": .string(Self.dateTime(result.reportedAt)),
            "performer": .array([Self.person(result.reportedBy)]),
            "basedOn": result.orderID.map { .array([Self.reference("ServiceRequest", $0)]) },
            "conclusion": .string(Sanitizer.multiline(result.summary)),
            "presentedForm": result.findings.isEmpty ? nil : .array([.fields([
                "contentType": "text/plain; charset=utf-8", "data": .string(findings), "title": .string(Sanitizer.line(title)),
            ])]),
        ]), author: result.reportedBy, at: result.reportedAt, moves: Self.moves(result.history))
    }
}
