import Foundation

/// Reading orders and consults back: MedicationRequest and ServiceRequest orders, consult ServiceRequests with the
/// Task that tracks each, and the Provenance that says who made a change. Each FHIR status is mapped by the same
/// table the export writes, read backwards; a status outside it is refused rather than guessed.
extension FHIRBundleReader {
    static let unknownAuthor = "unknown (FHIR import)"

    // MARK: - Provenance

    /// Who recorded the resources a Provenance targets, and when.
    mutating func readProvenance(_ resource: JSONValue?, path: String) throws(ImportError) {
        guard let resource else { throw ImportError(path: path, reason: "missing (required)") }
        let agents = resource["agent"]?.array ?? []
        let who = agents.first { agent in
            agent["type"]?["coding"]?.array?.contains { $0["code"]?.string == "author" } == true
        }?["who"]?["display"]?.string ?? agents.first?["who"]?["display"]?.string
        if let status = Self.statusChange(resource) {
            try readMove(resource, status: status, who: who, path: path)
            return
        }
        let at = Self.date(resource["recorded"], path: path)
        for (index, target) in (resource["target"]?.array ?? []).enumerated() {
            // A versioned reference (Task/C-1-task/_history/3) is about the same resource.
            let parts = (target["reference"]?.string ?? "").split(separator: "/").prefix(2)
            guard parts.count == 2 else {
                throw ImportError(path: "\(path).target[\(index)].reference", reason: "a reference to a resource of the bundle (Type/id) is required")
            }
            provenance["\(parts[0])/\(parts[1])"] = (who, at, "\(path).target[\(index)]")
        }
    }

    /// A Provenance about a resource the bundle does not hold has nothing to attach to.
    func checkProvenanceTargets() throws(ImportError) {
        for (target, value) in provenance.sorted(by: { $0.key < $1.key }) where !seen.contains(target) {
            throw ImportError(path: value.path, reason: "Provenance of \(target), which the bundle does not hold")
        }
        try checkMoveTargets()
    }

    /// The author a Provenance names for a resource, if any.
    func author(of type: String, _ id: String) -> String? { provenance["\(type)/\(id)"]?.who }

    // MARK: - Orders

    /// A ServiceRequest that asks another service for a consult (SNOMED CT 11429006 Consultation), not an order.
    static func isConsult(_ resource: JSONValue) -> Bool {
        resource["code"]?["coding"]?.array?.contains { $0["system"]?.string == "http://snomed.info/sct" && $0["code"]?.string == "11429006" } == true
    }

    /// The service named by a category under the board's code system, if any.
    static func service(_ resource: JSONValue) -> Service? {
        for concept in resource["category"]?.array ?? [] {
            for coding in concept["coding"]?.array ?? [] where coding["system"]?.string == FHIRExport.system("service") {
                if let service = coding["code"]?.string.flatMap(Service.init(rawValue:)) { return service }
            }
        }
        return nil
    }

    /// The words of a CodeableConcept: its text, else its first coding's display.
    static func words(_ concept: JSONValue?) -> String? {
        let text = concept?["text"]?.string ?? concept?["coding"]?.array?.first?["display"]?.string
        return text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    static func order(_ resource: JSONValue, path: String, id: String, recordedBy: String?) throws(ImportError) -> Order {
        let type = resource["resourceType"]?.string ?? ""
        let statusText = resource["status"]?.string ?? ""
        let isMedication = type == "MedicationRequest"
        let names: [(status: OrderStatus, fhir: String)] = OrderStatus.allCases.map { status in
            (status, isMedication ? FHIRExport.medicationStatus(status) : FHIRExport.serviceStatus(status))
        }
        guard let status = names.first(where: { $0.fhir == statusText })?.status else {
            let known = names.map(\.fhir).joined(separator: ", ")
            throw ImportError(path: "\(path).status", reason: "\"\(statusText)\" is not an order status the board knows (\(known))")
        }
        guard let at = date(resource["authoredOn"], path: path) else {
            throw ImportError(path: "\(path).authoredOn", reason: "when it was ordered is required (a FHIR dateTime)")
        }
        let by = resource["requester"]?["display"]?.string ?? recordedBy ?? unknownAuthor
        let service = Self.service(resource) ?? .ward
        let note = resource["note"]?.array?.first?["text"]?.string
        var order: Order
        if type == "MedicationRequest" {
            let medication = try Self.medication(resource, path: path)
            order = Order(id: id, service: service, kind: .medication, text: note ?? [medication.drug, medication.dose, medication.route, medication.frequency].joined(separator: " "), medication: medication,
                          orderedBy: by, orderedAt: at, status: status)
        } else {
            let kind = try orderKind(resource, path: path)
            guard let code = words(resource["code"]) else {
                throw ImportError(path: "\(path).code.text", reason: "what is ordered, in words, is required")
            }
            let imaging = kind == .imaging ? try Self.imaging(code, path: "\(path).code.text") : nil
            order = Order(id: id, service: service, kind: kind, text: note ?? code, imaging: imaging, orderedBy: by, orderedAt: at, status: status)
        }
        // FHIR holds the current status and the reason for it, not the moves before: the history is that status.
        order.history = [StatusChange(from: nil, to: status, by: by, at: at, reason: words(resource["statusReason"]))]
        return order
    }

    /// Drug, dose, route and frequency as the export writes them (`dosageInstruction[0]`).
    private static func medication(_ resource: JSONValue, path: String) throws(ImportError) -> MedicationDetails {
        guard let drug = words(resource["medicationCodeableConcept"]) else {
            throw ImportError(path: "\(path).medicationCodeableConcept", reason: "the drug, in words (text or a coding's display), is required; a medicationReference is not read")
        }
        let dosage = resource["dosageInstruction"]?.array?.first
        let dosagePath = "\(path).dosageInstruction[0]"
        guard let route = words(dosage?["route"]) else {
            throw ImportError(path: "\(dosagePath).route", reason: "the route (text or a coding's display) is required")
        }
        guard let frequency = words(dosage?["timing"]?["code"]) else {
            throw ImportError(path: "\(dosagePath).timing.code", reason: "the frequency in words (timing.code) is required; a structured timing.repeat is not read")
        }
        // The dose as written: the dosage text without its route and frequency, else the dose quantity.
        let text = dosage?["text"]?.string ?? ""
        let tail = " \(route) \(frequency)"
        var dose = text.hasSuffix(tail) ? String(text.dropLast(tail.count)) : ""
        if dose.trimmingCharacters(in: .whitespaces).isEmpty, let quantity = dosage?["doseAndRate"]?.array?.first?["doseQuantity"] {
            let value: String? = switch quantity["value"] {
            case let .integer(v)?: String(v)
            case let .number(v)?: ClinicalNumber.plain(v)
            default: nil
            }
            dose = [value, quantity["unit"]?.string].compactMap { $0 }.joined(separator: " ")
        }
        guard !dose.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ImportError(path: "\(dosagePath).doseAndRate[0].doseQuantity", reason: "the dose is required (a dose quantity, or the dosage text as dose, route and frequency)")
        }
        return MedicationDetails(drug: drug, dose: dose, route: route, frequency: frequency)
    }

