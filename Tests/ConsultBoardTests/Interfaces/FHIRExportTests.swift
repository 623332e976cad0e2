import Foundation
import Testing
@testable import ConsultBoard

/// The FHIR R4 mapping of board records (the Bundle's validity against an independent FHIR model library is
/// checked end to end in ConsultTUITests' FHIRBundleValidationTests).
@Suite struct FHIRExportTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    /// A board with one patient and the records the mapping cares about; each change numbered from 1.
    func board(mrn: MRN = "SCI-0101") throws -> Board {
        var board = Board()
        var sequence = 0
        func apply(_ command: BoardCommand, by author: String = "dr.li") throws {
            sequence += 1
            try board.apply(command, context: ChangeContext(sequence: sequence, author: author, at: Self.t0.addingTimeInterval(Double(sequence) * 60)))
        }
        try apply(.createBoard(CreateBoard(ward: "Spine 3 脊髓病房")))
        try apply(.admitPatient(AdmitPatient(patient: Patient(
            mrn: mrn, name: "王秀英", age: 62, sex: .female, bed: "3-05", allergies: "penicillin (rash)", admittedAt: Self.t0,
            diagnosis: "C4-5 cord injury", problems: ["diabetes", "CKD stage 4"]))))
        try apply(.addNote(AddNote(mrn: mrn, service: .neurology, type: .consult, text: "GBS vs cord injury.\n夜间疼痛减轻")))  // N-3
        try apply(.addAddendum(AddAddendum(noteID: "N-3", text: "EMG booked")), by: "dr.wang")                               // D-4
        try apply(.addNote(AddNote(mrn: mrn, service: .ward, type: .progress, text: "wrong patient")))                         // N-5
        try apply(.markNoteInError(MarkNoteInError(noteID: "N-5", reason: "written on the wrong record")))
        try apply(.requestConsult(RequestConsult(mrn: mrn, service: .nephrology, question: "AKI on CKD?", urgency: .urgent))) // C-7
        try apply(.setConsultStatus(SetConsultStatus(consultID: "C-7", status: .accepted)), by: "dr.neph")
        try apply(.addLab(AddLab(mrn: mrn, test: "creatinine", value: 186, unit: "umol/L", at: Self.t0)))                    // L-9
        try apply(.addLab(AddLab(mrn: mrn, test: "ferritin", value: 400, unit: "ug/L", at: Self.t0)))                        // L-10
        try apply(.addOrder(AddOrder(mrn: mrn, service: .ward, kind: .medication, text: "DVT treatment",
                                     medication: MedicationDetails(drug: "enoxaparin", dose: "60 mg", route: "SC", frequency: "q12h"))))  // O-11
        try apply(.setOrderStatus(SetOrderStatus(orderID: "O-11", status: .discontinued, reason: "eGFR 18")))
        return board
    }

    func resources(_ bundle: JSONValue) -> [JSONValue] { (bundle["entry"]?.array ?? []).compactMap { $0["resource"] } }

    func resource(_ bundle: JSONValue, _ type: String, _ id: String) -> JSONValue? {
        resources(bundle).first { $0["resourceType"]?.string == type && $0["id"]?.string == id }
    }

    @Test func theBundleHoldsEachRecordAsItsFHIRResource() throws {
        let board = try board()
        let bundle = FHIRExport(now: Self.t0).bundle(of: Array(board.patients.values), ward: board.ward)
        #expect(bundle["resourceType"] == "Bundle")
        #expect(bundle["type"] == "collection")
        let patient = try #require(resource(bundle, "Patient", "SCI-0101"))
        #expect(patient["gender"] == "female")
        #expect(patient["name"]?.array?.first?["text"] == "王秀英")
        #expect(resource(bundle, "Encounter", "stay-SCI-0101")?["class"]?["code"] == "IMP")
        #expect(resource(bundle, "AllergyIntolerance", "allergies-SCI-0101")?["code"]?["text"] == "penicillin (rash)")
        // Two problems, each a problem-list Condition.
        #expect(resources(bundle).filter { $0["resourceType"] == "Condition" }.count == 2)
        // Every entry's full URL is the base, the type and the id.
        for entry in bundle["entry"]?.array ?? [] {
            let type = entry["resource"]?["resourceType"]?.string ?? "?"
            let id = entry["resource"]?["id"]?.string ?? "?"
            #expect(entry["fullUrl"]?.string == "\(FHIRExport.defaultBaseURL)/\(type)/\(id)")
        }
    }

    @Test func notesAddendaAndErrorsAreExpressedAsFHIRDoes() throws {
        let bundle = FHIRExport(now: Self.t0).bundle(of: Array(try board().patients.values), ward: "Spine 3")
        let note = try #require(resource(bundle, "DocumentReference", "N-3"))
        #expect(note["status"] == "current")
        let data = try #require(note["content"]?.array?.first?["attachment"]?["data"]?.string)
        #expect(String(decoding: try #require(Data(base64Encoded: data)), as: UTF8.self) == "GBS vs cord injury.\n夜间疼痛减轻")
        let addendum = try #require(resource(bundle, "DocumentReference", "D-4"))
        #expect(addendum["relatesTo"]?.array?.first?["code"] == "appends")
        #expect(addendum["relatesTo"]?.array?.first?["target"]?["reference"] == "DocumentReference/N-3")
        #expect(addendum["author"]?.array?.first?["display"] == "dr.wang")
        let wrong = try #require(resource(bundle, "DocumentReference", "N-5"))
        #expect(wrong["status"] == "entered-in-error")
        #expect(wrong["description"]?.string?.contains("written on the wrong record") == true)
    }

    @Test func consultsOrdersAndLabsCarryTheirStatusesAndCodes() throws {
        let bundle = FHIRExport(now: Self.t0).bundle(of: Array(try board().patients.values), ward: "Spine 3")
        let consult = try #require(resource(bundle, "ServiceRequest", "C-7"))
        #expect(consult["status"] == "active")
        #expect(consult["priority"] == "urgent")
        let task = try #require(resource(bundle, "Task", "C-7-task"))
        #expect(task["status"] == "accepted")
        #expect(task["focus"]?["reference"] == "ServiceRequest/C-7")
        let order = try #require(resource(bundle, "MedicationRequest", "O-11"))
        #expect(order["status"] == "stopped", "a discontinued order is stopped in FHIR")
        #expect(order["statusReason"]?["text"] == "eGFR 18")
        #expect(order["dosageInstruction"]?.array?.first?["doseAndRate"]?.array?.first?["doseQuantity"]?["code"] == "mg")
        let creatinine = try #require(resource(bundle, "Observation", "L-9"))
        #expect(creatinine["code"]?["coding"]?.array?.first?["code"] == "14682-9")
        #expect(creatinine["valueQuantity"]?["code"] == "umol/L")
        // A test with no known code is exported with its name and no invented code.
        let ferritin = try #require(resource(bundle, "Observation", "L-10"))
        #expect(ferritin["code"]?["coding"] == nil)
        #expect(ferritin["code"]?["text"] == "ferritin")
        #expect(ferritin["valueQuantity"]?["system"] == nil)
    }

    @Test func everyRecordedResourceHasAProvenanceNamingItsAuthor() throws {
        let bundle = FHIRExport(now: Self.t0).bundle(of: Array(try board().patients.values), ward: "Spine 3")
        let provenances = resources(bundle).filter { $0["resourceType"] == "Provenance" }
        let addendum = try #require(provenances.first { $0["target"]?.array?.first?["reference"] == "DocumentReference/D-4" })
        #expect(addendum["agent"]?.array?.first?["who"]?["display"] == "dr.wang")
        #expect(addendum["recorded"]?.string == BoardDate.format(Self.t0.addingTimeInterval(4 * 60)))
    }

    @Test func anMRNThatFHIRIdsCannotHoldIsEncodedNotMangled() throws {
        #expect(FHIRExport.patientID("SCI-0101") == "SCI-0101")
        #expect(FHIRExport.patientID("SCI_01") == "mrn-5343495f3031")
        #expect(FHIRExport.patientID("SCI_01") != FHIRExport.patientID("SCI-01"))
    }

    @Test func theSameBoardGivesTheSameBytes() throws {
        let board = try board()
        let export = FHIRExport(now: Self.t0)
        let first = try BoardJSON.encoder().encode(export.bundle(of: Array(board.patients.values), ward: board.ward))
        let second = try BoardJSON.encoder().encode(export.bundle(of: Array(board.patients.values), ward: board.ward))
        #expect(first == second)
    }
}
