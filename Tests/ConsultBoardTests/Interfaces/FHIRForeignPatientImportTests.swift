import Foundation
import Testing
@testable import ConsultBoard

/// A Bundle from another system (its own ids and code systems) added to a patient already on the board: every kind
/// the export writes becomes the board's record through its commands, and importing it twice adds nothing.
@Suite struct FHIRForeignPatientImportTests {
    static let subject = #""subject":{"reference":"Patient/p1"}"#

    /// One resource of each kind, as another hospital system might write them.
    static let resources = [
        #"{"resourceType":"Patient","id":"p1","identifier":[{"system":"urn:oid:1.2.3","value":"EXT-1"}],"name":[{"family":"Doe","given":["Jane"]}],"gender":"female"}"#,
        #"{"resourceType":"MedicationRequest","id":"rx9","status":"active","intent":"order",\#(subject),"authoredOn":"2026-11-20T09:00:00Z","requester":{"display":"Dr Smith"},"medicationCodeableConcept":{"text":"enoxaparin"},"dosageInstruction":[{"route":{"text":"SC"},"timing":{"code":{"text":"daily"}},"doseAndRate":[{"doseQuantity":{"value":40,"unit":"mg"}}]}]}"#,
        #"{"resourceType":"ServiceRequest","id":"sr1","status":"completed","intent":"order",\#(subject),"authoredOn":"2026-11-20T09:00:00Z","category":[{"coding":[{"system":"http://snomed.info/sct","code":"363679005"}]}],"code":{"text":"MRI cervical spine"}}"#,
        #"{"resourceType":"DiagnosticReport","id":"dr1","status":"final",\#(subject),"code":{"text":"MRI cervical spine, levels C4-C6"},"effectiveDateTime":"2026-11-21T09:00:00Z","performer":[{"display":"Dr Rad"}],"basedOn":[{"reference":"ServiceRequest/sr1"}],"conclusion":"Cord contusion C5."}"#,
        #"{"resourceType":"ServiceRequest","id":"c1","status":"active","intent":"order",\#(subject),"priority":"urgent","code":{"coding":[{"system":"http://snomed.info/sct","code":"11429006"}]},"category":[{"text":"Neurology"}],"authoredOn":"2026-11-20T09:00:00Z","requester":{"display":"Dr Smith"},"reasonCode":[{"text":"New weakness?"}]}"#,
        #"{"resourceType":"Task","id":"t1","status":"accepted","intent":"order","focus":{"reference":"ServiceRequest/c1"},"for":{"reference":"Patient/p1"},"authoredOn":"2026-11-20T09:00:00Z","lastModified":"2026-11-20T10:30:00Z"}"#,
        #"{"resourceType":"Provenance","id":"pv","target":[{"reference":"Task/t1"}],"recorded":"2026-11-20T10:30:00Z","agent":[{"who":{"display":"Dr Neuro"}}]}"#,
        #"{"resourceType":"Condition","id":"cx","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"encounter-diagnosis"}]}],"code":{"text":"Urinary tract infection"},\#(subject),"onsetDateTime":"2026-11-21T09:00:00Z"}"#,
        #"{"resourceType":"Condition","id":"pl","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item"}]}],"code":{"text":"Spasticity"},\#(subject)}"#,
        #"{"resourceType":"AllergyIntolerance","id":"al","code":{"text":"latex"},"patient":{"reference":"Patient/p1"}}"#,
        #"{"resourceType":"Task","id":"a1","status":"requested","intent":"plan","description":"Family meeting","for":{"reference":"Patient/p1"},"authoredOn":"2026-11-21T09:00:00Z","requester":{"display":"Dr Smith"}}"#,
        #"{"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"1988-5"}]},\#(subject),"effectiveDateTime":"2026-11-21T06:00:00Z","valueQuantity":{"value":12,"unit":"mg/L","system":"http://unitsofmeasure.org","code":"mg/L"}}"#,
        #"{"resourceType":"Observation","id":"ex1","status":"final","code":{"coding":[{"system":"urn:consult-board:isncsci","code":"panel"}]},\#(subject),"effectiveDateTime":"2026-11-21T07:00:00Z","performer":[{"display":"Dr Neuro"}],"component":[{"code":{"coding":[{"system":"urn:consult-board:isncsci","code":"vac"}]},"valueString":"yes"}]}"#,
        #"{"resourceType":"DocumentReference","id":"d1","status":"current",\#(subject),"date":"2026-11-21T08:00:00Z","author":[{"display":"Dr Smith"}],"content":[{"attachment":{"contentType":"text/plain; charset=utf-8","data":"\#(Data("Seen on the ward.".utf8).base64EncodedString())"}}]}"#,
    ]