    /// The order's kind: the export's category text, or the SNOMED CT categories of FHIR's example value set.
    private static func orderKind(_ resource: JSONValue, path: String) throws(ImportError) -> OrderKind {
        let snomed = ["363679005": OrderKind.imaging, "108252007": .lab, "387713003": .procedure]
        for concept in resource["category"]?.array ?? [] {
            if let kind = concept["text"]?.string.flatMap(OrderKind.init(rawValue:)), kind != .medication { return kind }
            for coding in concept["coding"]?.array ?? [] where coding["system"]?.string == "http://snomed.info/sct" {
                if let kind = coding["code"]?.string.flatMap({ snomed[$0] }) { return kind }
            }
        }
        throw ImportError(path: "\(path).category", reason: "not an order kind the board knows (imaging, lab, procedure, nursing; a drug is a MedicationRequest)")
    }

    /// "MRI cervical spine with gadolinium contrast" as the export writes an imaging order.
    private static func imaging(_ text: String, path: String) throws(ImportError) -> ImagingDetails {
        guard let modality = Modality.allCases.first(where: { text.hasPrefix($0.label + " ") }) else {
            throw ImportError(path: path, reason: "an imaging order starts with its modality (\(Modality.allCases.map(\.label).joined(separator: ", "))): \"\(text)\"")
        }
        var region = String(text.dropFirst(modality.label.count + 1))
        var contrast = Contrast.none
        for candidate in Contrast.allCases where candidate != .none && region.hasSuffix(" with \(candidate.rawValue) contrast") {
            contrast = candidate
            region = String(region.dropLast(" with \(candidate.rawValue) contrast".count))
        }
        return ImagingDetails(modality: modality, region: region, contrast: contrast)
    }

    // MARK: - Consults

