/// What went wrong talking to PostgreSQL, in words the ward's IT person can act on.
public enum PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The server could not be reached or refused the login (libpq's message says which).
    case connection(target: String, message: String)
    /// The connection broke while a statement was running: whether a commit in flight took effect is unknown
    /// to the client, so a change is reported as failed (the board says what it holds when read again).
    case lostConnection(target: String, message: String)
    /// The server refused a statement: its SQLSTATE and message (and hint, when it gave one).
    case server(sqlstate: String, message: String, hint: String?)

    /// SQLSTATE 42501: the database role may not do this.
    public var isPermissionDenied: Bool { sqlstate == "42501" }

    /// The connection broke (the server, or the network, went away).
    var isLostConnection: Bool {
        if case .lostConnection = self { return true }
        return false
    }

    public var sqlstate: String? {
        if case let .server(state, _, _) = self { return state }
        return nil
    }

    public var description: String {
        switch self {
        case let .connection(target, message):
            "cannot connect to the board's database \(target): \(message)"
        case let .lostConnection(target, message):
            "the connection to the board's database \(target) was lost (\(message)); the change may not have been saved: look at the board before entering it again"
        case let .server(sqlstate, message, hint):
            switch sqlstate {
            case "42501":
                "the database refused: \(message) (SQLSTATE 42501). Ask the database administrator to grant your role consult_board_reader (to read) or consult_board_writer (to write)"
            case "3F000", "42P01", "42883":
                "the database has no consult-board schema (\(message), SQLSTATE \(sqlstate)); create it with `consult-board db init --board postgresql://…` as the database's owner"
            case "57014":
                "the database cancelled the statement: \(message) (SQLSTATE 57014, e.g. statement_timeout); nothing was changed"
            default:
                "the database refused: \(message) (SQLSTATE \(sqlstate))\(hint.map { "; \($0)" } ?? "")"
            }
        }
    }
}
