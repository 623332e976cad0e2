import Foundation

/// A board in a PostgreSQL database (`postgresql://…?board=NAME`): the same journal lines as a folder board, in
/// the table `consult_board.journal`, written only through the schema's functions (see `PostgresSchema`).
///
/// A change runs in one transaction: `lock_board` takes the board's transaction-scoped advisory lock and says
/// where the journal ends; the store reads the newest checkpoint's manifest and the journal's tail after it,
/// builds a board of only what the commands need (the folder store's partial read, from the same checkpoint
/// files kept as rows: `PostgresCheckpointStorage`), validates the commands against it exactly as the folder
/// store does (`ChangeBatch`: the same door, the same stale-revision and permission checks, a refusal confirmed
/// against the whole board), and
/// `append` checks each line's seal, sequence and chain again inside the database before inserting it. The
/// commit is the acknowledgement: a change whose commit did not return is reported as failed.
public struct PostgresBoardStore: BoardStoring {
    public let address: PostgresBoardAddress
    let connection: PostgresConnection
    let boardID: String
    var policy = CheckpointPolicy()
    /// Who writes from this process: the login checked against the ward roster and recorded beside the
    /// database's `session_user`, and the key the changes are signed with (as on a folder board).
    public var writer: Writer = .process
    /// Test hooks (only `syslogProgram` applies to a database board).
    var hooks = StoreHooks()

    public var location: BoardLocation { .postgres(address) }

    /// What errors name as the "file": the board and its database.
    var journalName: String { "the journal of \(address.description)" }

    /// Connects and checks that the database has the schema and the board.
    public init(_ address: PostgresBoardAddress) throws(StoreError) {
        self.address = address
        do throws(PostgresError) {
            connection = try PostgresConnection(uri: address.connectionURI, target: address.description)
        } catch {
            throw Self.storeError(error, address: address, doing: "open")
        }
        let id: String?
        do throws(PostgresError) {
            // The schema's version and the board's id in one round trip (the version first: an old schema may
            // lack what a newer one has, and is reported as such).
            let row = try connection.query(
                "SELECT (SELECT max(version) FROM consult_board.migrations), (SELECT id FROM consult_board.boards WHERE name = $1)",
                [address.board]).rows.first
            try Self.checkSchema(version: (row?[0] ?? nil).flatMap { Int($0) } ?? 0)
            id = row?[1] ?? nil
        } catch {
            throw Self.storeError(error, address: address, doing: "open")
        }
        guard let id else { throw .noBoard(path: address.description) }
        boardID = id
    }

    static func checkSchema(_ connection: PostgresConnection) throws(PostgresError) {
        try checkSchema(version: try connection.query(
            "SELECT max(version) FROM consult_board.migrations").scalar.flatMap { Int($0) } ?? 0)
    }

    /// Refuses a schema `found` that is not this build's.
    static func checkSchema(version found: Int) throws(PostgresError) {
        guard found <= PostgresSchema.version else {
            throw .server(
                sqlstate: "CB007",
                message: "the database's consult-board schema is version \(found), but this consult-board understands up to version \(PostgresSchema.version); use a newer consult-board",
                hint: nil)
        }
        guard found == PostgresSchema.version else {
            throw .server(
                sqlstate: "CB008",
                message: "the database's consult-board schema is version \(found), this consult-board needs version \(PostgresSchema.version); run `consult-board db init` to migrate it",
                hint: nil)
        }
    }

    /// Creates a board named by `address` whose first entry is `command` numbered `sequence`.
    static func create(
        _ address: PostgresBoardAddress, first command: BoardCommand, sequence: Int, author: String, at: Date
    ) throws(StoreError) -> PostgresBoardStore {
        guard sequence >= 1, sequence <= BoardLimits.maxRevision else {
            throw .rejected(.outOfRange(field: "revision", value: "\(sequence)", expected: .tr("error.board.expected.between", ["low": "1", "high": "\(BoardLimits.maxRevision)"])))
        }
        let time = BoardJSON.wholeSeconds(at)
        var board = Board()
        do throws(BoardError) {
            try board.apply(command, context: ChangeContext(sequence: sequence, author: author, at: time))
        } catch { throw .rejected(error) }
        let entry = JournalEntry(sequence: sequence, at: time, author: author, patient: nil, command: command, previousHash: "")
        let line = try JournalCodec.line(for: entry, file: address.description).dropLast()
        do throws(PostgresError) {
            let connection = try PostgresConnection(uri: address.connectionURI, target: address.description)
            try checkSchema(connection)
            try connection.query("SELECT consult_board.create_board($1, $2)", [address.board, String(decoding: line, as: UTF8.self)])
        } catch {
            throw storeError(error, address: address, doing: "create")
        }
        let store = try PostgresBoardStore(address)
        store.saveCheckpoint(board, at: position(revision: sequence, lastHash: Seal.sha256Hex(line)))
        return store
    }