    /// A consult from its ServiceRequest; its Task (if any) sets its workflow status later (`track`).
    static func consult(_ resource: JSONValue, path: String, id: String) throws(ImportError) -> Consult {
        let service: Service
        if let ours = Self.service(resource) {
            service = ours
        } else if let word = words(resource["category"]?.array?.first), let theirs = try? Service.parse(word, field: "service") {
            service = theirs
        } else {
            throw ImportError(path: "\(path).category", reason: "the consulted service is not one the board knows (\(Service.validValues))")
        }
        let urgency: Urgency
        switch resource["priority"]?.string ?? "routine" {
        case "routine": urgency = .routine
        case "urgent": urgency = .urgent
        case "stat": urgency = .stat
        case let other: throw ImportError(path: "\(path).priority", reason: "\"\(other)\" is not an urgency the board knows (routine, urgent, stat)")
        }
        guard let question = words(resource["reasonCode"]?.array?.first) else {
            throw ImportError(path: "\(path).reasonCode[0].text", reason: "the consult's question is required")
        }
        guard let at = date(resource["authoredOn"], path: path) else {
            throw ImportError(path: "\(path).authoredOn", reason: "when the consult was requested is required (a FHIR dateTime)")
        }
        var consult = Consult(id: id, service: service, question: question, urgency: urgency,
                              requestedBy: resource["requester"]?["display"]?.string ?? unknownAuthor, requestedAt: at)
        for (index, note) in (resource["note"]?.array ?? []).enumerated() {
            guard let text = note["text"]?.string, let time = date(note["time"], path: path) else {
                throw ImportError(path: "\(path).note[\(index)]", reason: "a recommendation needs its text and time")
            }
            consult.recommendations.append(Recommendation(text: text, by: note["authorString"]?.string ?? unknownAuthor, at: time))
        }
        // Without a Task, the request's own status is all there is.
        switch resource["status"]?.string {
        case "active": break
        case "completed": consult.move(to: .signedOff, by: consult.requestedBy, at: at, reason: nil)
        case "revoked": consult.move(to: .cancelled, by: consult.requestedBy, at: at, reason: words(resource["statusReason"]))
        case let other:
            throw ImportError(path: "\(path).status", reason: "\(other.map { "\"\($0)\"" } ?? "no status") is not a consult status the board knows (active, completed, revoked)")
        }
        return consult
    }

    /// A consult's workflow from its Task: the status (the board's own from `businessStatus`, else FHIR's task
    /// status), and the last move's time, reason and author (the Task's Provenance).
    static func track(_ consult: inout Consult, task: JSONValue, path: String, by author: String?) throws(ImportError) {
        let statusText = task["status"]?.string ?? ""
        let business = task["businessStatus"]?["coding"]?.array?.first { $0["system"]?.string == FHIRExport.system("consult-status") }?["code"]?.string
        let status: ConsultStatus
        if let business, let ours = ConsultStatus(rawValue: business), FHIRExport.taskStatus(ours) == statusText {
            status = ours
        } else if let theirs = ConsultStatus.allCases.first(where: { FHIRExport.taskStatus($0) == statusText }) {
            status = theirs  // in-progress reads as seen: FHIR does not say whether it is a follow-up
        } else {
            throw ImportError(path: "\(path).status", reason: "\"\(statusText)\" is not a consult status the board knows (requested, accepted, in-progress, completed, cancelled)")
        }
        let requestStatus = FHIRExport.requestStatus(status)
        let current = FHIRExport.requestStatus(consult.status)
        guard requestStatus == current else {
            throw ImportError(path: "\(path).status", reason: "\"\(statusText)\" does not agree with its ServiceRequest's status (\"\(current)\")")
        }
        consult.history = Array(consult.history.prefix(1))
        consult.status = .requested
        guard status != .requested else { return }
        let at = date(task["lastModified"], path: path) ?? consult.requestedAt
        consult.move(to: status, by: author ?? unknownAuthor, at: at, reason: words(task["statusReason"]))
    }

    /// A consult's workflow from its Task (`track`), and its whole status history where the bundle has it.
    func trackWithHistory(_ consult: inout Consult, task: JSONValue, path: String) throws(ImportError) {
        let taskID = task["id"]?.string ?? ""
        try Self.track(&consult, task: task, path: path, by: author(of: "Task", taskID))
        if let history = try history(of: "Task", taskID, resource: task, path: path, current: consult.status, first: [.requested]) {
            consult.history = history
        }
    }

    /// Orders and consults of one patient, given their board ids (`id`), with each report's order linked.
    func readRequests(_ part: Part, into record: inout PatientRecord, id: (String, RecordKind) -> String) throws(ImportError) {
        var orderIDs: [String: String] = [:]
        record.orders = part.orders.map { entry in
            var order = entry.order
            let new = id(order.id, .order)
            orderIDs[order.id] = new
            order.id = new
            return order
        }
        var consultIDs = Set<String>()
        for entry in part.consults {
            var consult = entry.consult
            consultIDs.insert(entry.id)
            if let task = part.consultTasks[entry.id] {
                try trackWithHistory(&consult, task: task.task, path: task.path)
            }
            consult.id = id(consult.id, .consult)
            record.consults.append(consult)
        }
        for (focus, task) in part.consultTasks.sorted(by: { $0.key < $1.key }) where !consultIDs.contains(focus) {
            throw ImportError(path: "\(task.path).focus", reason: "ServiceRequest/\(focus) is not a consult of this patient in the bundle")
        }
        for entry in part.results {
            var result = entry.result
            if let basedOn = entry.basedOn {
                guard let order = orderIDs[basedOn] else {
                    throw ImportError(path: "\(entry.path).basedOn[0]", reason: "ServiceRequest/\(basedOn) is not an order of this patient in the bundle")
                }
                result.orderID = order
            }
            result.id = id(result.id, .result)
            record.results.append(result)
        }
    }
}

extension Consult {
    /// One status move as the board records it (the import rebuilds the last move FHIR carries).
    mutating func move(to status: ConsultStatus, by: String, at: Date, reason: String?) {
        let predecessor: ConsultStatus = switch status {
        case .requested, .accepted, .cancelled: .requested
        case .seen: .accepted
        case .followUp, .signedOff: .seen
        }
        history.append(StatusChange(from: self.status == .requested ? predecessor : self.status, to: status, by: by, at: at, reason: reason))
        self.status = status
    }
}
