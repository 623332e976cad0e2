import Foundation
import Testing
@testable import ConsultBoard
#if canImport(Glibc)
import Glibc
#endif

/// One NOTIFY channel per board (migration 3): a terminal on board A is not woken by the changes of board B in
/// the same database, and A's own changes still arrive, also for a board whose name is too long to be a channel
/// name as it is (PostgreSQL's names are at most 63 bytes: the channel is then named by a hash).
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresBoardChannelTests {
    private func board(named name: String? = nil) throws -> PostgresBoardAddress {
        guard case var .postgres(address) = try TestPostgres.freshLocation() else { throw StoreError.noBoard(path: "?") }
        if let name { address.board = name }
        try Sample.board(in: .postgres(address), patients: 1)
        return address
    }

    /// The notifications `connection` (listening) receives until one says `board` reached `sequence`, bounded
    /// so that a lost one fails instead of hanging.
    private func payloads(_ connection: PostgresConnection, channel: String, until expected: String) throws -> [String] {
        let fd = try #require(connection.socket)
        var received: [String] = []
        while !received.contains(expected) {
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 10_000) == 1 else { break }
            received += try connection.notifications(on: channel)
        }
        return received
    }

    @Test func aChangeOnAnotherBoardDoesNotReachThisBoardsListenerAndItsOwnDoes() throws {
        let (a, b) = (try board(), try board())
        let listener = try PostgresConnection(uri: a.connectionURI, target: "listener")
        let row = try #require(try listener.query(
            "SELECT consult_board.channel($1), quote_ident(consult_board.channel($1)), consult_board.channel($2)", [a.board, b.board]).rows.first)
        let (channel, quoted, other) = (try #require(row[0]), try #require(row[1]), try #require(row[2]))
        #expect(channel != other)
        try listener.query("LISTEN " + quoted)
        // B's change commits first, A's after it: notifications arrive in commit order, so once A's is here, B's
        // would have been too, had it been sent to A's channel.
        try PostgresBoardStore(b).apply([Sample.note("SCI-0001", "on board B")], author: "dr.wang", at: nil)
        try PostgresBoardStore(a).apply([Sample.note("SCI-0001", "on board A")], author: "dr.li", at: nil)
        #expect(try payloads(listener, channel: channel, until: "\(a.board) 6") == ["\(a.board) 6"])
    }

    @Test func theWatchOfOneBoardWakesForItsChangesAndNotForAnothers() throws {
        let (a, b) = (try board(), try board())
        var open = try PostgresBoardStore(a).open()
        let watch = open.store.watch()
        let fd = try #require(watch.fileDescriptor)
        try PostgresBoardStore(b).apply([Sample.note("SCI-0001", "on board B")], author: "dr.wang", at: nil)
        try PostgresBoardStore(a).apply([Sample.note("SCI-0001", "on board A")], author: "dr.li", at: nil)
        // The first wake-up is already A's (B's change was never sent to this channel), and it brings A's change.
        var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 10_000) == 1)
        #expect(watch.drain())
        #expect(try open.refresh().map(\.sequence) == [6])
        #expect(open.board.patients["SCI-0001"]?.notes.last?.text == "on board A")
    }

    @Test func aBoardWhoseNameIsTooLongForAChannelIsAnnouncedOnAHashedOne() throws {
        let name = "t-" + String(repeating: "long-ward-name.", count: 3) + UUID().uuidString.prefix(8).lowercased()
        #expect(name.utf8.count > 49 && name.utf8.count <= 63)
        let address = try board(named: name)
        var open = try PostgresBoardStore(address).open()
        let watch = open.store.watch()
        let fd = try #require(watch.fileDescriptor)
        let channel = try #require(try PostgresConnection(uri: address.connectionURI, target: "test")
            .query("SELECT consult_board.channel($1)", [name]).scalar)
        #expect(channel.utf8.count <= 63 && !channel.contains("long-ward-name"))
        try PostgresBoardStore(address).apply([Sample.note("SCI-0001", "long name")], author: "dr.li", at: nil)
        var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 10_000) == 1)
        #expect(watch.drain())
        #expect(try open.refresh().map(\.sequence) == [6])
    }
}
