import Foundation
import Testing
@testable import ConsultBoard

/// A change and a read fetch the checkpoint's manifest and the journal's tail in one round trip, at most
/// `pipelinedTailLimit` lines of it; a longer tail (a checkpoint that was not written) is read again whole, so
/// nothing after the limit is missed: every note is read, the next change follows the journal's real end.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresLongTailTests {
    @Test func aTailLongerThanThePipelinedReadIsReadWhole() throws {
        guard case let .postgres(address) = try TestPostgres.freshLocation() else { throw StoreError.noBoard(path: "?") }
        let store = try Sample.board(in: .postgres(address), patients: 1).checkpointing(every: 1_000_000)
        let count = PostgresBoardStore.pipelinedTailLimit + 8
        let notes = (1...count).map { Sample.note("SCI-0001", "long tail note \($0)") }
        try store.apply(notes, author: "dr.li", at: Sample.at(50))
        let reader = try PostgresBoardStore(address)
        let (_, tail) = try reader.beginReadingTail(locked: true)
        _ = try? reader.connection.query("ROLLBACK")
        #expect(tail.lines.count >= count)
        let id = try #require(try reader.apply([Sample.note("SCI-0001", "after the long tail")], author: "dr.li", at: Sample.at(60)).first ?? nil)
        let texts = try reader.load().patients["SCI-0001"]?.notes.map(\.text) ?? []
        #expect(texts.filter { $0.hasPrefix("long tail note ") }.count == count)
        #expect(try reader.record("SCI-0001")?.notes.contains { $0.id == id && $0.text == "after the long tail" } == true)
        #expect(reader.validate().isIntact)
    }
}
