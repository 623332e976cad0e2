import Foundation
import Testing
@testable import ConsultBoard

/// Bundles written by another system (no board code systems, no board ids): what the board can represent is
/// read, everything else is refused with the FHIR path of the problem.
@Suite struct FHIRForeignImportTests {
    /// A foreign bundle: a patient and a stay, then `extra` resources (entries 2...).
    func bundle(_ extra: [String]) throws -> FHIRImport {
        let text = """
            {"resourceType":"Bundle","type":"collection","entry":[
             {"resource":{"resourceType":"Patient","id":"p1","identifier":[{"system":"urn:oid:1.2.3","value":"EXT-1"}],
              "name":[{"family":"Doe","given":["Jane"]}],"gender":"female","birthDate":"1970-01-01"}},
             {"resource":{"resourceType":"Encounter","id":"e1","status":"in-progress","class":{"code":"IMP"},"subject":{"reference":"Patient/p1"},
              "period":{"start":"2026-11-20T08:00:00Z"},"reasonCode":[{"text":"C6 AIS C"}],"location":[{"location":{"display":"bed 4"}}]}}
            \(extra.map { ",{\"resource\":\($0)}" }.joined())]}
            """
        return try FHIRImport.read(Data(text.utf8))
    }

    func record(_ extra: [String]) throws -> PatientRecord {
        let read = try bundle(extra).records()
        return try #require(read.patients.first)
    }

    /// The refusal of a bundle, as the CLI prints it.
    func refusal(_ extra: [String]) throws -> String {
        do {
            _ = try bundle(extra).records()
            return "accepted"
        } catch { return "\(error)" }
    }

    static let subject = #""subject":{"reference":"Patient/p1"}"#

