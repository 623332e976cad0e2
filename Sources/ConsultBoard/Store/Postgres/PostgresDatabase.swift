import Foundation

/// Setting up a database for boards: `consult-board db init` applies the schema's migrations the database lacks
/// (see `PostgresSchema`), each in its own transaction, while holding a session advisory lock so two at once
/// cannot interleave. Run it as the database's owner (it creates the schema, the functions and the roles).
public enum PostgresDatabase {
    /// Applies what is missing and returns one line per migration applied (empty when the schema is current).
    public static func initialise(_ address: PostgresBoardAddress) throws(StoreError) -> [String] {
        try initialise(address, upTo: PostgresSchema.version)
    }

    /// Applies the missing migrations up to `version` (tests build a database as an earlier consult-board left it).
    static func initialise(_ address: PostgresBoardAddress, upTo version: Int) throws(StoreError) -> [String] {
        do throws(PostgresError) {
            let connection = try PostgresConnection(uri: address.connectionURI, target: address.description)
            try connection.query("SELECT pg_advisory_lock($1::bigint)", [PostgresSchema.initLockKey])
            defer { _ = try? connection.query("SELECT pg_advisory_unlock($1::bigint)", [PostgresSchema.initLockKey]) }
            try connection.run(
                """
                SET client_min_messages = warning;
                CREATE SCHEMA IF NOT EXISTS consult_board;
                CREATE TABLE IF NOT EXISTS consult_board.migrations (
                    version integer PRIMARY KEY, summary text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(), applied_by name NOT NULL DEFAULT session_user);
                """)
            let rows = try connection.query("SELECT version FROM consult_board.migrations").rows
            let applied = Set(rows.compactMap { row in (row.first ?? nil).flatMap { Int($0) } })
            if let newest = applied.max(), newest > PostgresSchema.version {
                throw PostgresError.server(
                    sqlstate: "CB007", message: "the database's consult-board schema is version \(newest), newer than this consult-board's \(PostgresSchema.version); use a newer consult-board", hint: nil)
            }
            var done: [String] = []
            for migration in PostgresSchema.migrations where !applied.contains(migration.version) && migration.version <= version {
                try connection.query("BEGIN")
                do throws(PostgresError) {
                    try connection.run(migration.sql)
                    try connection.query(
                        "INSERT INTO consult_board.migrations (version, summary) VALUES ($1, $2)", [String(migration.version), migration.summary])
                    try connection.query("COMMIT")
                } catch {
                    _ = try? connection.query("ROLLBACK")
                    throw error
                }
                done.append("applied migration \(migration.version): \(migration.summary)")
            }
            return done
        } catch {
            throw PostgresBoardStore.storeError(error, address: address, doing: "set up")
        }
    }
}