    // MARK: - Changes

    @discardableResult
    public func apply(_ commands: [BoardCommand], author: String, at: Date?) throws(StoreError) -> [String?] {
        guard !commands.isEmpty else { return [] }
        let time = BoardJSON.wholeSeconds(at ?? Date())
        return try write { (tail) throws(StoreError) -> Written<[String?]> in
            // Any trouble building the partial board sends us to the whole board, which reports it.
            let settings = try wardSettings(for: commands)
            let partial = try? checkpoint.partialBoard(for: commands, tail: tail, journal: journalName)
            let working = if let partial { partial } else { try fullBoard(tail) }
            do throws(BoardError) {
                return try accept(commands, on: working, after: tail.end, author: author, at: time, settings: settings)
            } catch {
                // A refusal from a partial board is confirmed against the whole board before it is reported,
                // unless it is about a patient or record that is nowhere on the board (as on a folder board).
                guard partial != nil, !checkpoint.isNowhere(error, tail: tail) else { throw .rejected(explained(error)) }
                let full = try fullBoard(tail)
                do throws(BoardError) {
                    return try accept(commands, on: full, after: tail.end, author: author, at: time, settings: settings)
                } catch { throw .rejected(explained(error)) }
            }
        }
    }

    /// `commands` validated against `board` as one change (the board is only what was read: never kept). The
    /// hash goes to the system log when the board asks for it before or after the change (as on a folder board).
    func accept(
        _ commands: [BoardCommand], on board: Board, after end: JournalPosition, author: String, at time: Date,
        settings: WardSettings? = nil
    ) throws(BoardError) -> Written<[String?]> {
        var batch = ChangeBatch(board: board, after: end, writer: writer.user.login)
        batch.settings = settings
        let ids = try batch.apply(commands, author: author, at: time)
        return Written(result: ids, entries: batch.entries, syslog: batch.board.roster.policy.syslog || board.roster.policy.syslog)
    }

    /// What a change set validated to: its result, the entries to append, the whole board after them when the
    /// writer has it (bulk work), and whether the journal's new hash goes to the system log (`SyslogRecord`).
    struct Written<T> {
        var result: T
        var entries: [JournalEntry]
        var board: Board?
        var syslog: Bool
        /// Statements run after the append, in the same transaction (a ward setting's row: `setWardSetting`).
        var besideJournal: [(sql: String, parameters: [String?])] = []

        init(result: T, entries: [JournalEntry], board: Board? = nil, syslog: Bool) {
            self.result = result
            self.entries = entries
            self.board = board
            self.syslog = syslog
        }
    }

    public func batch<T>(_ body: (inout ChangeBatch) throws(BoardError) -> T) throws(StoreError) -> T {
        try write { (tail) throws(StoreError) -> Written<T> in
            var batch = ChangeBatch(board: try fullBoard(tail), after: tail.end, writer: writer.user.login)
            do throws(BoardError) {
                let result = try body(&batch)
                return Written(result: result, entries: batch.entries, board: batch.board, syslog: batch.board.roster.policy.syslog)
            } catch { throw .rejected(error) }
        }
    }

