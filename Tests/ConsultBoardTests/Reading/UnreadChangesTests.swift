import Foundation
import Testing
@testable import ConsultBoard

/// "What is unread": others' changes since the reader last looked, per patient, tab (area) and record.
@Suite struct UnreadChangesTests {
    /// A board with two patients signed by dr.li, then changes by others and by the reader.
    private func ward() throws -> (store: BoardStore, folder: StoreFolder, baseline: Int) {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        return (store, folder, try store.load().revision)
    }

    private func unread(_ store: BoardStore, marks: ReadMarks, reader: String = "dr.li") throws -> (UnreadChanges, Board) {
        var changes = UnreadChanges(reader: reader, completeAfter: marks.baseline)
        changes.receive(try store.entries(since: marks.baseline, patient: nil))
        return (changes, try store.load())
    }

    @Test func othersChangesAreUnreadByPatientAreaAndRecordTheReadersOwnAreNot() throws {
        let (store, folder, baseline) = try ward()
        defer { withExtendedLifetime(folder) {} }
        let ids = try store.apply([Sample.lab("SCI-0001", 140)], author: "lab.feed")
        try store.apply([Sample.note("SCI-0002", "my own note")], author: "dr.li")
        let marks = ReadMarks(board: "b", reader: "dr.li", baseline: baseline)
        let (changes, board) = try unread(store, marks: marks)
        let first = changes.patient(try #require(board.patients["SCI-0001"]), marks: marks)
        #expect(first.isUnread && first.changesSinceOpened == 1)
        #expect(first.areas == [.labs])
        #expect(first.records == Set(ids.compactMap { $0 }))
        let second = changes.patient(try #require(board.patients["SCI-0002"]), marks: marks)
        #expect(!second.isUnread && second.areas.isEmpty, "the reader's own note is not unread")
        #expect(changes.unreadPatients(board, marks: marks) == ["SCI-0001"])
    }

    @Test func openingThePatientClearsItsBoardMarkAndOpeningATabClearsThatTab() throws {
        let (store, folder, baseline) = try ward()
        defer { withExtendedLifetime(folder) {} }
        try store.apply([Sample.lab("SCI-0001", 140)], author: "lab.feed")
        try store.apply([Sample.note("SCI-0001", "night: febrile")], author: "rn.zhou")
        var marks = ReadMarks(board: "b", reader: "dr.li", baseline: baseline)
        let (changes, board) = try unread(store, marks: marks)
        let record = try #require(board.patients["SCI-0001"])
        #expect(changes.patient(record, marks: marks).areas == [.labs, .notes])

        marks.markSeen("SCI-0001", through: board.revision)
        marks.markSeen("SCI-0001", area: .overview, through: board.revision)
        let opened = changes.patient(record, marks: marks)
        #expect(!opened.isUnread, "opened: no mark on the board list")
        #expect(opened.areas == [.labs, .notes], "the tabs not looked at keep their marks")

        marks.markSeen("SCI-0001", area: .notes, through: board.revision)
        #expect(changes.patient(record, marks: marks).areas == [.labs])
    }

    @Test func aChangeOlderThanTheEntriesReadStillMarksItsPatient() throws {
        let (store, folder, baseline) = try ward()
        defer { withExtendedLifetime(folder) {} }
        try store.apply([Sample.lab("SCI-0001", 140)], author: "lab.feed")
        let board = try store.load()
        let marks = ReadMarks(board: "b", reader: "dr.li", baseline: baseline)
        // Entries complete only after the board's revision: the lab is not among them.
        let changes = UnreadChanges(reader: "dr.li", completeAfter: board.revision)
        let first = changes.patient(try #require(board.patients["SCI-0001"]), marks: marks)
        #expect(first.isUnread && first.isChangedUnknown && first.areas == [.overview])
        #expect(!changes.patient(try #require(board.patients["SCI-0002"]), marks: marks).isUnread)
    }

    @Test func distrustedMarksCountEverythingOthersDidAsUnread() throws {
        let (store, folder, _) = try ward()
        defer { withExtendedLifetime(folder) {} }
        let marks = ReadMarks(board: "b", reader: "dr.wang", baseline: 0)
        let (changes, board) = try unread(store, marks: marks, reader: "dr.wang")
        #expect(Set(changes.unreadPatients(board, marks: marks)) == Set(board.patients.keys))
    }

    @Test func forgettingKeepsWhatAnyAreaHasNotSeen() throws {
        let (store, folder, baseline) = try ward()
        defer { withExtendedLifetime(folder) {} }
        try store.apply([Sample.lab("SCI-0001", 140)], author: "lab.feed")
        var marks = ReadMarks(board: "b", reader: "dr.li", baseline: baseline)
        var (changes, board) = try unread(store, marks: marks)
        marks.markSeen("SCI-0001", through: board.revision)
        changes.forget(seenIn: marks)
        #expect(changes.changes["SCI-0001"]?.count == 1, "the Labs tab has not been looked at")
        marks.markSeen("SCI-0001", area: .labs, through: board.revision)
        changes.forget(seenIn: marks)
        #expect(changes.changes["SCI-0001"] == nil)
        board = try store.load()
        #expect(changes.patient(try #require(board.patients["SCI-0001"]), marks: marks).areas.isEmpty)
    }

    @Test func eachKindOfChangeShowsWhereItsTabIs() throws {
        func entry(_ command: BoardCommand) -> JournalEntry {
            JournalEntry(sequence: 9, at: Sample.start, author: "x", patient: "SCI-0001", command: command, previousHash: "")
        }
        #expect(PatientChange(entry(Sample.note("SCI-0001")))?.area == .notes)
        #expect(PatientChange(entry(Sample.note("SCI-0001")))?.record == "N-9")
        #expect(PatientChange(entry(Sample.order("SCI-0001")))?.record == "O-9")
        #expect(PatientChange(entry(.setOrderStatus(SetOrderStatus(orderID: "O-3", status: .onHold, reason: "bleeding"))))?.record == "O-3")
        #expect(PatientChange(entry(.updatePatient(UpdatePatient(mrn: "SCI-0001", bed: "3-01"))))?.area == .overview)
        var boardLevel = entry(Sample.note("SCI-0001"))
        boardLevel.patient = nil
        #expect(PatientChange(boardLevel) == nil)
    }
}
