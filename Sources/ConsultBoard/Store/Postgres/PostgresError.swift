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

    public var description: String { text.english }

    /// The failure in words: libpq's and the server's own message quoted as they are, what to do in the
    /// reader's language.
    public var text: ShownText {
        switch self {
        case let .connection(target, message):
            .tr("postgres.connection", ["target": .plain(target), "message": .plain(message)])
        case let .lostConnection(target, message):
            .tr("postgres.lostConnection", ["target": .plain(target), "message": .plain(message)])
        case let .server(sqlstate, message, hint):
            switch sqlstate {
            case "42501":
                .tr("postgres.permissionDenied", ["message": .plain(message)])
            case "3F000", "42P01", "42883":
                .tr("postgres.noSchema", ["message": .plain(message), "sqlstate": .plain(sqlstate)])
            case "57014":
                .tr("postgres.cancelled", ["message": .plain(message)])
            default:
                hint.map { .tr("postgres.refusedHint", ["message": .plain(message), "sqlstate": .plain(sqlstate), "hint": .plain($0)]) }
                    ?? .tr("postgres.refused", ["message": .plain(message), "sqlstate": .plain(sqlstate)])
            }
        }
    }
}
