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
        guard let connection = PQconnectdb(uri) else {
            // NULL: libpq could not be loaded (CLibpqLoader says why), or it had no memory for the connection.
            throw .connection(target: target, message: consult_libpq_problem().map { String(cString: $0) } ?? "out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(of: connection)
            PQfinish(connection)
            throw .connection(target: target, message: message)
        }
        // Journal lines are UTF-8 whatever the client's locale says.
        PQsetClientEncoding(connection, "UTF8")
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
        // Copies of the parameters as C strings, alive for the call.
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.flatMap { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        var values: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        return values.withUnsafeMutableBufferPointer { buffer in
            PQexecParams(connection, sql, Int32(parameters.count), nil, buffer.baseAddress, nil, nil, 0)
        }
    }

    private func rows(of result: OpaquePointer?) throws(PostgresError) -> PostgresRows {
        guard let result else { throw .lostConnection(target: target, message: Self.message(of: connection)) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(rows: [])
        case PGRES_TUPLES_OK:
            let count = PQntuples(result)
            let columns = PQnfields(result)
            var rows: [[String?]] = []
            rows.reserveCapacity(Int(count))
            for row in 0..<count {
                var values: [String?] = []
                for column in 0..<columns {
                    if PQgetisnull(result, row, column) == 1 {
                        values.append(nil)
                    } else {
                        let length = Int(PQgetlength(result, row, column))
                        let bytes = PQgetvalue(result, row, column)
                        values.append(bytes.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: length), as: UTF8.self) })
                    }
                }
                rows.append(values)
            }
            return PostgresRows(rows: rows)
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