    /// One change set in one transaction under the board's lock: `body` validates against the tail (and what it
    /// reads of the checkpoint) and returns what to append, and the whole board after it when it has it (bulk
    /// work); the commit is the acknowledgement. Afterwards a checkpoint is saved when due, and the new hash is
    /// sent to the system log when the board asks for it.
    func write<T>(
        _ body: (JournalTail) throws(StoreError) -> Written<T>
    ) throws(StoreError) -> T {
        var committed = false
        defer { if !committed { try? connection.query("ROLLBACK") } }
        let end: JournalPosition
        let tail: JournalTail
        let written: Written<T>
        do throws(StoreError) {
            (end, tail) = try beginReadingTail(locked: true)
            written = try body(tail)
        } catch {
            // Nothing was sent that could commit: a broken connection here is a change certainly not saved.
            throw connection.isOK ? error : notSaved(beforeCommit: false)
        }
        let entries = written.entries
        guard !entries.isEmpty else { return written.result }
        if written.syslog { try SyslogRecord.checkAvailable(hooks) }
        var lines: [String] = []
        var position = end
        var bytes = 0
        let encoder = BoardJSON.encoder()
        let key = try writer.signingKey()
        for (index, original) in entries.enumerated() {
            var entry = original
            entry.previousHash = position.lastHash
            // Each run of lines by one author is signed at its last line (`JournalSignature`), as on a folder board.
            let endsRun = index == entries.count - 1 || entries[index + 1].author != entry.author
            let line = try JournalCodec.line(
                for: entry, encoder: encoder, file: journalName, writer: writer.user, signingKey: endsRun ? key : nil
            ).dropLast()
            position = Self.position(revision: entry.sequence, lastHash: Seal.sha256Hex(line))
            bytes += line.count + 1
            lines.append(String(decoding: line, as: UTF8.self))
        }
        do throws(PostgresError) {
            // The lines, what goes beside them and the commit in one round trip: after a failed statement the
            // server skips the rest (the commit too), and the transaction is rolled back.
            let statements = [PostgresConnection.Statement(sql: "SELECT consult_board.append($1, $2::text[])", parameters: [address.board, Self.arrayLiteral(lines)])]
                + written.besideJournal.map { PostgresConnection.Statement(sql: $0.sql, parameters: $0.parameters) }
                + [PostgresConnection.Statement(sql: "COMMIT")]
            do throws(PostgresConnection.PipelineFailure) {
                _ = try connection.pipeline(statements)
            } catch {
                throw error.error
            }
            committed = true
        } catch .lostConnection(let target, let message) {
            // The commit may or may not have reached the server: ask the journal, on a new connection.
            committed = true
            switch wasCommitted(position) {
            case true?: break
            case false?: throw notSaved(beforeCommit: true)
            case nil: throw storeError(.lostConnection(target: target, message: message), doing: "write to")
            }
        } catch {
            throw storeError(error, doing: "write to")
        }
        let tailBytes = tail.lines.reduce(bytes) { $0 + $1.bytes.count + 1 }
        if tail.manifest == nil || policy.due(entries: tail.lines.count + entries.count, bytes: tailBytes) {
            if let after = written.board { saveCheckpoint(after, at: position) } else { foldTail() }
        }
        if written.syslog {
            try SyslogRecord.send(folder: address.description, mark: JournalMark(revision: position.revision, hash: position.lastHash), hooks: hooks)
        }
        return written.result
    }

    /// After the connection broke during `append` or `COMMIT`: whether the journal ends in the line that ends at
    /// `expected` (the change went in), asked on a new connection once it holds the board's lock, which the broken
    /// transaction held until it committed or rolled back; `nil` when that cannot be found out (within 10 s).
    private func wasCommitted(_ expected: JournalPosition) -> Bool? {
        do throws(PostgresError) {
            try connection.reconnect()
            try connection.query("BEGIN")
            defer { _ = try? connection.query("ROLLBACK") }
            try connection.query("SET LOCAL lock_timeout = '10s'")
            try connection.query("SELECT consult_board.lock_board($1)", [address.board])
            let found = try connection.query(
                "SELECT count(*) FROM consult_board.journal WHERE board_id = $1 AND seq = $2 AND line_sha256 = $3",
                [boardID, String(expected.revision), expected.lastHash]).scalar
            return found == "1"
        } catch {
            return nil
        }
    }

    /// A change the broken connection certainly did not save.
    private func notSaved(beforeCommit: Bool) -> StoreError {
        .io(
            file: address.description, operation: "write to the board",
            reason: beforeCommit ? .tr("store.reason.lostBeforeCommit") : .tr("store.reason.lostBeforeSent"))
    }

    /// Takes the board's lock (in the open transaction) and says where its journal ends.
    private func lockedEnd() throws(StoreError) -> JournalPosition {
        do throws(PostgresError) {
            let row = try connection.query("SELECT last_seq, last_sha256 FROM consult_board.lock_board($1)", [address.board]).rows.first
            return Self.position(revision: Int(row?[0] ?? "") ?? 0, lastHash: row?[1] ?? "")
        } catch {
            throw storeError(error, doing: "lock")
        }
    }

    /// Starts a transaction (`statement`: `BEGIN` and its options); a connection that broke while idle (a
    /// server restart) is opened again first.
    private func begin(_ statement: String = "BEGIN", doing operation: String = "write to") throws(StoreError) {
        do throws(PostgresError) {
            try connection.reconnectIfBroken()
            do throws(PostgresError) {
                try connection.query(statement)
            } catch .lostConnection {
                // Nothing was sent in this transaction yet: connecting again and beginning is safe.
                try connection.reconnectIfBroken()
                try connection.query(statement)
            }
        } catch {
            throw storeError(error, doing: operation)
        }
    }

