import Foundation

/// `consult-board board copy FROM TO`: a board moved between homes (folder ⇄ database, or the same kind) with
/// its whole history: the journal's lines are copied byte for byte, so every hash, signature and record id is
/// the same and `validate` passes on the copy. The target must not hold a board; nothing is overwritten.
public enum BoardCopy {
    /// Copies the board `source` holds to `target` and returns the number of entries copied.
    @discardableResult
    public static func copy(from source: any BoardStoring, to target: BoardLocation) throws(StoreError) -> Int {
        let lines = try source.journalLines()
        guard let first = lines.first else {
            throw .damaged(file: source.location.description, line: nil, reason: "the journal is empty: there is nothing to copy")
        }
        switch target {
        case let .folder(path):
            _ = try BoardStore.create(
                at: path, first: .createBoard(CreateBoard(ward: "")), sequence: 1, author: "", at: Date(), copying: lines)
        case let .postgres(address):
            try PostgresBoardStore.adopt(lines, first: first, at: address)
        }
        return lines.count
    }

    /// The journal of `lines` (each without its newline) checked from the start (every seal, the chain, the
    /// sequence) and replayed: its bytes, the board it makes and where it ends.
    static func replayed(_ lines: [Data], file: String) throws(StoreError) -> (Data, Board, JournalPosition) {
        var data = Data()
        for line in lines {
            data.append(line)
            data.append(0x0A)
        }
        let (scanned, damage) = JournalScanner.scan(data, from: .start, everySeal: true)
        if let damage { throw damage.error(file: file) }
        var board = Board()
        let decoder = BoardJSON.decoder()
        for line in scanned {
            let entry = try line.entry(decoder, file: file)
            do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                throw .damaged(file: file, line: line.number, reason: StoreReason(.tr("journal.damage.cannotApply", ["sequence": "\(entry.sequence)", "error": .said { error.shown }])))
            }
        }
        return (data, board, scanned.last?.position ?? .start)
    }
}
