import Foundation

/// Reads a FHIR R4 Bundle (from this product's export or another system) back into the board's records: pure,
/// like the export, and refusing what it cannot represent with the FHIR path of the problem
/// (`Bundle.entry[3].resource.valueQuantity.unit: ...`).
///
/// What is read (docs/interfaces.md): Patient (MRN, name, gender), the age Observation (LOINC 30525-0) or
/// Patient.birthDate, the stay's Encounter (admission time, diagnosis, bed), problem-list Conditions, the
/// AllergyIntolerance text, lab and vital Observations (LOINC and UCUM, or the test's name and the board's unit),
/// ISNCSCI exam Observations, DocumentReferences (notes, their addenda, entered in error), I-PASS action Tasks
/// (intent `plan`), orders (MedicationRequest, ServiceRequest), consults (ServiceRequest with SNOMED CT 11429006 and
/// the Task that tracks it), DiagnosticReports (with the ImagingStudy resources they reference), complication
/// Conditions (`encounter-diagnosis`) and Provenance (who made a change, where the resource itself does not say).
/// Anything else is refused: dropping it silently would lose part of the record.
public struct FHIRImport: Sendable {
    public let bundle: JSONValue

    public init(bundle: JSONValue) { self.bundle = bundle }

    /// Parses `data` as a Bundle.
    public static func read(_ data: Data) throws(ImportError) -> FHIRImport {
        let value: JSONValue
        do { value = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw ImportError(path: "Bundle", reason: "not JSON: \(error.localizedDescription)")
        }
        guard value["resourceType"]?.string == "Bundle" else {
            throw ImportError(path: "Bundle.resourceType", reason: "expected \"Bundle\", found \(value["resourceType"]?.string.map { "\"\($0)\"" } ?? "none")")
        }
        return FHIRImport(bundle: value)
    }

    /// The ward the bundle names (this product's export tags it), if any.
    public var ward: String? {
        bundle["meta"]?["tag"]?.array?.first { $0["system"]?.string == FHIRExport.system("ward") }?["code"]?.string
    }

    // MARK: - A new board

    /// The patients of the bundle as whole records for a new board, and the revision the board must start at (every
    /// kept id is numbered no later). Ids of this product's export (`N-12`) are kept; others are numbered after them.
    public func records() throws(ImportError) -> (patients: [PatientRecord], revision: Int) {
        try reader().finish()
    }

    /// Every resource of the bundle read, by patient, with the bundle's own ids (not yet given board ids).
    func reader() throws(ImportError) -> FHIRBundleReader {
        var reader = FHIRBundleReader()
        let entries = bundle["entry"]?.array ?? []
        // Provenance first: it may name who wrote a resource that comes before it in the bundle.
        for (index, entry) in entries.enumerated() where entry["resource"]?["resourceType"]?.string == "Provenance" {
            try reader.readProvenance(entry["resource"], path: "Bundle.entry[\(index)].resource")
        }
        for (index, entry) in entries.enumerated() {
            try reader.read(entry["resource"], path: "Bundle.entry[\(index)].resource")
            if let type = entry["resource"]?["resourceType"]?.string, let id = entry["resource"]?["id"]?.string {
                reader.fullURLs["\(type)/\(id)"] = entry["fullUrl"]?.string
            }
        }
        try reader.checkProvenanceTargets()
        try reader.checkImagingStudies()
        return reader
    }
}

extension FHIRBundleReader.Part {
    /// How the stay ended, with its discharge summary; a summary of a stay that has not ended is refused.
    func departureWithSummary() throws(ImportError) -> PatientMovement? {
        guard let summary = dischargeSummary else { return departure }
        guard var departure, departure.kind == .discharged else {
            throw ImportError(path: summary.path, reason: "a discharge summary (LOINC 18842-5) of a stay that did not end in a discharge (the Encounter is not finished with a discharge disposition)")
        }
        departure.summary = summary.text
        return departure
    }
}

