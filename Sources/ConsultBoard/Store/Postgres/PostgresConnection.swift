import CLibpq
import CLibpqLoader
import Foundation

/// One libpq connection, used synchronously (the CLI runs one statement after another; the TUI waits on
/// `socket` in the same poll(2) as the keyboard). Every statement is parameterised (`PQexecParams`, text
/// parameters): user data never becomes SQL text.
///
/// A class because the connection is a resource that closes once; calls are serialised by a lock, so a value
/// holding it may be shared.
final class PostgresConnection: @unchecked Sendable {
    // @unchecked: `connection` is only touched while `lock` is held.
    private let lock = NSLock()
    private var connection: OpaquePointer?
    /// The address for messages (no password).
    let target: String
    private let uri: String

    /// Connects; the error carries libpq's reason (no such host, password refused, no such database…).
    init(uri: String, target: String) throws(PostgresError) {
        self.uri = uri
        self.target = target
        connection = try Self.connect(uri, target: target)
    }

    deinit { PQfinish(connection) }

    /// `body` with the connection to itself.
    private func locked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private static func connect(_ uri: String, target: String) throws(PostgresError) -> OpaquePointer? {
        // The client encoding goes in the start-up packet (a later parameter wins over one in the address), not
        // in a `SET` after connecting: one round trip less for every command.
        let uri = uri + (uri.contains("?") ? "&" : "?") + "client_encoding=UTF8"
        guard let connection = PQconnectdb(uri) else {
            // NULL: libpq could not be loaded (CLibpqLoader says why), or it had no memory for the connection.
            throw .connection(target: target, message: consult_libpq_problem().map { String(cString: $0) } ?? "out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(of: connection)
            PQfinish(connection)
            throw .connection(target: target, message: message)
        }
        return connection
    }

    private static func message(of connection: OpaquePointer?) -> String {
        let text = PQerrorMessage(connection).map { String(cString: $0) } ?? ""
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "no reason given" : trimmed.replacingOccurrences(of: "\n", with: " ")
    }

    /// Whether the connection is up (as far as the client knows).
    var isOK: Bool { locked { PQstatus(connection) == CONNECTION_OK } }

    /// Connects again when the connection broke (a server restart, a dropped network). Only called between
    /// transactions: a statement whose connection broke is never run again by itself.
    func reconnectIfBroken() throws(PostgresError) {
        try locked { () throws(PostgresError) in
            guard PQstatus(connection) != CONNECTION_OK else { return }
            PQfinish(connection)
            connection = nil
            connection = try Self.connect(uri, target: target)
        }
    }

    /// Closes the connection and opens a new one, whatever libpq thinks of the old one (after a lost connection
    /// the old one may still look up until it is used).
    func reconnect() throws(PostgresError) {
        try locked { () throws(PostgresError) in
            PQfinish(connection)
            connection = nil
            connection = try Self.connect(uri, target: target)
        }
    }

    /// Runs one statement with text parameters (`$1`, `$2`…; `nil` is SQL NULL) and returns its rows as text.
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresRows {
        try locked { () throws(PostgresError) -> PostgresRows in
            guard PQstatus(connection) == CONNECTION_OK else {
                throw .lostConnection(target: target, message: Self.message(of: connection))
            }
            let result = Self.exec(connection, sql, parameters)
            defer { PQclear(result) }
            return try rows(of: result)
        }
    }

    /// Runs one statement like `query` and returns its rows as the server's bytes (no copy through `String`):
    /// for the checkpoint's files, which are decoded as JSON bytes anyway.
    func queryBytes(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [[Data?]] {
        try locked { () throws(PostgresError) -> [[Data?]] in
            guard PQstatus(connection) == CONNECTION_OK else {
                throw .lostConnection(target: target, message: Self.message(of: connection))
            }
            let result = Self.exec(connection, sql, parameters)
            defer { PQclear(result) }
            return try values(of: result) { bytes, length in Data(bytes: bytes, count: length) }
        }
    }

    /// One statement of a pipeline: its SQL and text parameters (`nil` is SQL NULL).
    struct Statement {
        var sql: String
        var parameters: [String?] = []
        /// Asks the server to send this statement's result at once (not with the sync), so that when the
        /// connection breaks later in the pipeline (while a later statement waits for a lock) the client knows this
        /// one ran: a transaction's `BEGIN`, whose failure alone means the connection was already gone.
        var flushed = false
    }

    /// Runs `statements` in one round trip (libpq's pipeline mode: all are sent, then one sync, then the results
    /// are read), each as `query` would, and returns each one's rows. The statements run one after another in
    /// the server as if sent one by one (each in READ COMMITTED takes its own snapshot when it starts, after
    /// the ones before it have finished); after the first that fails the server skips the rest up to the sync.
    /// The error is the first statement's that failed, with its index (so a caller knows how far it got).
    func pipeline(_ statements: [Statement], streaming stream: Stream? = nil) throws(PipelineFailure) -> [PostgresRows] {
        try locked { () throws(PipelineFailure) -> [PostgresRows] in
            guard PQstatus(connection) == CONNECTION_OK, PQenterPipelineMode(connection) == 1 else {
                throw PipelineFailure(index: 0, error: .lostConnection(target: target, message: Self.message(of: connection)))
            }
            var sent = 0
            for statement in statements {
                guard Self.send(connection, statement.sql, statement.parameters) == 1,
                    !statement.flushed || PQsendFlushRequest(connection) == 1
                else { break }
                sent += 1
            }
            // The sync also after a statement that could not be sent, so the ones sent are answered.
            let synced = PQpipelineSync(connection) == 1 && sent == statements.count
            var results: [PostgresRows] = []
            var failure: PipelineFailure?
            reading: for index in 0..<sent {
                var rows = PostgresRows(rows: [])
                let streamed = stream?.index == index ? stream : nil
                // Asked for before the statement's first result is read (libpq's rule in a pipeline); when refused,
                // the rows come in one result, handed on alike.
                if streamed != nil { _ = PQsetSingleRowMode(connection) }
                // Each statement's result is followed by a NULL. Once the connection is gone nothing more is read:
                // libpq may answer every later call with the same error, never a NULL.
                while let result = PQgetResult(connection) {
                    let status = PQresultStatus(result)
                    if let streamed, status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK {
                        // The values point into the result, which is freed when the last of them is: no copy.
                        for row in Self.rowsWithoutCopy(LibpqResult(result)) { streamed.row(row, results) }
                        continue
                    }
                    defer { PQclear(result) }
                    guard status != PGRES_PIPELINE_SYNC else { break }
                    if status != PGRES_PIPELINE_ABORTED {
                        do throws(PostgresError) {
                            rows = PostgresRows(rows: try values(of: result) { bytes, length in
                                String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
                            })
                        } catch {
                            if failure == nil { failure = PipelineFailure(index: index, error: error) }
                        }
                    }
                    if PQstatus(connection) != CONNECTION_OK { break reading }
                }
                results.append(rows)
                if PQstatus(connection) != CONNECTION_OK { break }
            }
            if PQstatus(connection) == CONNECTION_OK {
                // The sync's own result; then the pipeline is idle and can be left.
                while let result = PQgetResult(connection) {
                    let status = PQresultStatus(result)
                    PQclear(result)
                    if status == PGRES_PIPELINE_SYNC || PQstatus(connection) != CONNECTION_OK { break }
                }
                PQexitPipelineMode(connection)
            }
            if let failure { throw failure }
            guard results.count == statements.count, synced, PQstatus(connection) == CONNECTION_OK else {
                throw PipelineFailure(index: results.count, error: .lostConnection(target: target, message: Self.message(of: connection)))
            }
            return results
        }
    }

    /// A statement of a pipeline whose rows are handed on one at a time as they arrive (libpq's single-row mode),
    /// so the caller works on the first while the server still sends the rest; its own result then has no rows.
    struct Stream {
        var index: Int
        /// Each row, as the server's bytes (without a copy), with the results of the statements before it.
        var row: ([Data?], [PostgresRows]) -> Void
    }

    /// A libpq result that lives as long as any value made from its bytes (they point into it).
    private final class LibpqResult: @unchecked Sendable {
        // @unchecked: the result is never changed, only read and finally freed.
        let result: OpaquePointer
        init(_ result: OpaquePointer) { self.result = result }
        deinit { PQclear(result) }
    }

    /// The rows of `owner`'s result, each value the server's bytes in place (`nil` for NULL).
    private static func rowsWithoutCopy(_ owner: LibpqResult) -> [[Data?]] {
        let result = owner.result
        return (0..<PQntuples(result)).map { row in
            (0..<PQnfields(result)).map { column -> Data? in
                guard PQgetisnull(result, row, column) == 0, let bytes = PQgetvalue(result, row, column) else { return nil }
                let length = Int(PQgetlength(result, row, column))
                return Data(bytesNoCopy: UnsafeMutableRawPointer(bytes), count: length, deallocator: .custom { _, _ in withExtendedLifetime(owner) {} })
            }
        }
    }

    /// Why a pipeline failed: the error of statement `index` (the ones before it ran).
    struct PipelineFailure: Error {
        var index: Int
        var error: PostgresError
    }

    /// Runs a script of several statements that carries no user data (the schema's own migrations): libpq's
    /// simple protocol, which parameterised statements cannot use for more than one statement.
    func run(_ script: String) throws(PostgresError) {
        try locked { () throws(PostgresError) in
            guard PQstatus(connection) == CONNECTION_OK else {
                throw .lostConnection(target: target, message: Self.message(of: connection))
            }
            let result = PQexec(connection, script)
            defer { PQclear(result) }
            _ = try rows(of: result)
        }
    }

    private static func exec(_ connection: OpaquePointer?, _ sql: String, _ parameters: [String?]) -> OpaquePointer? {
        withCStrings(parameters) { count, values in PQexecParams(connection, sql, count, nil, values, nil, nil, 0) }
    }

    /// Sends one statement of a pipeline (1 when sent).
    private static func send(_ connection: OpaquePointer?, _ sql: String, _ parameters: [String?]) -> Int32 {
        withCStrings(parameters) { count, values in PQsendQueryParams(connection, sql, count, nil, values, nil, nil, 0) }
    }

    /// `body` with `parameters` as C strings (NULL for `nil`), alive for the call.
    private static func withCStrings<T>(
        _ parameters: [String?], _ body: (Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> T
    ) -> T {
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.flatMap { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        var values: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        return values.withUnsafeMutableBufferPointer { buffer in body(Int32(parameters.count), buffer.baseAddress) }
    }

    private func rows(of result: OpaquePointer?) throws(PostgresError) -> PostgresRows {
        PostgresRows(rows: try values(of: result) { bytes, length in
            String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
        })
    }

    /// The values of a result, each made by `make` from the server's bytes (`nil` for NULL); a failed statement's
    /// error (a lost connection when the connection is gone).
    private func values<V>(
        of result: OpaquePointer?, _ make: (UnsafeMutablePointer<CChar>, Int) -> V
    ) throws(PostgresError) -> [[V?]] {
        guard let result else { throw .lostConnection(target: target, message: Self.message(of: connection)) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return []
        case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
            let count = PQntuples(result)
            let columns = PQnfields(result)
            var rows: [[V?]] = []
            rows.reserveCapacity(Int(count))
            for row in 0..<count {
                var values: [V?] = []
                for column in 0..<columns {
                    if PQgetisnull(result, row, column) == 1 {
                        values.append(nil)
                    } else {
                        let length = Int(PQgetlength(result, row, column))
                        values.append(PQgetvalue(result, row, column).map { make($0, length) })
                    }
                }
                rows.append(values)
            }
            return rows
        default:
            if PQstatus(connection) != CONNECTION_OK {
                throw .lostConnection(target: target, message: Self.message(of: connection))
            }
            func field(_ code: Character) -> String? {
                PQresultErrorField(result, Int32(code.asciiValue ?? 0)).map { String(cString: $0) }
            }
            let state = field("C") ?? "XX000"
            let message = field("M") ?? Self.message(of: connection)
            // Connection exceptions (08…) and the server ending the session (57P01-57P03): the connection is gone.
            if state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state) {
                throw .lostConnection(target: target, message: message)
            }
            throw .server(sqlstate: state, message: message, hint: field("H"))
        }
    }

    // MARK: - LISTEN/NOTIFY

    /// The connection's socket, to wait on with poll(2); `nil` while the connection is down.
    var socket: Int32? {
        locked {
            guard PQstatus(connection) == CONNECTION_OK else { return nil }
            let fd = PQsocket(connection)
            return fd >= 0 ? fd : nil
        }
    }

    /// Reads what the server sent and returns the payloads of the notifications that arrived on `channel`;
    /// throws when the connection is gone.
    func notifications(on channel: String) throws(PostgresError) -> [String] {
        try locked { () throws(PostgresError) -> [String] in
            guard PQconsumeInput(connection) == 1, PQstatus(connection) == CONNECTION_OK else {
                throw .lostConnection(target: target, message: Self.message(of: connection))
            }
            var payloads: [String] = []
            while let notice = PQnotifies(connection) {
                let name = String(cString: notice.pointee.relname)
                if name == channel { payloads.append(String(cString: notice.pointee.extra)) }
                PQfreemem(notice)
            }
            return payloads
        }
    }
}

/// The rows of a result, every value as PostgreSQL's text (`nil` for NULL).
struct PostgresRows: Sendable {
    var rows: [[String?]]

    /// The first row's first value.
    var scalar: String? { rows.first?.first ?? nil }
}