    /// A stale edit's refusal, with who changed the record and when (from the journal).
    private func explained(_ error: BoardError) -> BoardError {
        guard case let .staleRevision(record, saw, current, nil, nil) = error, current > 0 else { return error }
        guard let text = try? connection.query(
            "SELECT line FROM consult_board.journal WHERE board_id = $1 AND seq = $2", [boardID, String(current)]).scalar,
            let entry = try? BoardJSON.decoder().decode(JournalEntry.self, from: Data(text.utf8))
        else { return error }
        return .staleRevision(record: record, saw: saw, current: current, by: entry.author, at: entry.at)
    }

    /// The place after entry `revision` whose line hashes to `lastHash`. A database has no byte offsets: offset and
    /// line count stand at the revision (0 only at the very start, where the journal must begin with the
    /// board's creation); only the revision and the hash are ever compared.
    static func position(revision: Int, lastHash: String) -> JournalPosition {
        JournalPosition(offset: revision, lines: revision, revision: revision, lastHash: lastHash)
    }

    /// A PostgreSQL text-array literal of `values` (one parameter, so nothing is spliced into SQL).
    static func arrayLiteral(_ values: [String]) -> String {
        "{" + values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "}"
    }

    // MARK: - Reading

    /// The checkpoint (its files kept in the database), read through this store's connection.
    var checkpoint: Checkpoint {
        Checkpoint(layout: BoardLayout(folder: address.description), hooks: StoreHooks(), storage: checkpointFiles)
    }

    var checkpointFiles: PostgresCheckpointStorage {
        PostgresCheckpointStorage(connection: connection, boardID: boardID, address: address)
    }

    /// The newest checkpoint's manifest and the journal's lines after it, checked (seal, chain, sequence), and
    /// when `end` is given, checked to end there (the caller holds the board's lock or reads one snapshot).
    func readTail(ending end: JournalPosition? = nil, doing operation: String = "read") throws(StoreError) -> JournalTail {
        let manifest = try checkpoint.manifest()
        let start = manifest?.journal ?? .start
        return try checkedTail(manifest: manifest, lines: try lines(after: start, doing: operation), ending: end)
    }

    /// Starts a transaction (`statement`) and reads the newest checkpoint's manifest and the journal's tail after
    /// it, checked like `readTail`, in one round trip (a pipeline); `locked`: takes the board's lock first (so
    /// the reads, each with its own snapshot, see every change committed before it) and checks that the tail
    /// ends where the lock says. A connection that broke while idle (a server restart) is opened again first,
    /// and once more when the transaction's start is what found it broken (nothing was sent that could commit).
    func beginReadingTail(
        _ statement: String = "BEGIN", locked: Bool, doing operation: String = "write to"
    ) throws(StoreError) -> (end: JournalPosition, tail: JournalTail) {
        let statements = tailStatements(statement, locked: locked)
        var results: [PostgresRows] = []
        do throws(PostgresConnection.PipelineFailure) {
            do throws(PostgresConnection.PipelineFailure) {
                do throws(PostgresError) { try connection.reconnectIfBroken() } catch { throw .init(index: 0, error: error) }
                results = try connection.pipeline(statements)
            } catch let failure where failure.index == 0 && failure.error.isLostConnection {
                _ = try? connection.query("ROLLBACK")
                do throws(PostgresError) { try connection.reconnectIfBroken() } catch { throw .init(index: 0, error: error) }
                results = try connection.pipeline(statements)
            }
        } catch {
            let step = error.index == 0 ? operation : (locked && error.index == 1 ? "lock" : "read")
            throw storeError(error.error, doing: step)
        }
        let lockRow = locked ? results[1].rows.first : nil
        let manifestRow = results[results.count - 2].rows.first
        let manifest = try self.manifest(in: manifestRow)
        var lines = try pipelinedTail(results[results.count - 1].rows, manifestRow: manifestRow, manifest: manifest)
        if lines == nil { lines = try self.lines(after: manifest?.journal ?? .start, doing: "read") }
        let end = locked ? Self.position(revision: Int(lockRow?[0] ?? "") ?? 0, lastHash: lockRow?[1] ?? "") : nil
        let tail = try checkedTail(manifest: manifest, lines: lines ?? [], ending: end)
        return (end ?? tail.end, tail)
    }