/// One pass over a bundle's resources, collecting each patient's parts.
struct FHIRBundleReader {
    struct Part {
        var mrn: MRN?
        var name: String?
        var sex: Sex?
        var age: Int?
        var birthDate: Date?
        var admittedAt: Date?
        var injuredAt: Date?
        var departure: PatientMovement?
        /// The discharge summary (a DocumentReference of LOINC 18842-5) and where it is.
        var dischargeSummary: (text: String, path: String)?
        /// Where the stay's Encounter is in the bundle.
        var encounterPath: String?
        /// Each AllergyIntolerance's words, with where it is.
        var allergyTexts: [(text: String, path: String)] = []
        var diagnosis: String?
        var bed: String?
        var problems: [(String, String)] = []  // (resource id, words), in id order
        var allergies = ""
        var labs: [LabValue] = []
        var exams: [ExamRecord] = []
        var notes: [Note] = []
        var addenda: [(note: String, addendum: Addendum, path: String)] = []
        var actions: [ActionItem] = []
        var orders: [(order: Order, path: String)] = []
        /// Consult ServiceRequests by their FHIR id, in bundle order.
        var consults: [(id: String, consult: Consult, path: String)] = []
        /// The Tasks that track consults, by the id of the ServiceRequest they focus on.
        var consultTasks: [String: (task: JSONValue, path: String)] = [:]
        /// Reports with the FHIR id of the order they answer.
        var results: [(result: DiagnosticResult, basedOn: String?, path: String)] = []
        var complications: [Complication] = []
    }

    /// Who recorded a resource and when, from its Provenance, by "Type/id".
    var provenance: [String: (who: String?, at: Date?, path: String)] = [:]
    /// Every resource of the bundle, by "Type/id" (what a Provenance or a report may refer to).
    var seen: Set<String> = []
    /// Where each resource is in the bundle (`Bundle.entry[3].resource`), and its entry's `fullUrl`, by "Type/id".
    var paths: [String: String] = [:]
    var fullURLs: [String: String] = [:]
    /// ImagingStudy resources of the bundle (by id, with their path) and the ones a report refers to.
    var imagingStudies: [String: String] = [:]
    var referencedStudies: Set<String> = []

    var patients: [String: Part] = [:]  // by FHIR Patient id
    var order: [String] = []

    static let consultBoardMRN = FHIRExport.system("mrn")

