import Foundation

// Live refresh of a board in a database: `open` reads it once, `hasChanges` asks where the journal ends (one
// indexed query), `refresh` reads the lines after the board's place, and `watch` is a second connection that
// `LISTEN`s, whose socket the TUI waits on beside the keyboard.
extension PostgresBoardStore {
    public func open() throws(StoreError) -> OpenBoard {
        let (board, position) = try loadWithEnd()
        return OpenBoard(store: self, board: board, position: position)
    }

    public func hasChanges(_ open: OpenBoard) -> Bool {
        try? connection.reconnectIfBroken()
        guard let end = try? currentEnd() else { return true }  // `refresh` says what is wrong
        return end.revision != open.position.revision || end.lastHash != open.position.lastHash
    }

    public func refresh(_ open: inout OpenBoard) throws(StoreError) -> [JournalEntry] {
        do throws(PostgresError) {
            try connection.reconnectIfBroken()
        } catch {
            throw Self.reconnecting(address, error)
        }
        let lines: [JournalLine]
        do throws(StoreError) {
            lines = try self.lines(after: open.position, doing: "refresh")
        } catch let .damaged(_, _, reason) where reason.english.contains("does not follow") {
            // The journal no longer continues what was read (the board was replaced): read it afresh.
            open = try self.open()
            return []
        }
        guard !lines.isEmpty else { return [] }
        var board = open.board
        let decoder = BoardJSON.decoder()
        var entries: [JournalEntry] = []
        for line in lines {
            let entry = try line.entry(decoder, file: journalName)
            do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                throw .damaged(file: journalName, line: line.number, reason: "entry \(entry.sequence) cannot be applied (\(error))")
            }
            entries.append(entry)
        }
        open.board = board
        if let last = lines.last { open.position = last.position }
        return entries
    }

    public func watch() -> any BoardChangeSignal {
        PostgresBoardWatch(address: address)
    }
}

/// Wakes a reader when another connection appends to the board: a connection of its own that `LISTEN`s on the
/// board's own channel (`consult_board.channel(board)`, migration 3; the payload is `<board> <sequence>`), so
/// changes to the database's other boards do not wake it. When the connection breaks (a server restart, a
/// network drop) `fileDescriptor` is `nil` and the reader polls; asking for the descriptor connects again, at
/// most once a second.
public final class PostgresBoardWatch: BoardChangeSignal, @unchecked Sendable {
    // @unchecked: `connection` and `lastAttempt` are only touched under `lock`.
    private let lock = NSLock()
    private let address: PostgresBoardAddress
    private var connection: PostgresConnection?
    /// The board's channel (`consult_board.channel(board)`), known once connected.
    private var channel: String?
    private var lastAttempt = Date.distantPast

    public init(address: PostgresBoardAddress) {
        self.address = address
        lock.lock()
        defer { lock.unlock() }
        connectIfDue()
    }

    /// The connection's socket, or `nil` while it is down.
    public var fileDescriptor: Int32? {
        lock.lock()
        defer { lock.unlock() }
        if connection?.isOK != true { connectIfDue() }
        return connection?.socket
    }

    @discardableResult
    public func drain() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let connection, let channel else { return false }
        do {
            let payloads = try connection.notifications(on: channel)
            return payloads.contains { $0.hasPrefix(address.board + " ") }
        } catch {
            // Gone: say "something changed" so the reader asks the store (which reports the trouble).
            self.connection = nil
            return true
        }
    }

    /// The caller holds `lock`.
    private func connectIfDue() {
        guard Date().timeIntervalSince(lastAttempt) >= 1 else { return }
        lastAttempt = Date()
        guard let fresh = try? PostgresConnection(uri: address.connectionURI, target: address.description) else {
            connection = nil
            return
        }
        // The channel's name and its quoted form come from the database (one definition, in the schema).
        guard let row = (try? fresh.query(
                "SELECT consult_board.channel($1), quote_ident(consult_board.channel($1))", [address.board]))?.rows.first,
              let name = row.first ?? nil, let quoted = row.last ?? nil,
              (try? fresh.query("LISTEN " + quoted)) != nil
        else {
            connection = nil
            return
        }
        channel = name
        connection = fresh
    }
}