    /// `beginReadingTail`'s statements: the transaction's start, the board's lock (when `locked`), the newest
    /// manifest and the tail after it.
    private func tailStatements(_ statement: String, locked: Bool) -> [PostgresConnection.Statement] {
        var statements = [PostgresConnection.Statement(sql: statement, flushed: true)]
        if locked {
            statements.append(.init(sql: "SELECT last_seq, last_sha256 FROM consult_board.lock_board($1)", parameters: [address.board]))
        }
        statements.append(.init(
            sql: "SELECT revision, manifest FROM consult_board.checkpoint_manifests WHERE board_id = $1 ORDER BY revision DESC LIMIT 1",
            parameters: [boardID]))
        statements.append(.init(
            sql: "SELECT line FROM consult_board.journal WHERE board_id = $1 AND seq > coalesce((SELECT max(revision) FROM consult_board.checkpoint_manifests WHERE board_id = $1), 0) ORDER BY seq LIMIT \(Self.pipelinedTailLimit)",
            parameters: [boardID]))
        return statements
    }

    /// The newest manifest fetched as a row (`revision`, `manifest`), checked and decoded (`nil`: no checkpoint yet).
    private func manifest(in row: [String?]?) throws(StoreError) -> CheckpointManifest? {
        var fetched = checkpointFiles
        fetched.fetchedManifest = .some((row?[1] ?? nil).map { Data($0.utf8) })
        return try Checkpoint(layout: BoardLayout(folder: address.description), hooks: StoreHooks(), storage: fetched).manifest()
    }

    /// The tail the pipeline fetched after the newest manifest's revision, checked; `nil` when it must be read again
    /// by itself: a manifest whose journal position says otherwise (never written by this program) has its own
    /// tail, and a tail as long as the limit may be longer.
    private func pipelinedTail(_ rows: [[String?]], manifestRow: [String?]?, manifest: CheckpointManifest?) throws(StoreError) -> [JournalLine]? {
        let start = manifest?.journal ?? .start
        let fetchedFrom = (manifestRow?[0] ?? nil).flatMap { Int($0) } ?? 0
        guard fetchedFrom == start.revision && rows.count < Self.pipelinedTailLimit else { return nil }
        return try scanned(rows, from: start)
    }

    /// Every file of every patient the board's newest manifest names, with the patient's place in it (from 1): a
    /// whole-board read's files, found by the server in the snapshot the manifest was read in.
    static let everyPatientFile = """
        SELECT p.i, f.name, f.content
        FROM (SELECT manifest FROM consult_board.checkpoint_manifests WHERE board_id = $1 ORDER BY revision DESC LIMIT 1) AS m
        CROSS JOIN LATERAL json_array_elements(m.manifest::json->'patients') WITH ORDINALITY AS p(e, i)
        CROSS JOIN LATERAL (
            SELECT p.e->'record' UNION ALL SELECT x FROM json_array_elements(p.e->'labs') AS x
            UNION ALL SELECT y FROM json_array_elements(p.e->'notes') AS y) AS r(f)
        JOIN consult_board.checkpoint_files f ON f.board_id = $1 AND f.name = r.f->>'file' AND f.sha256 = r.f->>'sha256'
        """

    /// At most how many of the tail's lines the pipelined read fetches (a longer tail is read again by itself). The
    /// limit also makes the server read the tail by the journal's index: without it, the start of the tail being
    /// unknown when the statement is planned, it reads the whole journal for a third of it (the planner's guess).
    /// A tail is folded into a checkpoint at 256 entries (`CheckpointPolicy`), so it is almost always shorter.
    static let pipelinedTailLimit = 512

    /// The tail of `lines` after `manifest`, checked to end at `end` when given, and not empty.
    private func checkedTail(manifest: CheckpointManifest?, lines: [JournalLine], ending end: JournalPosition?) throws(StoreError) -> JournalTail {
        let start = manifest?.journal ?? .start
        let tail = JournalTail(manifest: manifest, start: start, lines: lines)
        if let end, tail.end.revision != end.revision || tail.end.lastHash != end.lastHash {
            throw .damaged(
                file: journalName, line: nil,
                reason: "the journal read ends at entry \(tail.end.revision), but the board's end is entry \(end.revision)")
        }
        if manifest == nil && lines.isEmpty {
            throw .damaged(file: journalName, line: nil, reason: .emptyJournal)
        }
        return tail
    }

