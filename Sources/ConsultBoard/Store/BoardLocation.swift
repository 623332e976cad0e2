import Foundation

/// Where a board lives, as given by `--board` or `CONSULT_BOARD`: a folder (the embedded default) or a board in a
/// PostgreSQL database.
///
/// - a folder path: `/ward/spine3`, `boards/spine3`, `./odd:name` (also `file:///ward/spine3`);
/// - `postgresql://USER@HOST:PORT/DB?board=NAME` (or `postgres://`), any of libpq's URI forms, including a unix
///   socket: `postgresql:///DB?host=/run/postgresql&board=NAME`. `board` names one of several boards in the
///   database (default `main`); every other parameter is libpq's own (`sslmode`, `connect_timeout`, …).
///
/// Anything that looks like a URL (`scheme:` or `scheme://`) with another scheme is refused: it is never taken
/// as a folder name (that used to create a folder called `postgresql:` and run there).
public enum BoardLocation: Sendable, Equatable, CustomStringConvertible {
    case folder(String)
    case postgres(PostgresBoardAddress)

    /// Reads a location; the error says what was wrong and how to write it.
    public static func parse(_ text: String) throws(BoardLocationError) -> BoardLocation {
        guard !text.isEmpty else { throw BoardLocationError(.tr("location.empty")) }
        guard let scheme = scheme(of: text) else { return .folder(text) }
        switch scheme.lowercased() {
        case "postgresql", "postgres":
            return .postgres(try PostgresBoardAddress.parse(text))
        case "file":
            let rest = text.dropFirst("file:".count)
            guard rest.hasPrefix("///") else {
                throw BoardLocationError(.tr("location.notLocalFile", ["text": .plain(text)]))
            }
            let path = String(rest.dropFirst(2))
            return .folder(path.removingPercentEncoding ?? path)
        default:
            throw BoardLocationError(.tr("location.unknownScheme", ["text": .plain(Self.redacted(text)), "scheme": .plain(scheme)]))
        }
    }

    /// The scheme when `text` looks like a URL: letters, then letters, digits, `+`, `-` or `.`, then `:`. A path
    /// that starts with `/` or `.` never does.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter else { return nil }
        guard scheme.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }) else {
            return nil
        }
        return String(scheme)
    }

    /// The location for messages: a database address without its password.
    public var description: String {
        switch self {
        case let .folder(path): path
        case let .postgres(address): address.description
        }
    }

    /// The folder, for a folder board.
    public var folderPath: String? {
        if case let .folder(path) = self { return path }
        return nil
    }

    /// Whether `other` names this same board: the same folder (however written: `.`, `..`, symbolic links), or the
    /// same board at the same database address.
    public func isSameBoard(as other: BoardLocation) -> Bool {
        switch (self, other) {
        case let (.folder(a), .folder(b)):
            URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath() == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath()
        case let (.postgres(a), .postgres(b)): a == b
        default: false
        }
    }

    /// `text` with the password of a `user:password@` part replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://"), let at = text[schemeEnd.upperBound...].firstIndex(of: "@") else { return text }
        let user = text[schemeEnd.upperBound..<at]
        guard let colon = user.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}

/// A board in a PostgreSQL database: the libpq connection URI (without the `board` parameter) and the board's
/// name in that database.
public struct PostgresBoardAddress: Sendable, Equatable, CustomStringConvertible {
    /// What libpq connects with (`PQconnectdb`): the URI as given, minus `board=`.
    public var connectionURI: String
    /// The board's name among the database's boards.
    public var board: String

    public static let defaultBoard = "main"

    public init(connectionURI: String, board: String) {
        self.connectionURI = connectionURI
        self.board = board
    }

    /// The address in `text` (a `postgresql://` or `postgres://` URI), checked as far as can be done without
    /// connecting; libpq checks the rest when it connects, and its message is passed on.
    static func parse(_ text: String) throws(BoardLocationError) -> PostgresBoardAddress {
        guard let schemeEnd = text.range(of: "://") else {
            throw BoardLocationError(.tr("location.notPostgres", ["text": .plain(BoardLocation.redacted(text))]))
        }
        let fragmentFree = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard fragmentFree.count == 1 else {
            throw BoardLocationError(.tr("location.fragment", ["text": .plain(BoardLocation.redacted(text))]))
        }
        let parts = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        var kept: [Substring] = []
        var board: String?
        if parts.count == 2 {
            for parameter in parts[1].split(separator: "&", omittingEmptySubsequences: true) {
                let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard pair[0] == "board" else {
                    kept.append(parameter)
                    continue
                }
                guard board == nil else { throw BoardLocationError(.tr("location.boardTwice", ["text": .plain(BoardLocation.redacted(text))])) }
                let value = pair.count == 2 ? String(pair[1]) : ""
                board = value.removingPercentEncoding ?? value
            }
        }
        let name = board ?? defaultBoard
        guard isValidBoardName(name) else {
            throw BoardLocationError(.tr("location.badBoardName", ["name": .plain(name)]))
        }
        // The database name is the path after the host part; libpq defaults it to the user name when empty.
        let afterScheme = base[schemeEnd.upperBound...]
        if let slash = afterScheme.firstIndex(of: "/") {
            let database = afterScheme[afterScheme.index(after: slash)...]
            guard !database.contains("/") else {
                throw BoardLocationError(.tr("location.twoDatabases", ["text": .plain(BoardLocation.redacted(text))]))
            }
        }
        let uri = kept.isEmpty ? base : base + "?" + kept.joined(separator: "&")
        return PostgresBoardAddress(connectionURI: uri, board: name)
    }

    static func isValidBoardName(_ name: String) -> Bool {
        (1...63).contains(name.utf8.count)
            && name.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// The address for messages and logs, without a password.
    public var description: String {
        let uri = BoardLocation.redacted(connectionURI)
        return uri + (uri.contains("?") ? "&" : "?") + "board=" + board
    }
}

/// Why a board location cannot be used, in one line a person can act on.
public struct BoardLocationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: ShownText
    public init(_ text: ShownText) { self.text = text }
    /// The English, for logs and scripts.
    public var description: String { text.english }
    /// In the reader's language.
    public var shown: String { text.shown }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