    @Test func aMedicationRequestFromAnotherSystemIsAnOrder() throws {
        let good = """
            {"resourceType":"MedicationRequest","id":"rx9","status":"active","intent":"order",\(Self.subject),
             "authoredOn":"2026-11-20T09:00:00Z","requester":{"display":"Dr Smith"},
             "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"67108","display":"enoxaparin"}]},
             "dosageInstruction":[{"route":{"text":"SC"},"timing":{"code":{"text":"daily"}},"doseAndRate":[{"doseQuantity":{"value":40,"unit":"mg"}}]}]}
            """
        let order = try #require(try record([good]).orders.first)
        #expect(order.medication == MedicationDetails(drug: "enoxaparin", dose: "40 mg", route: "SC", frequency: "daily"))
        #expect(order.status == .active && order.orderedBy == "Dr Smith" && order.service == .ward)
        #expect(order.id == "O-1", "another system's id is numbered by the board")
        let held = good.replacingOccurrences(of: #""status":"active""#, with: #""status":"unknown""#)
        #expect(try refusal([held]) == #"Bundle.entry[2].resource.status: "unknown" is not an order status the board knows (draft, active, on-hold, completed, stopped, entered-in-error)"#)
        let noRoute = good.replacingOccurrences(of: #""route":{"text":"SC"},"#, with: "")
        #expect(try refusal([noRoute]).hasPrefix("Bundle.entry[2].resource.dosageInstruction[0].route: "))
    }

    @Test func aServiceRequestFromAnotherSystemIsAnOrderOfItsKind() throws {
        let good = """
            {"resourceType":"ServiceRequest","id":"sr1","status":"revoked","intent":"order",\(Self.subject),"authoredOn":"2026-11-20T09:00:00Z",
             "category":[{"coding":[{"system":"http://snomed.info/sct","code":"363679005","display":"Imaging"}]}],
             "code":{"text":"MRI thoracic spine with gadolinium contrast"},"statusReason":{"text":"eGFR 18"}}
            """
        let order = try #require(try record([good]).orders.first)
        #expect(order.kind == .imaging && order.status == .discontinued)
        #expect(order.imaging == ImagingDetails(modality: .mri, region: "thoracic spine", contrast: .gadolinium))
        #expect(order.history.last?.reason == "eGFR 18")
        let onHoldUnknownKind = good.replacingOccurrences(of: "363679005", with: "409063005")
        #expect(try refusal([onHoldUnknownKind]).hasPrefix("Bundle.entry[2].resource.category: not an order kind the board knows"))
        let stopped = good.replacingOccurrences(of: #""status":"revoked""#, with: #""status":"stopped""#)
        #expect(try refusal([stopped]).hasPrefix(#"Bundle.entry[2].resource.status: "stopped" is not an order status the board knows"#))
    }

    @Test func aConsultFromAnotherSystemWithItsTask() throws {
        let request = """
            {"resourceType":"ServiceRequest","id":"c1","status":"active","intent":"order",\(Self.subject),"priority":"urgent",
             "code":{"coding":[{"system":"http://snomed.info/sct","code":"11429006"}]},"category":[{"text":"Neurology"}],
             "authoredOn":"2026-11-20T09:00:00Z","requester":{"display":"Dr Smith"},"reasonCode":[{"text":"New weakness?"}]}
            """
        let task = """
            {"resourceType":"Task","id":"t1","status":"accepted","intent":"order","focus":{"reference":"ServiceRequest/c1"},
             "for":{"reference":"Patient/p1"},"authoredOn":"2026-11-20T09:00:00Z","lastModified":"2026-11-20T10:30:00Z"}
            """
        let provenance = """
            {"resourceType":"Provenance","id":"pv","target":[{"reference":"Task/t1/_history/2"}],"recorded":"2026-11-20T10:30:00Z",
             "agent":[{"who":{"display":"Dr Neuro"}}]}
            """
        let consult = try #require(try record([request, task, provenance]).consults.first)
        #expect(consult.service == .neurology && consult.urgency == .urgent && consult.question == "New weakness?")
        #expect(consult.status == .accepted)
        #expect(consult.history.map(\.to) == [.requested, .accepted])
        #expect(consult.history.last?.by == "Dr Neuro", "the Task's Provenance is who moved it")
        #expect(consult.history.last.map { BoardDate.format($0.at) } == "2026-11-20T10:30:00Z")

        let asap = request.replacingOccurrences(of: #""priority":"urgent""#, with: #""priority":"asap""#)
        #expect(try refusal([asap, task]) == #"Bundle.entry[2].resource.priority: "asap" is not an urgency the board knows (routine, urgent, stat)"#)
        let onHold = task.replacingOccurrences(of: #""status":"accepted""#, with: #""status":"on-hold""#)
        #expect(try refusal([request, onHold]).hasPrefix(#"Bundle.entry[3].resource.status: "on-hold" is not a consult status the board knows"#))
        let disagreeing = task.replacingOccurrences(of: #""status":"accepted""#, with: #""status":"completed""#)
        #expect(try refusal([request, disagreeing]).contains("does not agree with its ServiceRequest's status"))
        let unknownService = request.replacingOccurrences(of: "Neurology", with: "Dermatology")
        #expect(try refusal([unknownService]).hasPrefix("Bundle.entry[2].resource.category: the consulted service is not one the board knows"))
        let orphan = task.replacingOccurrences(of: "ServiceRequest/c1", with: "ServiceRequest/c9")
        #expect(try refusal([request, orphan]).hasPrefix("Bundle.entry[3].resource.focus: ServiceRequest/c9 is not a consult of this patient"))
        let strayProvenance = provenance.replacingOccurrences(of: "Task/t1/_history/2", with: "Task/t7")
        #expect(try refusal([request, task, strayProvenance]).hasPrefix("Bundle.entry[4].resource.target[0]: Provenance of Task/t7, which the bundle does not hold"))
    }

    @Test func aDiagnosticReportWithItsImagingStudyAndOrder() throws {
        let order = """
            {"resourceType":"ServiceRequest","id":"sr1","status":"completed","intent":"order",\(Self.subject),"authoredOn":"2026-11-20T09:00:00Z",
             "category":[{"coding":[{"system":"http://snomed.info/sct","code":"363679005"}]}],"code":{"text":"MRI cervical spine"}}
            """
        let study = """
            {"resourceType":"ImagingStudy","id":"is1","status":"available",\(Self.subject)}
            """
        let findings = Data("Cord oedema C4-C6.".utf8).base64EncodedString()
        let report = """
            {"resourceType":"DiagnosticReport","id":"dr1","status":"final",\(Self.subject),"code":{"text":"MRI cervical spine, levels C4-C6"},
             "effectiveDateTime":"2026-11-21T09:00:00Z","performer":[{"display":"Dr Rad"}],"basedOn":[{"reference":"ServiceRequest/sr1"}],
             "imagingStudy":[{"reference":"ImagingStudy/is1"}],"conclusion":"Cord contusion C5.",
             "presentedForm":[{"contentType":"text/plain","data":"\(findings)"}]}
            """
        let read = try record([order, study, report])
        let result = try #require(read.results.first)
        #expect(result.kind == .mri && result.region == "cervical spine" && result.levels == "C4-C6")
        #expect(result.summary == "Cord contusion C5." && result.findings == "Cord oedema C4-C6." && result.reportedBy == "Dr Rad")
        #expect(result.orderID == read.orders.first?.id && result.orderID != nil)

        let loneStudy = try refusal([order, study])
        #expect(loneStudy.hasPrefix("Bundle.entry[3].resource: an ImagingStudy no DiagnosticReport of the bundle refers to"))
        let pdf = report.replacingOccurrences(of: "text/plain", with: "application/pdf")
        #expect(try refusal([order, study, pdf]).hasPrefix("Bundle.entry[4].resource.presentedForm[0]: "))
        let registered = report.replacingOccurrences(of: #""status":"final""#, with: #""status":"registered""#)
        #expect(try refusal([order, study, registered]).hasPrefix(#"Bundle.entry[4].resource.status: "registered" is not a report status"#))
        let noOrder = report.replacingOccurrences(of: "ServiceRequest/sr1", with: "ServiceRequest/sr2")
        #expect(try refusal([order, study, noOrder]).hasPrefix("Bundle.entry[4].resource.basedOn[0]: ServiceRequest/sr2 is not an order"))
    }

    @Test func aComplicationFromAnotherSystem() throws {
        let good = """
            {"resourceType":"Condition","id":"cx","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},
             "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"encounter-diagnosis"}]}],
             "code":{"text":"Urinary tract infection"},\(Self.subject),"onsetDateTime":"2026-11-21T09:00:00Z","abatementDateTime":"2026-11-25T09:00:00Z",
             "note":[{"text":"organism: E. coli"},{"text":"treated on the ward"}]}
            """
        let complication = try #require(try record([good]).complications.first)
        #expect(complication.kind == .other && complication.status == .resolved)
        #expect(complication.details.organism == "E. coli")
        #expect(complication.summary == "Urinary tract infection; treated on the ward", "a note the board has no field for is kept in the summary")
        #expect(complication.resolvedAt.map(BoardDate.format) == "2026-11-25T09:00:00Z")
        let remission = good.replacingOccurrences(of: #""code":"resolved""#, with: #""code":"remission""#)
        #expect(try refusal([remission]).hasPrefix(#"Bundle.entry[2].resource.clinicalStatus: "remission" is not a complication status"#))
        let abatedButActive = good.replacingOccurrences(of: #""code":"resolved""#, with: #""code":"active""#)
        #expect(try refusal([abatedButActive]).hasPrefix("Bundle.entry[2].resource.abatementDateTime: "))
        let uncategorised = good.replacingOccurrences(of: "encounter-diagnosis", with: "health-concern")
        #expect(try refusal([uncategorised]).hasPrefix("Bundle.entry[2].resource.category: "))
    }

    @Test func aStayThatEndedElsewhere() throws {
        let transferred = try bundle([]).bundle
        guard case var .object(object) = transferred, var entries = object["entry"]?.array,
              case var .object(entry) = entries[1], case var .object(encounter) = entry["resource"] else {
            Issue.record("unexpected bundle shape")
            return
        }
        encounter["status"] = "finished"
        encounter["period"] = .object(["start": "2026-11-20T08:00:00Z", "end": "2026-11-22T08:00:00Z"])
        encounter["hospitalization"] = .object(["dischargeDisposition": .object(["coding": .array([.object([
            "system": "http://terminology.hl7.org/CodeSystem/discharge-disposition", "code": "rehab"])])])])
        entry["resource"] = .object(encounter)
        entries[1] = .object(entry)
        object["entry"] = .array(entries)
        let record = try #require(try FHIRImport(bundle: .object(object)).records().patients.first)
        #expect(record.patient.departure?.kind == .discharged && record.patient.departure?.destination == .rehab)

        encounter["status"] = "cancelled"
        entry["resource"] = .object(encounter)
        entries[1] = .object(entry)
        object["entry"] = .array(entries)
        #expect(throws: ImportError(path: "Bundle.entry[1].resource.status", reason: #""cancelled" is not a stay the board knows (in-progress, finished)"#)) {
            try FHIRImport(bundle: .object(object)).records()
        }
    }
}
