import Foundation

/// Reading results and complications back: DiagnosticReports (MRI, CT, EMG, CSF...) and the Conditions that are
/// complications of the stay, by the export's mapping read backwards.
extension FHIRBundleReader {
    /// A report and the FHIR id of the order it answers (`basedOn`), linked once the orders have their board ids.
    static func result(_ resource: JSONValue, path: String, id: String, recordedBy: String?) throws(ImportError) -> (result: DiagnosticResult, basedOn: String?) {
        let statusText = resource["status"]?.string ?? ""
        guard let status = ResultStatus(rawValue: statusText) else {
            throw ImportError(path: "\(path).status", reason: "\"\(statusText)\" is not a report status the board knows (\(ResultStatus.validValues))")
        }
        guard let title = words(resource["code"]) else {
            throw ImportError(path: "\(path).code.text", reason: "what the report is of (\"MRI cervical spine\") is required")
        }
        // The export writes "<kind> <region>, levels <levels>"; another system's title is kept whole as the region.
        var kind = ResultKind.other
        var rest = title
        if let known = ResultKind.allCases.first(where: { title == $0.label || title.hasPrefix($0.label + " ") }) {
            kind = known
            rest = String(title.dropFirst(known.label.count)).trimmingCharacters(in: .whitespaces)
        }
        var region: String? = rest
        var levels: String?
        if rest.hasPrefix("levels ") {
            region = nil
            levels = String(rest.dropFirst("levels ".count))
        } else if let range = rest.range(of: ", levels ", options: .backwards) {
            region = String(rest[..<range.lowerBound])
            levels = String(rest[range.upperBound...])
        }
        if region?.isEmpty == true { region = nil }
        guard let summary = resource["conclusion"]?.string, !summary.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ImportError(path: "\(path).conclusion", reason: "the report's impression (conclusion) is required")
        }
        var findings = ""
        if let form = resource["presentedForm"]?.array?.first {
            guard (form["contentType"]?.string ?? "").hasPrefix("text/plain"), let data = form["data"]?.string,
                  let bytes = Data(base64Encoded: data), let text = String(data: bytes, encoding: .utf8) else {
                throw ImportError(path: "\(path).presentedForm[0]", reason: "the findings are read as base64 UTF-8 text/plain; this form is not")
            }
            findings = text
        }
        guard let at = date(resource["effectiveDateTime"], path: path) ?? date(resource["issued"], path: path) else {
            throw ImportError(path: "\(path).effectiveDateTime", reason: "when it was reported is required (effectiveDateTime or issued)")
        }
        var basedOn: String?
        if let reference = resource["basedOn"]?.array?.first?["reference"]?.string {
            guard reference.hasPrefix("ServiceRequest/") else {
                throw ImportError(path: "\(path).basedOn[0].reference", reason: "a report answers an order of the bundle (ServiceRequest/<id>), not \(reference)")
            }
            basedOn = String(reference.dropFirst("ServiceRequest/".count))
        }
        let by = resource["performer"]?.array?.first?["display"]?.string ?? recordedBy ?? unknownAuthor
        let result = DiagnosticResult(id: id, kind: kind, summary: summary, findings: findings, region: region, levels: levels,
                                      status: status, reportedBy: by, reportedAt: at)
        return (result, basedOn)
    }

    /// A complication: "<kind>: <summary>" as the export writes it (another system's words are an "other"
    /// complication), active or resolved, onset and resolution, its details from the notes.
    static func complication(_ resource: JSONValue, path: String, id: String, recordedBy: String?) throws(ImportError) -> Complication {
        guard let text = words(resource["code"]) else {
            throw ImportError(path: "\(path).code.text", reason: "the complication's words are required")
        }
        var kind = ComplicationKind.other
        var summary = text
        if let known = ComplicationKind.allCases.first(where: { text.hasPrefix($0.label + ": ") }) {
            kind = known
            summary = String(text.dropFirst(known.label.count + 2))
        }
        let clinical = resource["clinicalStatus"]?["coding"]?.array?.first?["code"]?.string ?? ""
        guard clinical == "active" || clinical == "resolved" else {
            throw ImportError(path: "\(path).clinicalStatus", reason: "\"\(clinical)\" is not a complication status the board knows (active, resolved)")
        }
        guard let onset = date(resource["onsetDateTime"], path: path) else {
            throw ImportError(path: "\(path).onsetDateTime", reason: "the onset (a FHIR dateTime) is required")
        }
        var details = ComplicationDetails()
        var extra: [String] = []
        for note in resource["note"]?.array ?? [] {
            guard let line = note["text"]?.string else { continue }
            let fields: [(String, WritableKeyPath<ComplicationDetails, String?>)] = [
                ("site", \.site), ("organism", \.organism), ("antibiotic", \.antibiotic), ("confirmed by", \.confirmedBy),
                ("anticoagulation", \.anticoagulation), ("type", \.renalType),
            ]
            if let field = fields.first(where: { line.hasPrefix($0.0 + ": ") && details[keyPath: $0.1] == nil }) {
                details[keyPath: field.1] = String(line.dropFirst(field.0.count + 2))
            } else {
                extra.append(line)  // kept in the summary rather than dropped
            }
        }
        if !extra.isEmpty { summary = ([summary] + extra).joined(separator: "; ") }
        let by = resource["recorder"]?["display"]?.string ?? recordedBy ?? unknownAuthor
        var complication = Complication(id: id, kind: kind, summary: summary, details: details, onset: onset, recordedBy: by, recordedAt: onset)
        let resolved = date(resource["abatementDateTime"], path: path)
        if clinical == "active", resolved != nil {
            throw ImportError(path: "\(path).abatementDateTime", reason: "an active complication has no resolution time (FHIR's con-4 says the same)")
        }
        if clinical == "resolved" {
            complication.status = .resolved
            complication.resolvedAt = resolved ?? onset
            complication.history.append(StatusChange(from: .active, to: .resolved, by: by, at: resolved ?? onset))
        }
        return complication
    }
}