    mutating func read(_ resource: JSONValue?, path: String) throws(ImportError) {
        guard let resource else { throw ImportError(path: path, reason: "missing (required)") }
        let type = resource["resourceType"]?.string ?? ""
        let id = resource["id"]?.string ?? ""
        seen.insert("\(type)/\(id)")
        if paths["\(type)/\(id)"] == nil { paths["\(type)/\(id)"] = path }
        switch type {
        case "Provenance":
            return  // read first (readProvenance)
        case "MedicationRequest", "ServiceRequest":
            let patient = try subject(resource, path: path)
            if type == "ServiceRequest", Self.isConsult(resource) {
                patients[patient, default: Part()].consults.append((id, try Self.consult(resource, path: path, id: id), path))
            } else {
                let order = try Self.order(resource, path: path, id: id, recordedBy: author(of: type, id))
                patients[patient, default: Part()].orders.append((order, path))
            }
        case "DiagnosticReport":
            let patient = try subject(resource, path: path)
            for (index, study) in (resource["imagingStudy"]?.array ?? []).enumerated() {
                guard let reference = study["reference"]?.string, reference.hasPrefix("ImagingStudy/") else {
                    throw ImportError(path: "\(path).imagingStudy[\(index)].reference", reason: "a reference to an ImagingStudy of the bundle (ImagingStudy/<id>) is required")
                }
                referencedStudies.insert(String(reference.dropFirst("ImagingStudy/".count)))
            }
            let report = try Self.result(resource, path: path, id: id, recordedBy: author(of: type, id))
            patients[patient, default: Part()].results.append((report.result, report.basedOn, path))
        case "ImagingStudy":
            _ = try subject(resource, path: path)
            imagingStudies[id] = path
        case "Patient":
            guard !id.isEmpty else { throw ImportError(path: "\(path).id", reason: "missing (required: references name the patient by it)") }
            var part = patients[id] ?? Part()
            part.mrn = try Self.mrn(resource, path: path)
            let name = resource["name"]?.array?.first
            let text = name?["text"]?.string ?? [name?["family"]?.string, name?["given"]?.array?.first?.string].compactMap { $0 }.joined(separator: " ")
            guard !text.isEmpty else { throw ImportError(path: "\(path).name", reason: "no name (name[0].text or family and given)") }
            part.name = text
            switch resource["gender"]?.string {
            case "female": part.sex = .female
            case "male": part.sex = .male
            case let other:
                throw ImportError(path: "\(path).gender", reason: "gender \(other.map { "\"\($0)\"" } ?? "missing"): the board records female or male (it feeds eGFR and CrCl)")
            }
            if let birth = resource["birthDate"]?.string { part.birthDate = BoardDate.parse(birth + "T00:00:00Z") }
            patients[id] = part
            if !order.contains(id) { order.append(id) }
        case "Observation":
            let patient = try subject(resource, path: path)
            if Self.isAge(resource) {
                guard case let .integer(age)? = resource["valueQuantity"]?["value"], (0...130).contains(age) else {
                    throw ImportError(path: "\(path).valueQuantity.value", reason: "an age in whole years from 0 to 130")
                }
                patients[patient, default: Part()].age = age
            } else if resource["code"]?["coding"]?.array?.contains(where: { $0["system"]?.string == FHIRExport.system("isncsci") }) == true {
                patients[patient, default: Part()].exams.append(try Self.exam(resource, path: path, id: id, recordedBy: author(of: type, id)))
            } else {
                patients[patient, default: Part()].labs.append(try Self.lab(resource, path: path, id: id, recordedBy: author(of: type, id)))
            }
        case "Encounter":
            let patient = try subject(resource, path: path)
            guard let start = resource["period"]?["start"]?.string, let at = BoardDate.parse(start) else {
                throw ImportError(path: "\(path).period.start", reason: "the admission time (a FHIR dateTime) is required")
            }
            patients[patient, default: Part()].admittedAt = at
            patients[patient, default: Part()].encounterPath = path
            let injury = resource["extension"]?.array?.first { $0["url"]?.string == FHIRExport.injuryTimeExtension }
            if let text = injury?["valueDateTime"]?.string {
                guard let injured = BoardDate.parse(text) else {
                    throw ImportError(path: "\(path).extension", reason: "the injury time (a FHIR dateTime) cannot be read: \(Sanitizer.line(text))")
                }
                patients[patient, default: Part()].injuredAt = injured
            }
            patients[patient, default: Part()].diagnosis = resource["reasonCode"]?.array?.first?["text"]?.string
            let location = resource["location"]?.array?.first?["location"]?["display"]?.string ?? ""
            // This product writes "ward, bed 3-12"; another system's display is taken whole as the bed.
            let bed = location.range(of: ", bed ", options: .backwards).map { String(location[$0.upperBound...]) } ?? location
            patients[patient, default: Part()].bed = bed.isEmpty ? nil : bed
            var departure = try Self.departure(resource, path: path, bed: bed)
            // Who discharged or transferred the patient: the Encounter's Provenance (the export writes one).
            if let by = author(of: type, id) { departure?.by = by }
            patients[patient, default: Part()].departure = departure
        case "Condition":
            let patient = try subject(resource, path: path)
            let categories = resource["category"]?.array?.flatMap { $0["coding"]?.array ?? [] }.compactMap { $0["code"]?.string } ?? []
            if categories.contains("encounter-diagnosis") {
                patients[patient, default: Part()].complications.append(try Self.complication(resource, path: path, id: id, recordedBy: author(of: type, id)))
                break
            }
            guard categories.contains("problem-list-item") else {
                throw ImportError(path: "\(path).category", reason: "a Condition is read as a problem (problem-list-item) or a complication of the stay (encounter-diagnosis); this one is neither")
            }
            guard let words = resource["code"]?["text"]?.string, !words.isEmpty else {
                throw ImportError(path: "\(path).code.text", reason: "a problem needs its words")
            }
            patients[patient, default: Part()].problems.append((id, words))
        case "AllergyIntolerance":
            let patient = try reference(resource["patient"], path: "\(path).patient")
            guard let text = resource["code"]?["text"]?.string else { throw ImportError(path: "\(path).code.text", reason: "the allergy's words are required") }
            patients[patient, default: Part()].allergyTexts.append((text, path))
            let current = patients[patient, default: Part()].allergies
            patients[patient, default: Part()].allergies = current.isEmpty ? text : "\(current); \(text)"
        case "DocumentReference":
            let patient = try subject(resource, path: path)
            if Self.isDischargeSummary(resource) {
                let summary = try Self.note(resource, path: path, id: id, recordedBy: author(of: type, id))
                patients[patient, default: Part()].dischargeSummary = (summary.text, path)
                break
            }
            if let target = resource["relatesTo"]?.array?.first(where: { $0["code"]?.string == "appends" })?["target"]?["reference"]?.string {
                let note = try Self.note(resource, path: path, id: id, recordedBy: author(of: type, id))
                let noteID = String(target.split(separator: "/").last ?? "")
                patients[patient, default: Part()].addenda.append((noteID, Addendum(id: id, author: note.author, at: note.at, text: note.text), path))
            } else {
                patients[patient, default: Part()].notes.append(try Self.note(resource, path: path, id: id, recordedBy: author(of: type, id)))
            }
        case "Task":
            if let focus = resource["focus"]?["reference"]?.string, focus.hasPrefix("ServiceRequest/") {
                let patient = try reference(resource["for"], path: "\(path).for")
                let consultID = String(focus.dropFirst("ServiceRequest/".count))
                guard patients[patient, default: Part()].consultTasks[consultID] == nil else {
                    throw ImportError(path: "\(path).focus", reason: "a second Task for \(focus): the board tracks a consult by one Task")
                }
                patients[patient, default: Part()].consultTasks[consultID] = (resource, path)
                break
            }
            guard resource["intent"]?.string == "plan" else {
                throw ImportError(path: "\(path).intent", reason: "a Task is read as an I-PASS action (intent plan) or as the workflow of a consult (focus: ServiceRequest/<id>); this one is neither")
            }
            let patient = try reference(resource["for"], path: "\(path).for")
            patients[patient, default: Part()].actions.append(try Self.action(resource, path: path, id: id, recordedBy: author(of: type, id)))
        default:
            throw ImportError(path: "\(path).resourceType", reason: "\(type.isEmpty ? "a resource without a type" : type) is not read by this version's FHIR import (docs/interfaces.md lists what is)")
        }
    }

    /// Every ImagingStudy is referred to by a report of the bundle, and every study a report refers to is there.
    func checkImagingStudies() throws(ImportError) {
        for (id, path) in imagingStudies.sorted(by: { $0.key < $1.key }) where !referencedStudies.contains(id) {
            throw ImportError(path: path, reason: "an ImagingStudy no DiagnosticReport of the bundle refers to: the board keeps imaging as reports (kind, region, findings, impression), not studies on their own")
        }
        for id in referencedStudies.sorted() where imagingStudies[id] == nil {
            throw ImportError(path: "Bundle.entry", reason: "a DiagnosticReport refers to ImagingStudy/\(id), which the bundle does not hold")
        }
    }

    /// The records, with ids kept where they are this product's and numbered after them where not.
    func finish() throws(ImportError) -> (patients: [PatientRecord], revision: Int) {
        guard !order.isEmpty else { throw ImportError(path: "Bundle.entry", reason: "no Patient resource") }
        for id in patients.keys where !order.contains(id) {
            throw ImportError(path: "Bundle.entry", reason: "resources refer to Patient/\(id), which the bundle does not hold")
        }
        var highest = 0
        var taken = Set<String>()
        func keep(_ id: String, _ kind: RecordKind) -> Bool {
            guard let number = ImportBoard.number(of: id, kind: kind), !taken.contains(id) else { return false }
            highest = max(highest, number)
            taken.insert(id)
            return true
        }
        for part in patients.values {
            for x in part.orders { _ = keep(x.order.id, .order) }
            for x in part.consults { _ = keep(x.consult.id, .consult) }
            for x in part.results { _ = keep(x.result.id, .result) }
            for x in part.complications { _ = keep(x.id, .complication) }
            for x in part.labs { _ = keep(x.id, .lab) }
            for x in part.exams { _ = keep(x.id, .exam) }
            for x in part.notes { _ = keep(x.id, .note) }
            for x in part.addenda { _ = keep(x.addendum.id, .addendum) }
            for x in part.actions { _ = keep(x.id, .action) }
        }
        var next = highest
        var renamed: [String: String] = [:]
        var used = Set<String>()
        func id(_ old: String, _ kind: RecordKind) -> String {
            if taken.contains(old), ImportBoard.number(of: old, kind: kind) != nil, !used.contains(old) {
                used.insert(old)
                renamed[old] = old
                return old
            }
            next += 1
            let new = kind.id(forSequence: next)
            renamed[old] = new
            return new
        }
        var records: [PatientRecord] = []
        for key in order {
            guard let part = patients[key], let mrn = part.mrn, let name = part.name, let sex = part.sex else { continue }
            let path = "Bundle.entry (Patient/\(key))"
            guard let admitted = part.admittedAt, let diagnosis = part.diagnosis, let bed = part.bed else {
                throw ImportError(path: path, reason: "no Encounter with period.start (admission), reasonCode (diagnosis) and location (bed) for this patient")
            }
            var age = part.age
            if age == nil, let born = part.birthDate {
                age = Calendar(identifier: .gregorian).dateComponents([.year], from: born, to: admitted).year
            }
            guard let age else { throw ImportError(path: path, reason: "no age: an Observation LOINC 30525-0 or Patient.birthDate is required") }
            let departure = try part.departureWithSummary()
            var record = PatientRecord(patient: Patient(
                mrn: mrn, name: name, age: age, sex: sex, bed: bed, allergies: part.allergies, admittedAt: admitted,
                diagnosis: diagnosis, problems: part.problems.sorted { Self.problemOrder($0.0) < Self.problemOrder($1.0) }.map(\.1),
                movements: departure.map { [$0] }, injuredAt: part.injuredAt))
            try readRequests(part, into: &record, id: id)
            record.complications = part.complications.map { var x = $0; x.id = id(x.id, .complication); return x }
            record.labs = part.labs.map { var x = $0; x.id = id(x.id, .lab); return x }
            record.exams = part.exams.map { var x = $0; x.id = id(x.id, .exam); return x }
            let noteIDs = Dictionary(part.notes.map { ($0.id, 0) }) { a, _ in a }
            record.notes = part.notes.map { var x = $0; x.id = id(x.id, .note); return x }
            for (noteID, addendum, addendumPath) in part.addenda {
                guard noteIDs[noteID] != nil, let newNote = renamed[noteID], let index = record.notes.firstIndex(where: { $0.id == newNote }) else {
                    throw ImportError(path: "\(addendumPath).relatesTo", reason: "appends DocumentReference/\(noteID), which is not a note of this patient in the bundle")
                }
                var x = addendum
                x.id = id(x.id, .addendum)
                record.notes[index].addenda.append(x)
            }
            record.actions = part.actions.map { var x = $0; x.id = id(x.id, .action); return x }
            records.append(record)
        }
        return (records, max(next, 1))
    }

    /// How a finished stay ended: a transfer to another board (the export's disposition text, the destination's
    /// name), else a discharge whose destination is the board's word (the text) or HL7's discharge-disposition code.
    static func departure(_ encounter: JSONValue, path: String, bed: String) throws(ImportError) -> PatientMovement? {
        let status = encounter["status"]?.string ?? ""
        switch status {
        case "in-progress", "arrived", "onleave": return nil
        case "finished": break
        default:
            throw ImportError(path: "\(path).status", reason: "\"\(status)\" is not a stay the board knows (in-progress, finished)")
        }
        guard let end = date(encounter["period"]?["end"], path: path) else {
            throw ImportError(path: "\(path).period.end", reason: "a finished stay needs its end (when the patient left)")
        }
        let hospitalization = encounter["hospitalization"]
        let disposition = hospitalization?["dischargeDisposition"]
        let text = disposition?["text"]?.string ?? ""
        if text == FHIRExport.transferredOutText {
            return PatientMovement(kind: .transferredOut, by: unknownAuthor, at: end, fromBed: bed,
                                   otherBoard: hospitalization?["destination"]?["display"]?.string ?? "another board")
        }
        let code = disposition?["coding"]?.array?.first { $0["system"]?.string == "http://terminology.hl7.org/CodeSystem/discharge-disposition" }?["code"]?.string
        let destination = DischargeDestination.allCases.first { $0.label == text }
            ?? code.flatMap { code in ["home": .home, "alt-home": .home, "rehab": .rehab, "exp": .deceased][code] } ?? .other
        return PatientMovement(kind: .discharged, by: unknownAuthor, at: end, fromBed: bed, destination: destination)
    }

    /// A DocumentReference of LOINC 18842-5 (Discharge summary) is the stay's discharge summary, not a note.
    static func isDischargeSummary(_ resource: JSONValue) -> Bool {
        resource["type"]?["coding"]?.array?.contains { $0["system"]?.string == FHIRCodes.loincSystem && $0["code"]?.string == FHIRExport.dischargeSummaryLOINC } == true
    }

    /// "problem-2-SCI-0001" sorts as 2: the export numbers problems in their order.
    static func problemOrder(_ id: String) -> Int {
        id.split(separator: "-").dropFirst().first.flatMap { Int($0) } ?? Int.max
    }

    // MARK: - Resources

    static func mrn(_ resource: JSONValue, path: String) throws(ImportError) -> MRN {
        let identifiers = resource["identifier"]?.array ?? []
        let value = identifiers.first { $0["system"]?.string == consultBoardMRN }?["value"]?.string
            ?? identifiers.first?["value"]?.string ?? resource["id"]?.string ?? ""
        do throws(BoardError) { try Validate.mrn(value) } catch {
            throw ImportError(path: "\(path).identifier", reason: error.description)
        }
        return value
    }

    static func isAge(_ resource: JSONValue) -> Bool {
        resource["code"]?["coding"]?.array?.contains { $0["system"]?.string == FHIRCodes.loincSystem && $0["code"]?.string == "30525-0" } == true
    }

    static func lab(_ resource: JSONValue, path: String, id: String, recordedBy: String? = nil) throws(ImportError) -> LabValue {
        let codings = resource["code"]?["coding"]?.array ?? []
        let loinc = codings.first { $0["system"]?.string == FHIRCodes.loincSystem }?["code"]?.string
        let byCode = loinc.flatMap { code in FHIRCodes.tests.values.first { $0.loinc.values.contains { $0.code == code } }?.name }
        guard let test = byCode ?? resource["code"]?["text"]?.string, !test.isEmpty else {
            throw ImportError(path: "\(path).code", reason: "neither a LOINC code the board knows nor the test's name (code.text)")
        }
        guard let quantity = resource["valueQuantity"] else {
            throw ImportError(path: "\(path).valueQuantity", reason: "the board records numeric values with a unit (valueQuantity); \(resource["valueString"] != nil ? "valueString" : "this value") is not read")
        }
        let value: Double
        switch quantity["value"] {
        case let .number(v)?: value = v
        case let .integer(v)?: value = Double(v)
        default: throw ImportError(path: "\(path).valueQuantity.value", reason: "missing or not a number")
        }
        let written = quantity["unit"]?.string ?? ""
        let ucum = quantity["code"]?.string
        // The unit as the board writes it, or the one whose UCUM code the value carries.
        let fromUCUM = ucum.flatMap { code in KnownTest.named(test)?.units.first { FHIRCodes.ucum($0) == code } }
        var unit = written
        if let known = KnownTest.named(test) {
            guard let canonical = known.canonicalUnit(written) ?? fromUCUM else {
                throw ImportError(path: "\(path).valueQuantity.unit", reason: "unit \"\(written)\"\(ucum.map { " (UCUM \($0))" } ?? "") is not used for \(known.name); the board records it in \(known.units.joined(separator: ", "))")
            }
            unit = canonical
            if let plausible = known.plausible(in: canonical), !plausible.contains(value) {
                throw ImportError(path: "\(path).valueQuantity.value", reason: "\(ClinicalNumber.plain(value)) \(canonical) is not a plausible \(known.name)")
            }
        }
        guard !unit.isEmpty else { throw ImportError(path: "\(path).valueQuantity.unit", reason: "missing (required)") }
        guard let at = date(resource["effectiveDateTime"], path: "\(path).effectiveDateTime") else {
            throw ImportError(path: "\(path).effectiveDateTime", reason: "when the sample was taken is required (a FHIR dateTime)")
        }
        let by = resource["performer"]?.array?.first?["display"]?.string ?? recordedBy ?? unknownAuthor
        return LabValue(id: id, test: KnownTest.named(test)?.name ?? test, value: value, unit: unit, at: at, enteredBy: by)
    }

    static func exam(_ resource: JSONValue, path: String, id: String, recordedBy: String? = nil) throws(ImportError) -> ExamRecord {
        var values: [String: String] = [:]
        for component in resource["component"]?.array ?? [] {
            guard let coding = component["code"]?["coding"]?.array?.first, coding["system"]?.string == FHIRExport.system("isncsci"),
                  let key = coding["code"]?.string, let value = component["valueString"]?.string else { continue }
            values[key] = value
        }
        guard !values.isEmpty else { throw ImportError(path: "\(path).component", reason: "an ISNCSCI exam without worksheet values") }
        guard let at = date(resource["effectiveDateTime"], path: path) else {
            throw ImportError(path: "\(path).effectiveDateTime", reason: "the exam time is required")
        }
        return ExamRecord(id: id, examinedBy: resource["performer"]?.array?.first?["display"]?.string ?? recordedBy ?? unknownAuthor, at: at, values: values)
    }

    static func note(_ resource: JSONValue, path: String, id: String, recordedBy: String? = nil) throws(ImportError) -> Note {
        let serviceCode = resource["category"]?.array?.first?["coding"]?.array?.first { $0["system"]?.string == FHIRExport.system("service") }?["code"]?.string
        let service = serviceCode.flatMap { Service(rawValue: $0) } ?? .ward
        let typeText = resource["type"]?["text"]?.string ?? ""
        let type = NoteType.allCases.first { Note.kind(service: service, type: $0) == typeText } ?? .progress
        guard let data = resource["content"]?.array?.first?["attachment"]?["data"]?.string,
              let bytes = Data(base64Encoded: data), let text = String(data: bytes, encoding: .utf8) else {
            throw ImportError(path: "\(path).content[0].attachment.data", reason: "the note's text (base64 UTF-8 text/plain) is required")
        }
        guard let at = date(resource["date"], path: path) else { throw ImportError(path: "\(path).date", reason: "when it was written is required") }
        let author = resource["author"]?.array?.first?["display"]?.string ?? recordedBy ?? unknownAuthor
        var note = Note(id: id, service: service, type: type, author: author, at: at, text: text)
        if resource["status"]?.string == "entered-in-error" {
            note.enteredInError = errorMark(resource["description"]?.string, at: at)
        }
        return note
    }

    /// "entered in error by dr.li at 2026-11-25T08:30:00Z: wrong patient", as the export writes it.
    static func errorMark(_ description: String?, at: Date) -> ErrorMark {
        let text = description ?? ""
        let prefix = "entered in error by "
        if text.hasPrefix(prefix), let atRange = text.range(of: " at "), let colon = text.range(of: ": ", range: atRange.upperBound..<text.endIndex),
           let when = BoardDate.parse(String(text[atRange.upperBound..<colon.lowerBound])) {
            return ErrorMark(by: String(text[text.index(text.startIndex, offsetBy: prefix.count)..<atRange.lowerBound]), at: when, reason: String(text[colon.upperBound...]))
        }
        return ErrorMark(by: "unknown (FHIR import)", at: at, reason: text.isEmpty ? "entered in error in the source system" : text)
    }

    static func action(_ resource: JSONValue, path: String, id: String, recordedBy: String? = nil) throws(ImportError) -> ActionItem {
        guard let text = resource["description"]?.string, !text.isEmpty else { throw ImportError(path: "\(path).description", reason: "the action's words are required") }
        guard let created = date(resource["authoredOn"], path: path) else { throw ImportError(path: "\(path).authoredOn", reason: "required") }
        var action = ActionItem(
            id: id, text: text, owner: resource["owner"]?["display"]?.string, due: date(resource["restriction"]?["period"]?["end"], path: path),
            createdBy: resource["requester"]?["display"]?.string ?? recordedBy ?? unknownAuthor, createdAt: created)
        if resource["status"]?.string == "completed" {
            action.done = true
            action.doneAt = date(resource["lastModified"], path: path)
        }
        return action
    }

    static func date(_ value: JSONValue?, path: String) -> Date? { value?.string.flatMap { BoardDate.parse($0) } }

    private func subject(_ resource: JSONValue, path: String) throws(ImportError) -> String {
        try reference(resource["subject"], path: "\(path).subject")
    }

    private func reference(_ value: JSONValue?, path: String) throws(ImportError) -> String {
        guard let text = value?["reference"]?.string, text.hasPrefix("Patient/") else {
            throw ImportError(path: "\(path).reference", reason: "a reference to the bundle's Patient (Patient/<id>) is required")
        }
        return String(text.dropFirst("Patient/".count))
    }
}