    /// The whole board: every file of the checkpoint in one query, each patient decoded as soon as its files are
    /// in (`PostgresCheckpointStorage.read(groups:)`), and the tail replayed.
    func fullBoard(_ tail: JournalTail) throws(StoreError) -> Board {
        let patients = tail.manifest?.patients ?? []
        let checkpoint = checkpoint
        let decoded = try checkpointFiles.read(groups: patients.map(\.files)) { index, files in
            checkpoint.wholeRecord(patients[index], files: files)
        }
        var records: [PatientRecord] = []
        records.reserveCapacity(decoded.count)
        for result in decoded { records.append(try result.get()) }
        return try checkpoint.wholeBoard(tail, records: records, journal: journalName)
    }

    /// The journal's lines after `position`, checked against it (seal of the last, chain, sequence).
    func lines(after position: JournalPosition, everySeal: Bool = false, doing operation: String = "read") throws(StoreError) -> [JournalLine] {
        let rows: [[String?]]
        do throws(PostgresError) {
            rows = try connection.query(
                "SELECT line FROM consult_board.journal WHERE board_id = $1 AND seq > $2 ORDER BY seq", [boardID, String(position.revision)]
            ).rows
        } catch { throw storeError(error, doing: operation) }
        return try scanned(rows, from: position, everySeal: everySeal)
    }

    /// Journal lines fetched as rows (`line` first), checked to follow `position` (seal of the last, chain, sequence).
    private func scanned(_ rows: [[String?]], from position: JournalPosition, everySeal: Bool = false) throws(StoreError) -> [JournalLine] {
        var data = Data()
        for row in rows {
            data.append(contentsOf: (row.first ?? nil)?.utf8 ?? "".utf8)
            data.append(0x0A)
        }
        let (lines, damage) = JournalScanner.scan(data, from: position, everySeal: everySeal)
        if let damage { throw damage.error(file: journalName) }
        return lines
    }

    private func decoded(_ lines: [JournalLine]) throws(StoreError) -> [(Int, JournalEntry)] {
        let decoder = BoardJSON.decoder()
        var entries: [(Int, JournalEntry)] = []
        for line in lines { entries.append((line.number, try line.entry(decoder, file: journalName))) }
        return entries
    }

    /// The board as it is now (a consistent snapshot: one transaction, repeatable read).
    public func load() throws(StoreError) -> Board {
        try loadWithEnd().board
    }

    /// The whole board and where the journal ended, from one snapshot in one round trip: the snapshot's `BEGIN`,
    /// the newest manifest, the tail, every file of every patient in the checkpoint and `COMMIT` go in one
    /// pipeline, and the files are streamed (`PostgresCheckpointStream`: each patient is decoded as soon as its
    /// files are in, while the rest still come). Before, the files were a query of their own after the manifest,
    /// waited for whole before any decoding, and the `COMMIT` another. A tail the pipeline could not read whole
    /// (see `pipelinedTail`), or a connection found broken, is read the long way (`snapshotTail`).
    func loadWithEnd() throws(StoreError) -> (board: Board, end: JournalPosition) {
        var statements = tailStatements("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", locked: false)
        let manifestIndex = statements.count - 2
        statements.append(.init(sql: Self.everyPatientFile, parameters: [boardID]))
        statements.append(.init(sql: "COMMIT"))
        let stream = PostgresCheckpointStream(checkpoint: checkpoint)
        let results: [PostgresRows]
        do throws(PostgresConnection.PipelineFailure) {
            do throws(PostgresError) { try connection.reconnectIfBroken() } catch { throw .init(index: 0, error: error) }
            results = try connection.pipeline(statements, streaming: .init(index: manifestIndex + 2) { row, before in
                stream.take(row) { () throws(StoreError) in try self.manifest(in: before[manifestIndex].rows.first) }
            })
        } catch {
            // The server skipped the rest, `COMMIT` too: the snapshot's transaction ends here.
            _ = try? connection.query("ROLLBACK")
            if error.index == 0 && error.error.isLostConnection {
                return try snapshotTail { (tail) throws(StoreError) in (try fullBoard(tail), tail.end) }
            }
            throw storeError(error.error, doing: "read")
        }
        let manifestRow = results[manifestIndex].rows.first
        let manifest: CheckpointManifest?
        if let read = stream.manifest { manifest = try read.get() } else { manifest = try self.manifest(in: manifestRow) }
        guard let lines = try pipelinedTail(results[manifestIndex + 1].rows, manifestRow: manifestRow, manifest: manifest) else {
            return try snapshotTail { (tail) throws(StoreError) in (try fullBoard(tail), tail.end) }
        }
        let tail = try checkedTail(manifest: manifest, lines: lines, ending: nil)
        var records: [PatientRecord] = []
        if let manifest { records = try stream.records(of: manifest) }
        return (try checkpoint.wholeBoard(tail, records: records, journal: journalName), tail.end)
    }

