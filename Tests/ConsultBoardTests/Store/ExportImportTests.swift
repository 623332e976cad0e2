import Foundation
import Testing
@testable import ConsultBoard

/// The whole board as one document, and a new board from it: export, import, export gives the same bytes;
/// imported ids are kept and new ids never collide with them; a malformed document is refused by JSON path.
@Suite struct ExportImportTests {
    private func richBoard(at path: String) throws -> BoardStore {
        let store = try Sample.board(at: path, patients: 3).checkpointingEvery(5)
        try store.apply([.addAddendum(AddAddendum(noteID: "N-3", text: "补充 addendum ✍️"))], author: "dr.wu")
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .onHold, reason: "bleeding risk"))], author: "dr.wu")
        try store.apply([.requestConsult(RequestConsult(mrn: "SCI-0002", service: .nephrology, question: "AKI?", urgency: .urgent))], author: "dr.li")
        try store.apply([.markNoteInError(MarkNoteInError(noteID: "N-7", reason: "wrong patient"))], author: "dr.li")
        return store
    }

    @Test func exportImportExportIsIdentical() throws {
        let folder = try StoreFolder()
        let store = try richBoard(at: folder.board)
        let first = try store.export()
        let bytes = try first.encoded()
        let document = try ExportDocument.decode(bytes)
        #expect(document == first)
        let imported = try BoardStore.importBoard(document, at: folder.path("copy"), author: "admin")
        #expect(try imported.export().encoded() == bytes)
        #expect(try imported.load() == (try store.load()))
        #expect(BoardStore.validate(at: folder.path("copy")).isIntact)
        #expect(try imported.entries().map(\.command.kind) == [.importBoard])
    }

    @Test func newRecordsAfterAnImportNeverReuseAnImportedId() throws {
        let folder = try StoreFolder()
        let store = try richBoard(at: folder.board)
        let document = try store.export()
        let imported = try BoardStore.importBoard(document, at: folder.path("copy"), author: "admin")
        let ids = try imported.apply([Sample.note("SCI-0001"), Sample.lab("SCI-0002")], author: "dr.li")
        #expect(ids == ["N-\(document.revision + 1)", "L-\(document.revision + 2)"])
        // Imported ids still work as before.
        #expect(try imported.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .active))], author: "dr.li") == ["O-5"])
        #expect(try imported.load() == (try imported.replayedFromJournal()))
        #expect(try imported.entries(patient: "SCI-0003").first?.command.kind == .importBoard, "the audit of a patient starts with its import")
    }

    @Test func importRefusesAnExistingBoard() throws {
        let folder = try StoreFolder()
        let store = try richBoard(at: folder.board)
        #expect(throws: StoreError.alreadyExists(path: folder.board)) {
            try BoardStore.importBoard(store.export(), at: folder.board, author: "admin")
        }
    }

    private func problem(in json: String) -> ImportError? {
        do {
            _ = try ExportDocument.decode(Data(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    /// The rich board's document as a JSON object to spoil.
    private func document() throws -> [String: Any] {
        let folder = try StoreFolder()
        let data = try richBoard(at: folder.board).export().encoded()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aMalformedDocumentIsRefusedWithTheJSONPathOfItsFirstProblem() throws {
        let error = try #require(try problem { try set("at", "yesterday", in: "notes", of: 2, &$0) })
        #expect(error.path == "$.patients[2].notes[0].at")
        #expect(error.description.hasPrefix("$.patients[2].notes[0].at: expected an ISO 8601 date"))

        #expect(problem(in: "{\"format\":\"something-else\"}")?.path == "$.format")
        #expect(problem(in: "not json")?.reason.contains("not valid JSON") == true)
        var newer = try document()
        newer["schemaVersion"] = 2
        #expect(problem(in: try json(newer))?.reason.contains("newer consult-board") == true)
        #expect(try problem { $0[1]["patient"] = nil }?.path == "$.patients[1].patient")
    }

    /// The rich board's document with `edit` applied to its patients, and the error importing it gives.
    private func problem(afterEditing edit: (inout [[String: Any]]) throws -> Void) throws -> ImportError? {
        var doc = try document()
        var patients = try #require(doc["patients"] as? [[String: Any]])
        try edit(&patients)
        doc["patients"] = patients
        return problem(in: try json(doc))
    }

    /// Sets `key` of the first record in `list` of patient `index`.
    private func set(_ key: String, _ value: Any, in list: String, of index: Int, _ patients: inout [[String: Any]]) throws {
        var records = try #require(patients[index][list] as? [[String: Any]])
        records[0][key] = value
        patients[index][list] = records
    }

    @Test func inconsistentRecordsAreRefusedByPath() throws {
        let duplicate = try #require(try problem { try set("id", "L-4", in: "labs", of: 1, &$0) })
        #expect(duplicate.path == "$.patients[1].labs[0].id" && duplicate.reason.contains("also used at $.patients[0].labs[0].id"))
        // An id numbered after the board's revision would collide with a new record.
        #expect(try problem { try set("id", "O-9999", in: "orders", of: 0, &$0) }?.path == "$.patients[0].orders[0].id")
        #expect(try problem { try set("id", "N-1", in: "labs", of: 0, &$0) }?.reason.contains("not a lab id") == true)
        let twice = try problem { patients in
            var header = try #require(patients[2]["patient"] as? [String: Any])
            header["mrn"] = "SCI-0001"
            patients[2]["patient"] = header
        }
        #expect(twice?.path == "$.patients[2].patient.mrn")
    }
}
