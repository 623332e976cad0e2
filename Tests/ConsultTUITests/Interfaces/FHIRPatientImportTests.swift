import ConsultBoard
import Foundation
import Testing

/// `import --format fhir --patient MRN`: a Bundle added to a patient already on the board. What the board holds is
/// skipped and reported, never doubled; what contradicts it is refused with its FHIR path; the rest is added in one
/// change (all or nothing).
@Suite struct FHIRPatientImportTests {
    /// A patient with something of every kind the export writes.
    private func board() throws -> CLIBoard {
        let board = try CLIBoard()
        try board.add(["patient", "set", CLIBoard.mrn, "--problem", "Neurogenic bladder", "--allergies", "penicillin (rash)"])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "88", "--unit", "umol/L", "--at", "2026-11-20T06:00:00Z"])
        let note = try board.add(["note", "add", CLIBoard.mrn, "--service", "neurology", "--type", "consult", "--text", "Power 4/5."])
        try board.add(["note", "addendum", note, "--text", "EMG booked"])
        let consult = try board.add(["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "Weakness?"])
        try board.add(["consult", "set", consult, "--status", "accepted"])
        try board.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "Enoxaparin",
                       "--drug", "enoxaparin", "--dose", "40 mg", "--route", "SC", "--frequency", "daily"])
        try board.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "nursing", "--text", "Turn every 2 h"])
        try board.add(["complication", "add", CLIBoard.mrn, "--kind", "infection", "--summary", "UTI", "--organism", "E. coli"])
        try board.add(["action", "add", CLIBoard.mrn, "--text", "Book urodynamics", "--owner", "dr.li"])
        return board
    }

    /// A copy of `board` (its folder byte for byte), as a second site's board would start.
    private func copy(of board: CLIBoard) throws -> CLIBoard {
        let other = try CLIBoard(empty: true)
        try FileManager.default.removeItem(atPath: other.path)
        try FileManager.default.copyItem(atPath: board.path, toPath: other.path)
        return other
    }

    private func export(_ board: CLIBoard, to name: String) throws -> String {
        let file = board.folder.path(name)
        let outcome = try board.run(["export", "--format", "fhir", "--patient", CLIBoard.mrn, "-o", file])
        guard outcome.status == 0 else { throw TestSetupError("export failed: \(outcome)") }
        return file
    }

    /// How many records of each kind the patient holds (what doubling would show).
    private func counts(_ record: PatientRecord) -> [String: Int] {
        ["labs": record.labs.count, "notes": record.notes.count, "addenda": record.notes.reduce(0) { $0 + $1.addenda.count },
         "consults": record.consults.count, "orders": record.orders.count, "results": record.results.count,
         "complications": record.complications.count, "actions": record.actions.count, "problems": record.patient.problems.count]
    }

    @Test func aBundleFromACopyOfTheBoardAddsWhatTheCopyAddedAndNothingTwice() throws {
        let board = try board()
        let copy = try copy(of: board)
        let order = try #require(try copy.record().orders.first { $0.kind == .nursing }?.id)
        let note = try #require(try copy.record().notes.first?.id)
        // The second site adds one of each kind, a report on the first site's order and an addendum to its note.
        try copy.add(["lab", "add", CLIBoard.mrn, "--test", "crp", "--value", "12", "--unit", "mg/L", "--at", "2026-11-21T06:00:00Z"])
        try copy.add(["note", "add", CLIBoard.mrn, "--service", "nephrology", "--type", "consult", "--text", "Start CIC."], author: "dr.uro")
        try copy.add(["note", "addendum", note, "--text", "EMG done"])
        let consult = try copy.add(["consult", "request", CLIBoard.mrn, "--service", "nephrology", "--question", "Bladder plan?"])
        try copy.add(["consult", "set", consult, "--status", "accepted"], author: "dr.uro")
        try copy.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "lab", "--text", "Urine culture"])
        try copy.add(["result", "add", CLIBoard.mrn, "--kind", "mri", "--summary", "No cord compression", "--findings", "Normal cord", "--order", order])
        try copy.add(["complication", "add", CLIBoard.mrn, "--kind", "pressure-injury", "--summary", "Sacral stage 2"])
        try copy.add(["action", "add", CLIBoard.mrn, "--text", "Family meeting"])
        try copy.add(["patient", "set", CLIBoard.mrn, "--problem", "Neurogenic bladder", "--problem", "Spasticity", "--allergies", "penicillin (rash); latex"])
        let file = try export(copy, to: "copy.json")

        let before = try board.record()
        let imported = try board.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn], author: "dr.import")
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.hasPrefix("added 10 resources from "), "\(imported)")
        #expect(imported.stdout.contains("already on the board, skipped: "), "\(imported)")
        let after = try board.record()
        #expect(counts(after) == counts(try copy.record()), "the patient holds the union, nothing doubled")
        #expect(after.patient.problems == ["Neurogenic bladder", "Spasticity"] && after.patient.allergies == "penicillin (rash); latex")
        // What was there is unchanged; the new records keep who wrote them and when.
        #expect(Array(after.notes.prefix(before.notes.count)).map(\.id) == before.notes.map(\.id))
        let cic = try #require(after.notes.first { $0.text == "Start CIC." })
        #expect(cic.author == "dr.uro")
        #expect(after.consults.first { $0.question == "Bladder plan?" }?.status == .accepted)
        let report = try #require(after.results.first)
        #expect(report.orderID == order, "the report answers the order the board already held")
        #expect(after.notes.first { $0.id == note }?.addenda.map(\.text) == ["EMG booked", "EMG done"])
        #expect(after.labs.first { $0.test == "crp" }?.source?.hasPrefix("fhir:") == true)

        // Again: everything is on the board, nothing is written.
        let journal = try board.journal()
        let again = try board.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn])
        #expect(again.status == 0 && again.stdout.hasPrefix("added 0 resources"), "\(again)")
        #expect(try board.journal() == journal && counts(try board.record()) == counts(after))
        // And the board's own export, imported back, is all on the board.
        let own = try export(board, to: "own.json")
        let back = try board.run(["import", own, "--format", "fhir", "--patient", CLIBoard.mrn])
        #expect(back.status == 0 && back.stdout.hasPrefix("added 0 resources"), "\(back)")
        #expect(try board.journal() == journal)
        #expect(try board.run(["validate"]).status == 0)
        if FHIRValidator.isAvailable {
            _ = try FHIRValidator.validate(file)
            _ = try FHIRValidator.validate(own)
        }
    }

    /// Replaces the resource `id` of the bundle in `file` by `change` of it, and writes it back.
    private func edit(_ file: String, _ id: String, _ change: (inout [String: JSONValue]) -> Void) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard case var .object(bundle) = try JSONDecoder().decode(JSONValue.self, from: data), var entries = bundle["entry"]?.array,
              let index = entries.firstIndex(where: { $0["resource"]?["id"]?.string == id }),
              case var .object(entry) = entries[index], case var .object(resource) = entry["resource"] else {
            throw TestSetupError("no resource \(id) in \(file)")
        }
        change(&resource)
        entry["resource"] = .object(resource)
        entries[index] = .object(entry)
        bundle["entry"] = .array(entries)
        try BoardJSON.encoder().encode(JSONValue.object(bundle)).write(to: URL(fileURLWithPath: file))
    }

    private func index(of id: String, in file: String) throws -> Int {
        let bundle = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        guard let index = bundle["entry"]?.array?.firstIndex(where: { $0["resource"]?["id"]?.string == id }) else { throw TestSetupError("no \(id)") }
        return index
    }

    @Test func whatContradictsTheBoardIsRefusedWithItsPathAndNothingIsWritten() throws {
        let board = try board()
        let copy = try copy(of: board)
        // The copy adds a note, so a partial import would show.
        try copy.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "Only on the copy"])
        let file = try export(copy, to: "copy.json")
        let lab = try #require(try board.record().labs.first?.id)

        // The same id with other content: the value of a lab the board holds.
        try edit(file, lab) { $0["valueQuantity"] = .object(["value": .integer(140), "unit": "umol/L"]) }
        try board.refuse(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn],
                         "Bundle.entry[\(try index(of: lab, in: file))].resource: the board's \(lab) of \(CLIBoard.mrn) holds something else")
        try edit(file, lab) { $0["valueQuantity"] = .object(["value": .integer(88), "unit": "umol/L"]) }

        // Another patient's Bundle, and a patient whose gender or stay contradicts the board.
        try board.add(["admit", "--mrn", "SCI-T9", "--name", "Other Patient", "--age", "40", "--sex", "M", "--bed", "3-09", "--diagnosis", "T10 AIS A"])
        let patient = try index(of: CLIBoard.mrn, in: file)
        try board.refuse(["import", file, "--format", "fhir", "--patient", "SCI-T9"],
                         "Bundle.entry[\(patient)].resource.identifier: the bundle is about patient '\(CLIBoard.mrn)', not SCI-T9")
        try edit(file, CLIBoard.mrn) { $0["gender"] = "male" }
        try board.refuse(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn], "Bundle.entry[\(patient)].resource.gender: male contradicts")
        try edit(file, CLIBoard.mrn) { $0["gender"] = "female" }
        let stay = "stay-\(CLIBoard.mrn)"
        try edit(file, stay) { $0["period"] = .object(["start": "2026-01-01T00:00:00Z"]) }
        try board.refuse(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn],
                         "Bundle.entry[\(try index(of: stay, in: file))].resource.period.start: admitted 2026-01-01T00:00:00Z")
        // A report on an order neither the bundle nor the board holds.
        #expect(try board.record().notes.count == 1, "nothing of the refused bundles was written")
    }
}
