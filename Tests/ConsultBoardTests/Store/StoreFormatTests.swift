import Foundation
import Testing
@testable import ConsultBoard

/// The pieces of the on-disk format: dates, seals, journal envelopes, checkpoint rows.
@Suite struct StoreFormatTests {
    @Test(arguments: [
        "2026-11-25T08:30:00Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "1969-07-20T20:17:40Z",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    ])
    func boardDatesRoundTrip(text: String) throws {
        let date = try #require(BoardDate.parse(text))
        #expect(BoardDate.format(date) == text)
        // Foundation agrees (it reads years before 1582 in the Julian calendar, so compare only later ones).
        if text >= "1600" { #expect(ISO8601DateFormatter().date(from: text) == date) }
    }

    @Test func otherISODatesAreAcceptedAndBadOnesRefused() throws {
        #expect(BoardDate.parse("2026-11-25T16:30:00+08:00") == BoardDate.parse("2026-11-25T08:30:00Z"))
        #expect(BoardDate.parse("2026-11-25T08:30:00.250Z").map(BoardJSON.wholeSeconds) == BoardDate.parse("2026-11-25T08:30:00Z"))
        for bad in ["2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "yesterday", "2026-11-25", "2026-11-25T24:00:00Z"] {
            #expect(BoardDate.parse(bad) == nil, "\(bad)")
        }
        #expect(BoardDate.format(Date(timeIntervalSince1970: 1.75)) == "1970-01-01T00:00:01Z")
        #expect(BoardDate.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
    }

    @Test func aSealCatchesAnyChangedByte() throws {
        let object = Data(#"{"a":"王","b":[1,2]}"#.utf8)
        let sealed = Seal.seal(object)
        #expect(Seal.check(sealed) == .valid)
        #expect(try JSONSerialization.jsonObject(with: sealed) is [String: Any])
        for index in 0..<sealed.count {
            var spoiled = sealed
            spoiled[index] ^= 0x01
            #expect(Seal.check(spoiled) != .valid, "byte \(index)")
        }
        #expect(Seal.check(object) == .missing)
    }

    @Test func theEnvelopeScannerAgreesWithJSONDecoder() throws {
        let awkward: [BoardCommand] = [
            .addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: #"quote " backslash \ "patient":"X" }{ ]["#)),
            .addExam(AddExam(mrn: "SCI-0002", values: ["patient": "SCI-9", "seq": "1", "prev": "x"])),
            .admitPatient(AdmitPatient(patient: Sample.patient("A.b_c-1"))),
            .createBoard(CreateBoard(ward: "病房 🏥")),
            .setOrderStatus(SetOrderStatus(orderID: "O-3", status: .onHold, reason: "\n\t\u{1b}[31m")),
        ]
        let encoder = BoardJSON.encoder()
        for (index, command) in awkward.enumerated() {
            let entry = JournalEntry(
                sequence: index + 1, at: Sample.start, author: "dr.\"li\"", patient: command.namedPatient, command: command,
                previousHash: index == 0 ? "" : String(repeating: "ab", count: 32))
            let line = Seal.seal(try encoder.encode(entry))
            #expect(JournalEnvelope.scan(line) == JournalEnvelope(entry), "\(command.kind)")
        }
        #expect(JournalEnvelope.scan(Data(#"{"seq":1,"seq":2,"prev":"","kind":"board.create","v":1}"#.utf8)) == nil, "a repeated member is not guessed at")
        #expect(JournalEnvelope.scan(Data(#"{"seq":1,"prev":"","kind":"board.create","v":1} x"#.utf8)) == nil)
    }

    /// The checkpoint stores labs and notes as rows of fixed columns: a field added to `LabValue` or `Note`
    /// must be added to `LabRow`/`NoteRow` too, or it would be lost in the checkpoint.
    @Test func checkpointRowsHaveEveryFieldOfTheirRecords() throws {
        let lab = LabValue(id: "L-1", test: "crp", value: 3.5, unit: "mg/L", at: Sample.start, enteredBy: "lab")
        #expect(Mirror(reflecting: lab).children.compactMap(\.label) == LabRow.columns)
        var note = Note(id: "N-2", service: .ward, type: .progress, author: "a", at: Sample.start, text: "t")
        #expect(Mirror(reflecting: note).children.compactMap(\.label) == NoteRow.columns)
        note.addenda = [Addendum(id: "D-3", author: "b", at: Sample.start, text: "more")]
        note.enteredInError = ErrorMark(by: "c", at: Sample.start, reason: "wrong")
        let data = try BoardJSON.encoder().encode(CheckpointRowsFile(rows: [NoteRow(note)]))
        #expect(try BoardJSON.decoder().decode(CheckpointRowsFile<NoteRow>.self, from: data).rows.map(\.value) == [note])
        let labs = try BoardJSON.encoder().encode(CheckpointRowsFile(rows: [LabRow(lab)]))
        #expect(try BoardJSON.decoder().decode(CheckpointRowsFile<LabRow>.self, from: labs).rows.map(\.value) == [lab])
    }

    @Test func changeSummariesAreOneSafeLine() throws {
        let entry = JournalEntry(
            sequence: 3, at: Sample.start, author: "a", patient: "SCI-0001",
            command: Sample.note("SCI-0001", "line one\nline \u{1b}[31mtwo"), previousHash: "")
        #expect(entry.summary == "neurology progress note: line one line ␛[31mtwo")
        let hold = JournalEntry(
            sequence: 4, at: Sample.start, author: "a", patient: "SCI-0001",
            command: .setOrderStatus(SetOrderStatus(orderID: "O-3", status: .onHold, reason: "bleeding")), previousHash: "")
        #expect(hold.summary == "O-3 on-hold (bleeding)")
    }
}