    /// These patients' complete records, reading only their checkpoint files and the tail.
    public func load(patients mrns: [MRN]) throws(StoreError) -> Board {
        try loadMarked(patients: mrns).board
    }

    public func loadMarked(patients mrns: [MRN]?) throws(StoreError) -> (board: Board, mark: JournalMark) {
        guard let mrns else {
            let (board, end) = try loadWithEnd()
            return (board, JournalMark(revision: end.revision, hash: end.lastHash))
        }
        return try snapshotTail { (tail) throws(StoreError) in
            let board = try checkpoint.patients(mrns, tail: tail, journal: journalName) { () throws(StoreError) in try fullBoard(tail) }
            return (board, JournalMark(revision: tail.end.revision, hash: tail.end.lastHash))
        }
    }

    /// Every patient without notes and `select`'s pick (made from the headers) whole (`Checkpoint.boardList`), in
    /// one snapshot: the files of every patient, the pick's notes included, in one query.
    public func loadBoardList(wholeRecordOf select: (Board) -> MRN?) throws(StoreError) -> Board {
        try snapshotTail { (tail) throws(StoreError) in
            try checkpoint.boardList(tail, journal: journalName, select: select) { () throws(StoreError) in try fullBoard(tail) }
        }
    }

    /// The ward list from the checkpoint's manifest and the tail, without reading any patient's files.
    public func wardList() throws(StoreError) -> WardList {
        let board = try snapshotTail { (tail) throws(StoreError) in
            try checkpoint.headers(tail, journal: journalName) { () throws(StoreError) in try fullBoard(tail) }
        }
        return WardList(ward: board.ward, revision: board.revision, patients: board.patientsByBed.map(\.patient), departed: board.departedPatients.map(\.patient))
    }

    /// The roster, without reading any patient.
    public func roster() throws(StoreError) -> Roster {
        try snapshotTail { (tail) throws(StoreError) in
            try checkpoint.patients([], tail: tail, journal: journalName) { () throws(StoreError) in try fullBoard(tail) }.roster
        }
    }

    public func entries(since revision: Int, patient: MRN?) throws(StoreError) -> [JournalEntry] {
        let all = try snapshot { () throws(StoreError) in try decoded(try lines(after: .start)).map(\.1) }
        return all.filter { entry in
            guard entry.sequence > revision else { return false }
            guard let patient else { return true }
            if case let .importBoard(imported) = entry.command { return imported.patients.contains { $0.mrn == patient } }
            return entry.patient == patient
        }
    }

    public func journalLines() throws(StoreError) -> [Data] {
        try snapshot { () throws(StoreError) in try lines(after: .start).map(\.bytes) }
    }

    /// Where the journal ends now.
    func currentEnd() throws(StoreError) -> JournalPosition {
        do throws(PostgresError) {
            let row = try connection.query(
                "SELECT seq, line_sha256 FROM consult_board.journal WHERE board_id = $1 ORDER BY seq DESC LIMIT 1", [boardID]
            ).rows.first
            return Self.position(revision: Int(row?[0] ?? "") ?? 0, lastHash: row?[1] ?? "")
        } catch { throw storeError(error, doing: "read") }
    }

    /// `body` with the newest checkpoint's manifest and the tail after it, in a read-only transaction that sees one
    /// snapshot of the database (started and read in one round trip).
    private func snapshotTail<T>(_ body: (JournalTail) throws(StoreError) -> T) throws(StoreError) -> T {
        defer { try? connection.query("COMMIT") }
        let (_, tail) = try beginReadingTail("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", locked: false, doing: "read")
        return try body(tail)
    }

