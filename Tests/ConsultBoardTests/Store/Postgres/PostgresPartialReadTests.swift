import Foundation
import Testing
@testable import ConsultBoard

/// A board in a database reads only what a change or a read needs, as a folder board does: the checkpoint's
/// files are rows, and a change to one patient never opens another patient's. Shown by damaging one patient's
/// checkpoint rows: changes and reads of the other patient go on, reads of the damaged one are refused naming
/// the file, and `validate` reports it.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresPartialReadTests {
    @Test func aChangeReadsOnlyThePatientsItTouches() throws {
        guard case let .postgres(address) = try TestPostgres.freshLocation() else { throw StoreError.noBoard(path: "?") }
        let made = try Sample.board(in: .postgres(address), patients: 2).checkpointing(every: 1)
        // This change is folded into a checkpoint that holds both patients' files.
        try made.apply([Sample.note("SCI-0002")], author: "dr.li", at: Sample.at(50))
        let store = try PostgresBoardStore(address)
        let damaged = try PostgresConnection(uri: address.connectionURI, target: "test").query(
            "UPDATE consult_board.checkpoint_files SET content = content || ' ' WHERE board_id = $1 AND name LIKE 'patients/SCI-0002.%' RETURNING name",
            [store.boardID]).rows
        #expect(!damaged.isEmpty)

        let id = try #require(try store.apply([Sample.note("SCI-0001")], author: "dr.li", at: Sample.at(60)).first ?? nil)
        #expect(try store.record("SCI-0001")?.notes.contains { $0.id == id } == true)
        #expect(try store.wardList().patients.map(\.mrn) == ["SCI-0001", "SCI-0002"])
        for read in [{ _ = try store.record("SCI-0002") }, { _ = try store.load() }] {
            #expect { try read() } throws: { error in
                guard case let .damaged(file, _, reason) = error as? StoreError else { return false }
                return file.contains("patients/SCI-0002.") && reason.english.contains("hash")
            }
        }
        #expect(!store.validate().isIntact)
    }
}
