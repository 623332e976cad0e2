import ConsultBoard
import Foundation
import Testing

/// `import --format fhir`: export -> import into a new board -> export gives the same Bundle (only its timestamp
/// differs), every Bundle validates with fhir.resources, and what cannot be represented is refused with its path.
@Suite struct FHIRImportTests {
    /// A board with what the FHIR import reads back: patients (one discharged), problems, allergies, labs and vitals,
    /// notes with an addendum and one entered in error, actions open and done.
    private func board() throws -> CLIBoard {
        let board = try CLIBoard()
        try board.add(["patient", "set", CLIBoard.mrn, "--problem", "Neurogenic bladder", "--problem", "Spasticity", "--allergies", "penicillin (rash)"])
        try board.add(["admit", "--mrn", "SCI-T2", "--name", "李明", "--age", "71", "--sex", "M", "--bed", "3-02", "--diagnosis", "T4 AIS A"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "88", "--unit", "umol/L", "--at", "2026-11-20T06:00:00Z"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "temperature", "--value", "38.4", "--unit", "C", "--at", "2026-11-20T07:00:00Z"])
        try board.add(["lab", "add", "SCI-T2", "--test", "ferritin", "--value", "120", "--unit", "ug/L", "--at", "2026-11-20T06:00:00Z", "--new-test"])
        let note = try board.add(["note", "add", CLIBoard.mrn, "--service", "neurology", "--type", "consult", "--text", "Power 4/5.\nReview tomorrow."])
        try board.add(["note", "addendum", note, "--text", "EMG booked"])
        let wrong = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "wrong bed"])
        try board.add(["note", "error", wrong, "--reason", "written for another patient"])
        let action = try board.add(["action", "add", CLIBoard.mrn, "--text", "Book urodynamics", "--owner", "dr.li"])
        try board.add(["action", "done", action])
        try board.add(["action", "add", "SCI-T2", "--text", "Family meeting"])
        try board.add(["discharge", "SCI-T2", "--to", "rehab", "--carry-over", "--summary", "To rehab.\nBladder: CIC 4-hourly."], author: "dr.wu")
        return board
    }

    private func bundle(_ path: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func withoutTimestamp(_ value: JSONValue) -> JSONValue {
        guard case var .object(object) = value else { return value }
        object["timestamp"] = nil
        return .object(object)
    }

    @Test func exportImportExportGivesTheSameBundle() throws {
        let board = try board()
        let first = board.folder.path("first.json")
        #expect(try board.run(["export", "--format", "fhir", "-o", first]).status == 0)
        let imported = board.folder.path("imported")
        let run = try ConsultBoardProcess.run(["import", first, "--format", "fhir", "--board", imported, "--author", "dr.import"])
        #expect(run.status == 0, "\(run)")
        let second = board.folder.path("second.json")
        #expect(try ConsultBoardProcess.run(["export", "--format", "fhir", "--board", imported, "-o", second]).status == 0)
        let a = try bundle(first)
        let b = try bundle(second)
        #expect(a["timestamp"] != nil && b["timestamp"] != nil)
        #expect(withoutTimestamp(a) == withoutTimestamp(b), "the two bundles differ beyond their timestamp")
        #expect((a["entry"]?.array?.count ?? 0) > 20)
        // The imported board is a board like any other: intact, the discharged patient listed as such.
        #expect(try ConsultBoardProcess.run(["validate", "--board", imported]).status == 0)
        #expect(try ConsultBoardProcess.run(["patients", "--discharged", "--board", imported]).stdout.contains("SCI-T2"))
        // Who discharged the patient and the discharge summary came back (the Encounter's Provenance, a
        // DocumentReference of LOINC 18842-5 linked to it).
        let shown = try ConsultBoardProcess.run(["show", "SCI-T2", "--json", "--board", imported])
        let departure = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(shown.stdout.utf8)).patient.departure
        #expect(departure?.by == "dr.wu" && departure?.summary == "To rehab.\nBladder: CIC 4-hourly.", "\(String(describing: departure))")
        let summary = a["entry"]?.array?.first { $0["resource"]?["id"]?.string == "discharge-SCI-T2" }?["resource"]
        #expect(summary?["context"]?["encounter"]?.array?.first?["reference"]?.string == "Encounter/stay-SCI-T2")
        #expect(a["entry"]?.array?.contains { $0["resource"]?["id"]?.string == "prov-Encounter-stay-SCI-T2" } == true)
        if FHIRValidator.isAvailable {
            _ = try FHIRValidator.validate(first)
            _ = try FHIRValidator.validate(second)
        }
    }

    /// Exports `board`, imports the Bundle into a new board, exports that; both Bundles validate and are equal
    /// beyond their timestamps.
    private func roundTrip(_ board: String, in folder: TemporaryFolder, name: String) throws -> JSONValue {
        let first = folder.path("\(name)-first.json")
        let exported = try ConsultBoardProcess.run(["export", "--format", "fhir", "--board", board, "-o", first])
        #expect(exported.status == 0, "\(exported)")
        let imported = folder.path("\(name)-imported")
        let run = try ConsultBoardProcess.run(["import", first, "--format", "fhir", "--board", imported, "--author", "dr.import"])
        #expect(run.status == 0, "\(run)")
        let second = folder.path("\(name)-second.json")
        #expect(try ConsultBoardProcess.run(["export", "--format", "fhir", "--board", imported, "-o", second]).status == 0)
        let a = try bundle(first)
        let b = try bundle(second)
        let entriesA = a["entry"]?.array ?? []
        let entriesB = b["entry"]?.array ?? []
        #expect(entriesA.count == entriesB.count)
        for (x, y) in zip(entriesA, entriesB) where x != y {
            Issue.record("\(name): entry \(x["fullUrl"]?.string ?? "?") differs after the round trip:\n\(x)\n\(y)")
            break
        }
        #expect(withoutTimestamp(a) == withoutTimestamp(b), "the two bundles differ beyond their timestamp")
        #expect(try ConsultBoardProcess.run(["validate", "--board", imported]).status == 0)
        if FHIRValidator.isAvailable {
            _ = try FHIRValidator.validate(first)
            _ = try FHIRValidator.validate(second)
        }
        return a
    }

    @Test func theDemoWardRoundTripsThroughFHIR() throws {
        let folder = try TemporaryFolder()
        let demo = folder.path("demo")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--board", demo]).status == 0)
        let bundle = try roundTrip(demo, in: folder, name: "demo")
        let types = Set((bundle["entry"]?.array ?? []).compactMap { $0["resource"]?["resourceType"]?.string })
        for type in ["ServiceRequest", "Task", "MedicationRequest", "DiagnosticReport", "Condition", "Provenance"] {
            #expect(types.contains(type), "the demo ward's bundle has a \(type)")
        }
    }

    @Test func aGeneratedBoardRoundTripsThroughFHIR() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("generated")
        let generated = try ConsultBoardProcess.run(["generate", "--board", board, "--patients", "3", "--notes", "15", "--labs", "30", "--seed", "5"])
        #expect(generated.status == 0, "\(generated)")
        _ = try roundTrip(board, in: folder, name: "generated")
    }

    @Test func aPatientTransferredToAnotherBoardLeavesAFinishedStay() throws {
        let board = try board()
        let target = board.folder.path("rehab")
        #expect(try ConsultBoardProcess.run(["init", "--ward", "Rehab 2", "--board", target]).status == 0)
        let moved = try board.run(["transfer", CLIBoard.mrn, "--to-board", target, "--bed", "R-2", "--carry-over"])
        #expect(moved.status == 0, "\(moved)")
        let exported = try roundTrip(board.path, in: board.folder, name: "transferred")
        let stays = (exported["entry"]?.array ?? []).compactMap { $0["resource"] }.filter { $0["resourceType"] == "Encounter" }
        let stay = try #require(stays.first { $0["subject"]?["reference"]?.string == "Patient/\(CLIBoard.mrn)" })
        #expect(stay["status"] == "finished")
        #expect(stay["period"]?["end"] != nil)
        #expect(stay["hospitalization"]?["destination"]?["display"] == "Rehab 2")
        #expect(stay["hospitalization"]?["dischargeDisposition"]?["coding"]?.array?.first?["code"] == "oth")
        let discharged = try #require(stays.first { $0["subject"]?["reference"]?.string == "Patient/SCI-T2" })
        #expect(discharged["hospitalization"]?["dischargeDisposition"]?["coding"]?.array?.first?["code"] == "rehab")
        // The imported board knows the patient left for the other board.
        let imported = board.folder.path("transferred-imported")
        let shown = try ConsultBoardProcess.run(["show", CLIBoard.mrn, "--json", "--board", imported])
        let record = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(shown.stdout.utf8))
        #expect(record.patient.departure?.kind == .transferredOut && record.patient.departure?.otherBoard == "Rehab 2")
    }

    @Test func aRefusedBundleWritesNothing() throws {
        let folder = try TemporaryFolder()
        // Another system's potassium in a unit the board does not record it in.
        let foreign = """
            {"resourceType":"Bundle","type":"collection","entry":[
             {"resource":{"resourceType":"Patient","id":"p1","identifier":[{"value":"EXT-1"}],"name":[{"family":"Doe","given":["Jane"]}],"gender":"female","birthDate":"1970-01-01"}},
             {"resource":{"resourceType":"Encounter","id":"e1","status":"in-progress","class":{"code":"IMP"},"subject":{"reference":"Patient/p1"},
              "period":{"start":"2026-11-20T08:00:00Z"},"reasonCode":[{"text":"C6 AIS C"}],"location":[{"location":{"display":"bed 4"}}]}},
             {"resource":{"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2823-3"}]},
              "subject":{"reference":"Patient/p1"},"effectiveDateTime":"2026-11-20T09:00:00Z","valueQuantity":{"value":4.1,"unit":"mEq/dL"}}}]}
            """
        let foreignFile = folder.path("foreign.json")
        try Data(foreign.utf8).write(to: URL(fileURLWithPath: foreignFile))
        let unit = try ConsultBoardProcess.run(["import", foreignFile, "--format", "fhir", "--board", folder.path("other"), "--ward", "Spine"])
        #expect(unit.status != 0)
        #expect(unit.stderr.contains("Bundle.entry[2].resource.valueQuantity.unit: unit \"mEq/dL\" is not used for potassium"), "\(unit)")
        #expect(unit.stderr.split(separator: "\n").count == 1 && unit.stdout.isEmpty, "one line, nothing else: \(unit)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("other") + "/journal.jsonl"), "nothing written on refusal")
        // In the board's unit it is taken: the age from the birth date, the bed from the location.
        try Data(foreign.replacingOccurrences(of: "mEq/dL", with: "mmol/L").utf8).write(to: URL(fileURLWithPath: foreignFile))
        let taken = try ConsultBoardProcess.run(["import", foreignFile, "--format", "fhir", "--board", folder.path("other"), "--ward", "Spine"])
        #expect(taken.status == 0, "\(taken)")
        let shown = try ConsultBoardProcess.run(["show", "EXT-1", "--json", "--board", folder.path("other")])
        let record = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(shown.stdout.utf8))
        #expect(record.patient.name == "Doe Jane" && record.patient.age == 56 && record.patient.bed == "bed 4")
        #expect(record.labs.map(\.test) == ["potassium"] && record.labs.first?.id == "L-1")
    }

    @Test func aBundleAddsLabsAndNotesToAnExistingPatientOnce() throws {
        let board = try board()
        let file = board.folder.path("one.json")
        #expect(try board.run(["export", "--format", "fhir", "--patient", CLIBoard.mrn, "-o", file]).status == 0)
        let other = try CLIBoard()
        // Keep the Patient, the labs and the notes (another board's stay is another admission).
        guard case var .object(object) = try bundle(file), let entries = object["entry"]?.array else { throw TestSetupError("no entries") }
        object["entry"] = .array(entries.filter { ["Patient", "Observation", "DocumentReference"].contains($0["resource"]?["resourceType"]?.string ?? "") && $0["resource"]?["relatesTo"] == nil })
        try BoardJSON.encoder().encode(JSONValue.object(object)).write(to: URL(fileURLWithPath: file))
        let added = try other.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn])
        #expect(added.status == 0, "\(added)")
        let record = try other.record()
        #expect(record.labs.map(\.test) == ["creatinine", "temperature"])
        #expect(record.notes.first?.text == "Power 4/5.\nReview tomorrow." && record.notes.first?.author == "dr.test", "the note keeps who wrote it")
        let again = try other.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn])
        #expect(again.status == 0 && again.stdout.hasPrefix("added 0 resources"), "\(again)")
        #expect(try other.record().labs.count == 2 && (try other.record().notes.count) == record.notes.count, "nothing twice")
        try other.refuse(["import", file, "--format", "fhir", "--patient", "SCI-T9"], "patient SCI-T9 is not on this board")
    }
}
