import Foundation
import Testing
@testable import ConsultBoard

/// What goes in through `apply` comes back out of `load`, from a new store on the same folder, exactly.
@Suite struct StoreRoundTripTests {
    @Test(arguments: BoardKind.available)
    func changesReadBackExactlyAsApplied(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        let store = try place.location.create(ward: "Spine 3", author: "dr.li", at: Sample.start)
        let commands: [BoardCommand] = [
            Sample.admit("SCI-0001", name: "王秀英"),
            Sample.note("SCI-0001", "见患者，病情稳定。Power 4/5 💪\nsecond line"),
            Sample.lab("SCI-0001", 92.5),
            Sample.order("SCI-0001"),
        ]
        var expected = Board()
        try expected.apply(.createBoard(CreateBoard(ward: "Spine 3")), context: ChangeContext(sequence: 1, author: "dr.li", at: Sample.start))
        let ids = try store.apply(commands, author: "dr.李", at: Sample.at(5))
        #expect(ids == ["SCI-0001", "N-3", "L-4", "O-5"])
        for (index, command) in commands.enumerated() {
            try expected.apply(command, context: ChangeContext(sequence: 2 + index, author: "dr.李", at: Sample.at(5)))
        }
        let hold = BoardCommand.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .onHold, reason: "awaiting MRI 等待"))
        #expect(try store.apply([hold], author: "nurse.王", at: Sample.at(9)) == ["O-5"])
        try expected.apply(hold, context: ChangeContext(sequence: 6, author: "nurse.王", at: Sample.at(9)))

        #expect(try store.load() == expected)
        #expect(try place.location.store().load() == expected)
        let record = try #require(try store.load().patients["SCI-0001"])
        #expect(record.notes.first?.text == "见患者，病情稳定。Power 4/5 💪\nsecond line")
        #expect(record.patient.name == "王秀英")
        #expect(record.orders.first?.history.last?.reason == "awaiting MRI 等待")
        #expect(record.notes.first?.author == "dr.李")
    }

    @Test(arguments: BoardKind.available)
    func everyChangeIsRecordedWithAuthorTimeAndPatient(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        let store = try Sample.board(in: place.location, patients: 2)
        let entries = try store.entries(since: 0, patient: nil)
        #expect(entries.map(\.sequence) == Array(1...9))
        #expect(entries.first?.command.kind == .createBoard)
        #expect(entries.allSatisfy { $0.author == "dr.li" })
        #expect(entries[1].patient == "SCI-0001")
        #expect(entries[1].at == Sample.at(1))
        #expect(try store.entries(since: 5, patient: nil).map(\.sequence) == [6, 7, 8, 9])
        #expect(try store.entries(since: 0, patient: "SCI-0002").map(\.sequence) == [6, 7, 8, 9])
    }

    @Test func aRefusedChangeWritesNothing() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        let before = try BoardFiles(folder: folder.board).snapshot()
        #expect(throws: StoreError.rejected(.unknownPatient("SCI-9999"))) {
            try store.apply([Sample.note("SCI-0001"), Sample.note("SCI-9999")], author: "dr.li")
        }
        #expect(throws: StoreError.rejected(.unknownRecord("O-99", expected: .order))) {
            try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-99", status: .completed))], author: "dr.li")
        }
        #expect(try BoardFiles(folder: folder.board).snapshot() == before)
    }

    @Test func aBoardIsCreatedOnceAndOpenedOnlyWhereOneIs() throws {
        let folder = try StoreFolder()
        #expect(throws: StoreError.noBoard(path: folder.board)) { try BoardStore(path: folder.board) }
        try BoardStore.create(at: folder.board, ward: "Spine 3", author: "dr.li")
        #expect(throws: StoreError.alreadyExists(path: folder.board)) {
            try BoardStore.create(at: folder.board, ward: "Spine 3", author: "dr.li")
        }
        // A folder that holds other things is not taken over.
        try FileManager.default.createDirectory(atPath: folder.path("other"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder.path("other/notes.txt")))
        do {
            try BoardStore.create(at: folder.path("other"), ward: "Spine 3", author: "dr.li")
            Issue.record("a board was created in a folder that holds other files")
        } catch {
            #expect(error.description.contains("not empty"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("other")) == ["notes.txt"])
    }
}
