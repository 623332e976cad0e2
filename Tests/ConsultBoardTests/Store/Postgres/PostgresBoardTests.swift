import Dispatch
import Foundation
import Testing
@testable import ConsultBoard
#if canImport(Glibc)
import Glibc
#endif

/// What the database guarantees for a board that a folder cannot: the journal table refuses changes, only the
/// product's functions write it (checking seal, sequence and chain themselves), each line records the database
/// role that wrote it, roles get only what they may do, and a writer's unfinished transaction leaves nothing.
/// Against the private server `scripts/test` starts (skipped, saying so, without CONSULT_BOARD_TEST_POSTGRES).
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresBoardTests {
    /// A fresh board in the test database, with two patients.
    private func board() throws -> (PostgresBoardStore, PostgresBoardAddress) {
        guard case let .postgres(address) = try TestPostgres.freshLocation() else { throw StoreError.noBoard(path: "?") }
        try Sample.board(in: .postgres(address), patients: 2)
        return (try PostgresBoardStore(address), address)
    }

    private func superuser(_ address: PostgresBoardAddress) throws -> PostgresConnection {
        try PostgresConnection(uri: address.connectionURI, target: "test")
    }

    @Test func theJournalTableRefusesUpdateDeleteAndTruncateEvenToItsOwner() throws {
        let (store, address) = try board()
        let before = try store.journalLines()
        let connection = try superuser(address)
        for statement in [
            "UPDATE consult_board.journal SET line = line WHERE board_id = $1",
            "DELETE FROM consult_board.journal WHERE board_id = $1",
        ] {
            #expect(throws: PostgresError.self) { try connection.query(statement, [store.boardID]) }
            do { try connection.query(statement, [store.boardID]) } catch { #expect(error.sqlstate == "CB004", "\(error)") }
        }
        do {
            try connection.query("TRUNCATE consult_board.journal CASCADE")
            Issue.record("TRUNCATE was accepted")
        } catch { #expect(error.sqlstate == "CB004", "\(error)") }
        #expect(try store.journalLines() == before)
    }

    @Test func theDatabaseChecksSealSequenceAndChainOfEveryLine() throws {
        let (store, address) = try board()
        let before = try store.journalLines()
        let connection = try superuser(address)
        let last = try #require(before.last)
        let end = JournalPosition(offset: 0, lines: 0, revision: 9, lastHash: Seal.sha256Hex(last))
        func line(sequence: Int, previous: String) throws -> String {
            let entry = JournalEntry(
                sequence: sequence, at: Sample.at(30), author: "forger", patient: "SCI-0001", command: Sample.note("SCI-0001"), previousHash: previous)
            return String(decoding: try JournalCodec.line(for: entry, file: "test").dropLast(), as: UTF8.self)
        }
        let cases: [(String, String)] = [
            (try line(sequence: 11, previous: end.lastHash), "CB002"),  // a gap in the sequence
            (try line(sequence: 10, previous: String(repeating: "0", count: 64)), "CB002"),  // not chained to the last line
            (try line(sequence: 10, previous: end.lastHash).replacingOccurrences(of: "forger", with: "forgeR"), "CB003"),  // edited after sealing
        ]
        for (text, state) in cases {
            do {
                try connection.query("SELECT consult_board.append($1, $2::text[])", [address.board, PostgresBoardStore.arrayLiteral([text])])
                Issue.record("the database accepted a bad line (\(state))")
            } catch { #expect(error.sqlstate == state, "\(error)") }
        }
        #expect(try store.journalLines() == before)
        // The right line is accepted, and the board reads it.
        try connection.query("SELECT consult_board.append($1, $2::text[])", [address.board, PostgresBoardStore.arrayLiteral([try line(sequence: 10, previous: end.lastHash)])])
        #expect(try PostgresBoardStore(address).load().revision == 10)
    }

    @Test func eachLineRecordsTheDatabaseRoleThatWroteIt() throws {
        let (store, address) = try board()
        let role = try TestRole(address, member: "consult_board_writer")
        try PostgresBoardStore(role.address).apply([Sample.note("SCI-0001", "by my own role")], author: "dr.wang", at: nil)
        let rows = try superuser(address).query(
            "SELECT seq, session_role FROM consult_board.journal WHERE board_id = $1 ORDER BY seq", [store.boardID]).rows
        #expect(rows.last?[1] == role.name)
        #expect(rows.dropLast().allSatisfy { $0[1] == "consult_test" })
    }

    @Test func aReaderReadsButCannotWriteAndAWriterOnlyThroughTheFunctions() throws {
        let (store, address) = try board()
        let reader = try TestRole(address, member: "consult_board_reader")
        let readerStore = try PostgresBoardStore(reader.address)
        #expect(try readerStore.load() == (try store.load()))
        do {
            try readerStore.apply([Sample.note("SCI-0001")], author: "nurse", at: nil)
            Issue.record("a reader wrote")
        } catch {
            #expect(error.description.contains("42501"), "\(error)")
            #expect(error.description.contains("consult_board_writer"), "\(error)")
        }
        let writer = try TestRole(address, member: "consult_board_writer")
        let direct = try PostgresConnection(uri: writer.address.connectionURI, target: "test")
        do {
            try direct.query("INSERT INTO consult_board.journal (board_id, seq, line, line_sha256, kind) VALUES ($1, 99, 'x', 'x', 'x')", [store.boardID])
            Issue.record("a writer inserted into the journal table directly")
        } catch { #expect(error.isPermissionDenied, "\(error)") }
        #expect(try store.load().revision == 9)
    }

    @Test func aStaleEditIsRefusedNamingWhoChangedTheRecord() throws {
        let (store, _) = try board()
        let seen = try #require(try store.load().patients["SCI-0001"]?.revision)
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .onHold, reason: "MRI"))], author: "dr.zhou", at: Sample.at(20))
        let stale = BoardCommand.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .completed)).expecting(seen)
        do {
            try store.apply([stale], author: "dr.li", at: nil)
            Issue.record("a stale edit was accepted")
        } catch {
            guard case let .rejected(.staleRevision(_, _, _, by, _)) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(by == "dr.zhou")
        }
    }

    @Test func aWriterWhoseConnectionDiesMidTransactionLeavesNothingAndReleasesTheBoard() throws {
        let (store, address) = try board()
        let before = try store.journalLines()
        do {
            let dying = try superuser(address)
            try dying.query("BEGIN")
            let row = try dying.query("SELECT last_seq, last_sha256 FROM consult_board.lock_board($1)", [address.board]).rows.first
            let entry = JournalEntry(
                sequence: 10, at: Sample.at(40), author: "killed", patient: "SCI-0001", command: Sample.note("SCI-0001"),
                previousHash: (row?[1] ?? nil) ?? "")
            let line = String(decoding: try JournalCodec.line(for: entry, file: "test").dropLast(), as: UTF8.self)
            try dying.query("SELECT consult_board.append($1, $2::text[])", [address.board, PostgresBoardStore.arrayLiteral([line])])
            // The connection goes (as when the client is killed) without COMMIT.
        }
        #expect(try store.journalLines() == before)
        // The board's lock went with the transaction: the next writer gets through.
        try store.apply([Sample.note("SCI-0002", "after the crash")], author: "dr.li", at: nil)
        #expect(try store.load().revision == 10)
    }

    /// A dropped connection (the network, a proxy, or the server ending the session) while the writer is inside
    /// its transaction: the writer reports failure and nothing of its change is written.
    @Test func aConnectionDroppedMidTransactionIsAFailureThatWroteNothing() throws {
        let (store, address) = try board()
        let before = try store.journalLines()
        let holder = try superuser(address)
        try holder.query("BEGIN")
        try holder.query("SELECT consult_board.lock_board($1)", [address.board])
        let name = "dropped-" + UUID().uuidString.prefix(8).lowercased()
        let victim = PostgresBoardAddress(connectionURI: address.connectionURI + "&application_name=" + name, board: address.board)
        let outcome = LockedList<Result<[String?], StoreError>>()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            outcome.append(Result { () throws(StoreError) in
                try PostgresBoardStore(victim).apply([Sample.note("SCI-0001", "never acknowledged")], author: "dr.li", at: nil)
            })
        }
        // Wait (asking the server) until the writer waits for the board, then cut its connection.
        let watcher = try superuser(address)
        let waiting = """
            SELECT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
            WHERE a.application_name = $1 AND l.locktype = 'advisory' AND NOT l.granted
            """
        var pid: String?
        while pid == nil {
            pid = try watcher.query(waiting, [name]).scalar
            if pid == nil { usleep(5_000) }
        }
        try watcher.query("SELECT pg_terminate_backend($1::integer)", [pid])
        done.wait()
        try holder.query("ROLLBACK")
        guard case let .failure(error)? = outcome.all.first else {
            Issue.record("the writer whose connection dropped reported success")
            return
        }
        #expect(error.description.contains("may not have been saved") || error.description.contains("database"), "\(error)")
        #expect(try store.journalLines() == before)
    }

    /// A connection that dropped while idle is opened again before the next change, which goes in once.
    @Test func aStoreWhoseIdleConnectionDroppedConnectsAgainForTheNextChange() throws {
        let (_, address) = try board()
        let name = "idle-" + UUID().uuidString.prefix(8).lowercased()
        let store = try PostgresBoardStore(PostgresBoardAddress(connectionURI: address.connectionURI + "&application_name=" + name, board: address.board))
        try store.apply([Sample.note("SCI-0001", "first")], author: "dr.li", at: nil)
        try superuser(address).query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [name])
        #expect(try store.apply([Sample.note("SCI-0001", "second")], author: "dr.li", at: nil) == ["N-11"])
        let notes = try PostgresBoardStore(address).load().patients["SCI-0001"]?.notes.map(\.text) ?? []
        #expect(notes.filter { $0 == "first" || $0 == "second" } == ["first", "second"])
    }

    @Test func aStatementTimeoutRefusesTheChangeAndWritesNothing() throws {
        let (store, address) = try board()
        let before = try store.journalLines()
        // Another writer holds the board (its transaction is open), so this one waits past its timeout.
        let holder = try superuser(address)
        try holder.query("BEGIN")
        try holder.query("SELECT consult_board.lock_board($1)", [address.board])
        let impatient = PostgresBoardAddress(
            connectionURI: address.connectionURI + "&options=-c%20statement_timeout%3D300", board: address.board)
        do {
            try PostgresBoardStore(impatient).apply([Sample.note("SCI-0001")], author: "dr.li", at: nil)
            Issue.record("the change went through a held lock")
        } catch {
            #expect(error.description.contains("57014"), "\(error)")
            #expect(error.description.contains("nothing was changed"), "\(error)")
        }
        try holder.query("ROLLBACK")
        #expect(try store.journalLines() == before)
    }

    @Test func anotherConnectionsChangeWakesTheWatchAndRefreshBringsItIn() throws {
        let (store, address) = try board()
        var open = try PostgresBoardStore(address).open()
        let watch = open.store.watch()
        let fd = try #require(watch.fileDescriptor)
        #expect(!open.hasChanges())
        let ids = try store.apply([Sample.note("SCI-0002", "from another terminal")], author: "dr.chen", at: nil)
        // Waits until this board's notification arrives (other tests' boards notify on the same channel and wake
        // the watch too; `drain` says whether one was this board's). Bounded, so a lost one fails, not hangs.
        var woke = false
        while !woke {
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 10_000) == 1 else { break }
            woke = watch.drain()
        }
        #expect(woke)
        #expect(open.hasChanges())
        let new = try open.refresh()
        #expect(new.map(\.sequence) == [10])
        #expect(open.board.patients["SCI-0002"]?.notes.last?.id == ids.first ?? nil)
        #expect(open.board == (try store.load()))
    }

    @Test(arguments: [BoardKind.folder, BoardKind.postgres])
    func aBoardCopiedBetweenHomesKeepsEveryByteAndValidates(from kind: BoardKind) throws {
        let source = try kind.freshLocation()
        let store = try Sample.board(in: source.location, patients: 3)
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-5", status: .onHold, reason: "等待 MRI"))], author: "dr.李", at: Sample.at(30))
        let target = try (kind == .folder ? BoardKind.postgres : .folder).freshLocation()
        #expect(try BoardCopy.copy(from: store, to: target.location).entries == 14)
        let copy = try target.location.store()
        #expect(try copy.journalLines() == (try store.journalLines()))
        #expect(try copy.load() == (try store.load()))
        let report = target.location.validate()
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.revision == 14)
        // A copy never overwrites a board.
        #expect(throws: StoreError.self) { try BoardCopy.copy(from: store, to: target.location) }
        #expect(try copy.journalLines() == (try store.journalLines()))
        // And it goes on like the original: the next change gets the next number.
        #expect(try copy.apply([Sample.note("SCI-0003")], author: "dr.li", at: nil) == ["N-15"])
    }

    @Test func validateFindsACheckpointThatDisagreesWithTheJournal() throws {
        let (store, address) = try board()
        #expect(store.validate().isIntact)
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(store.validate())
        let board = try store.load()
        var wrong = board
        wrong.ward = "Another ward"
        let hash = Seal.sha256Hex(try #require(try store.journalLines().last))
        // A checkpoint of another ward at the journal's end, saved as a writer would (the newest is the one read).
        try store.checkpoint.write(
            wrong, changed: nil, previous: nil, position: PostgresBoardStore.position(revision: board.revision, lastHash: hash),
            modes: .ownerOnly)
        _ = address
        let report = store.validate()
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.message.contains("disagrees") })
        // In Chinese for a Chinese reader, the English as it was.
        #expect(report.problems.contains { $0.message.contains("(its ward or creation time differs; the journal wins, the checkpoint is only a cache)") })
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(report)
    }
}