    /// `body` in a read-only transaction that sees one snapshot of the database.
    private func snapshot<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", doing: "read")
        defer { try? connection.query("COMMIT") }
        return try body()
    }

    // MARK: - Checkpoints

    /// Saves `board` (whole) as a checkpoint at `position`, in a transaction of its own under the board's lock
    /// (best effort: the change already stands; the next writer tries again).
    func saveCheckpoint(_ board: Board, at position: JournalPosition) {
        underLock { () throws(StoreError) in
            let previous = try checkpoint.manifest()
            try checkpoint.write(board, changed: nil, previous: previous, position: position, modes: .ownerOnly)
        }
    }

    /// Folds the tail into a new checkpoint, writing only the rows the tail changed (as a folder board does).
    private func foldTail() {
        underLock { () throws(StoreError) in
            let tail = try readTail(ending: try lockedEnd())
            try checkpoint.fold(tail, journal: journalName, modes: .ownerOnly) { () throws(StoreError) in try fullBoard(tail) }
        }
    }

    /// `body` in a transaction of its own holding the board's lock, committed if it returns; failures ignored.
    private func underLock(_ body: () throws(StoreError) -> Void) {
        do throws(StoreError) {
            try begin()
            var done = false
            defer { if !done { try? connection.query("ROLLBACK") } }
            _ = try lockedEnd()
            try body()
            do throws(PostgresError) { try connection.query("COMMIT") } catch { throw storeError(error, doing: "write to") }
            done = true
        } catch {
            return
        }
    }

    // MARK: - Errors

    func storeError(_ error: PostgresError, doing operation: String) -> StoreError {
        Self.storeError(error, address: address, doing: operation)
    }

    /// For a reader that stays open (the TUI): the database went away; it keeps trying, showing what it had.
    static func reconnecting(_ address: PostgresBoardAddress, _ error: PostgresError) -> StoreError {
        .io(file: address.description, operation: "reach the board's database (reconnecting; the screen shows the board as it was) at", reason: .words(error.text))
    }

    static func storeError(_ error: PostgresError, address: PostgresBoardAddress, doing operation: String) -> StoreError {
        if case .lostConnection = error, operation == "refresh" { return reconnecting(address, error) }
        // A read changes nothing: "the change may not have been saved" would send the reader to look for one.
        if case let .lostConnection(target, message) = error, operation == "read" {
            return .io(file: address.description, operation: "read the board", reason: .words(.tr("postgres.lostConnectionReading", [
                "target": .plain(target), "message": .plain(message),
            ])))
        }
        switch error.sqlstate {
        case "CB001": return .noBoard(path: address.description)
        case "CB005": return .alreadyExists(path: address.description)
        case "CB002": return .secondWriter(file: address.description, reason: .words(error.text))
        default: return .io(file: address.description, operation: "\(operation) the board", reason: .words(error.text))
        }
    }
}

extension PostgresBoardStore {
    /// Creates a board at `address` holding exactly the copied journal: checked and replayed here first, then
    /// created with its first line and appended in chunks, each checked again by the database; a checkpoint of
    /// the end is saved. Each ward setting is stored right after the `ward.set` line that records its bytes, in
    /// the same transaction (`set_ward_setting` accepts a setting only as the journal's last line records it).
    /// Refuses when the board exists.
    static func adopt(_ copied: BoardCopy.Contents, first: Data, at address: PostgresBoardAddress) throws(StoreError) {
        let replayed = try BoardCopy.replayed(copied.lines, file: address.description)
        var stops: [(line: Int, setting: WardSettingFile?, content: String?)] = []
        for (line, setting) in try replayed.placing(copied.settings, from: copied.source) {
            guard let text = String(data: setting.data, encoding: .utf8), Data(text.utf8) == setting.data, !text.utf8.contains(0) else {
                throw .io(file: setting.source, operation: "copy the ward setting", reason: "it is not UTF-8 text, which a database board keeps; nothing was copied")
            }
            stops.append((line, setting, text))
        }
        stops.append((copied.lines.count - 1, nil, nil))
        do throws(PostgresError) {
            let connection = try PostgresConnection(uri: address.connectionURI, target: address.description)
            try checkSchema(connection)
            try connection.query("BEGIN")
            do throws(PostgresError) {
                try connection.query("SELECT consult_board.create_board($1, $2)", [address.board, String(decoding: first, as: UTF8.self)])
                var next = 1
                for stop in stops {
                    var rest = copied.lines[next..<max(next, stop.line + 1)]
                    while !rest.isEmpty {
                        let chunk = rest.prefix(2_000).map { String(decoding: $0, as: UTF8.self) }
                        rest = rest.dropFirst(chunk.count)
                        try connection.query("SELECT consult_board.append($1, $2::text[])", [address.board, arrayLiteral(chunk)])
                    }
                    next = max(next, stop.line + 1)
                    if let setting = stop.setting {
                        try connection.query(
                            "SELECT consult_board.set_ward_setting($1, $2, $3)", [address.board, setting.name.rawValue, stop.content])
                    }
                }
                try connection.query("COMMIT")
            } catch {
                _ = try? connection.query("ROLLBACK")
                throw error
            }
        } catch {
            throw storeError(error, address: address, doing: "copy into")
        }
        let store = try PostgresBoardStore(address)
        store.saveCheckpoint(replayed.board, at: replayed.end)
    }
}