    func bundle(_ resources: [String]) throws -> FHIRImport {
        let text = #"{"resourceType":"Bundle","type":"collection","entry":["# + resources.map { #"{"resource":\#($0)}"# }.joined(separator: ",") + "]}"
        return try FHIRImport.read(Data(text.utf8))
    }

    /// A board with the patient EXT-1 (Jane Doe) already on it, with one problem and one allergy.
    func board() -> Board {
        let patient = Patient(mrn: "EXT-1", name: "Jane Doe", age: 56, sex: .female, bed: "4", allergies: "penicillin",
                              admittedAt: BoardDate.parse("2026-11-20T08:00:00Z") ?? .distantPast, diagnosis: "C6 AIS C", problems: ["Neurogenic bladder"])
        return Board(ward: "Spine", createdAt: .distantPast, revision: 10, records: [PatientRecord(patient: patient)])
    }

    /// Plans the import and applies its commands as the store does (one sequence number each).
    func imported(_ bundle: FHIRImport, into board: Board) throws -> (board: Board, outcome: FHIRPatientImport.Outcome) {
        var board = board
        let outcome = try FHIRPatientImport.plan(bundle, into: "EXT-1", board: board, firstSequence: board.revision + 1)
        let first = board.revision + 1
        for (index, command) in outcome.commands.enumerated() {
            _ = try board.apply(command, context: ChangeContext(sequence: first + index, author: "dr.import", at: Date()))
        }
        return (board, outcome)
    }

    @Test func everyKindFromAnotherSystemIsAddedOnce() throws {
        let (board, outcome) = try imported(try bundle(Self.resources), into: board())
        let record = try #require(board.patients["EXT-1"])
        #expect(record.orders.count == 2 && record.orders.contains { $0.medication?.drug == "enoxaparin" && $0.orderedBy == "Dr Smith" })
        let order = try #require(record.orders.first { $0.kind == .imaging })
        #expect(record.results.first?.orderID == order.id && record.results.first?.reportedBy == "Dr Rad")
        #expect(record.consults.first?.status == .accepted && record.consults.first?.history.last?.by == "Dr Neuro")
        #expect(record.complications.map(\.summary) == ["Urinary tract infection"])
        #expect(record.patient.problems == ["Neurogenic bladder", "Spasticity"] && record.patient.allergies == "penicillin; latex")
        #expect(record.actions.map(\.text) == ["Family meeting"] && record.exams.first?.values["vac"] == "yes")
        #expect(record.labs.map(\.test) == ["crp"] && record.labs.first?.source == "fhir:Observation/o1")
        #expect(record.notes.first?.author == "Dr Smith" && record.notes.first?.text == "Seen on the ward.")
        #expect(outcome.added.count == 11, "\(outcome.added)")
        // The board's ids, not the other system's.
        #expect(record.orders.allSatisfy { $0.id.hasPrefix("O-") } && record.notes.first?.id.hasPrefix("N-") == true)

        // The same bundle again: everything is already there.
        let again = try imported(try bundle(Self.resources), into: board)
        #expect(again.outcome.commands.isEmpty && again.outcome.added.isEmpty, "\(again.outcome.added)")
        #expect(again.outcome.skipped.count == outcome.added.count, "\(again.outcome.skipped)")
        #expect(again.board.patients["EXT-1"] == record)
    }

    @Test func aReportOnAnOrderNobodyHoldsIsRefusedWithItsPath() throws {
        let report = Self.resources[3].replacingOccurrences(of: "ServiceRequest/sr1", with: "ServiceRequest/sr7")
        #expect(throws: ImportError(path: "Bundle.entry[1].resource.basedOn[0]", reason: "ServiceRequest/sr7 is neither an order of the bundle nor one of EXT-1's on the board")) {
            try imported(try bundle([Self.resources[0], report]), into: board())
        }
        let twoPatients = Self.resources[11].replacingOccurrences(of: "Patient/p1", with: "Patient/p2")
        #expect(throws: ImportError.self) { try imported(try bundle([Self.resources[0], twoPatients]), into: board()) }
        let unknown = try bundle([Self.resources[0]])
        #expect(throws: ImportError(path: "Bundle", reason: "patient EXT-2 is not on this board (a Bundle becomes a new board without --patient)")) {
            try FHIRPatientImport.plan(unknown, into: "EXT-2", board: board(), firstSequence: 11)
        }
    }
}