extension PostgresBoardTests {
    /// As on a folder board (`RosterTests`): once the board asks for it, each change's new journal hash goes to the
    /// system log (the same `SyslogRecord`), and a change is refused, writing nothing, when the logger is missing.
    @Test func theLatestHashIsSentToSyslogWhenTheBoardAsksForIt() throws {
        var (store, _) = try board()
        let folder = try StoreFolder()
        let log = folder.path("syslog.txt")
        let program = folder.path("fake-logger")
        try Data("#!/bin/sh\necho \"$@\" >> '\(log)'\n".utf8).write(to: URL(fileURLWithPath: program))
        chmod(program, 0o755)
        store.hooks.syslogProgram = program
        try store.apply([Sample.note("SCI-0001")], author: "dr.li", at: nil)
        #expect(!FileManager.default.fileExists(atPath: log), "off unless the board asks")
        try store.apply([.setRosterPolicy(SetRosterPolicy(syslog: true))], author: "dr.li", at: nil)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li", at: nil)
        let last = try #require(try store.journalLines().last)
        let logged = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 2, "\(logged)")
        #expect(logged.last?.contains("revision 12 journal sha256 \(Seal.sha256Hex(last))") == true, "\(logged)")
        #expect(logged.last?.contains(store.address.board) == true, "\(logged)")
        store.hooks.syslogProgram = folder.path("no-such-logger")
        let before = try store.journalLines()
        do {
            try store.apply([Sample.note("SCI-0001")], author: "dr.li", at: nil)
            Issue.record("a change went out without the system log record the board asks for")
        } catch {
            #expect(error.description.contains("nothing was changed"), "\(error)")
        }
        #expect(try store.journalLines() == before)
    }
}

/// A login role of its own for one test, member of one of the product's roles (dropped when the test ends is
/// not needed: the cluster is private and temporary).
struct TestRole {
    let name: String
    let address: PostgresBoardAddress

    init(_ address: PostgresBoardAddress, member group: String) throws {
        name = "person_" + UUID().uuidString.prefix(8).lowercased()
        let connection = try PostgresConnection(uri: address.connectionURI, target: "test")
        // Role names cannot be parameters; this one is made of letters, digits and '_' above.
        try connection.query("CREATE ROLE \(name) LOGIN IN ROLE \(group)")
        var parts = address.connectionURI.split(separator: "?", maxSplits: 1).map(String.init)
        let query = parts.count == 2 ? parts[1].split(separator: "&").filter { !$0.hasPrefix("user=") }.joined(separator: "&") : ""
        parts = [parts[0], (query.isEmpty ? "" : query + "&") + "user=" + name]
        self.address = PostgresBoardAddress(connectionURI: parts.joined(separator: "?"), board: address.board)
    }
}
