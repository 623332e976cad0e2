import Foundation

/// The folder board as one of the two homes of a board (`BoardStoring`); what it does is unchanged.
extension BoardStore: BoardStoring {
    public var location: BoardLocation { .folder(layout.folder) }

    public func journalLines() throws(StoreError) -> [Data] {
        try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            try readJournal(from: .start).map(\.bytes)
        }
    }

    /// One `stat` of journal.jsonl: no reading, no lock.
    public func hasChanges(_ open: OpenBoard) -> Bool {
        FileIO.size(layout.journal) != open.position.offset
    }

    /// Reads only the bytes appended since `open`'s place, under the shared lock; when the journal no longer
    /// continues what was read (a repair cut it) the board is read afresh and no entries are returned.
    public func refresh(_ open: inout OpenBoard) throws(StoreError) -> [JournalEntry] {
        let position = open.position
        let lines: [JournalLine]? = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            guard let size = FileIO.size(layout.journal), size >= position.offset else { return nil }
            guard size > position.offset else { return [] }
            guard let lines = try? readJournal(from: position) else { return nil }
            return lines
        }
        guard let lines else {
            open = try self.open()
            return []
        }
        var board = open.board
        let entries = try replay(lines, into: &board)
        open.board = board
        if let last = lines.last { open.position = last.position }
        return entries
    }

    public func watch() -> any BoardChangeSignal { BoardWatch(self) }

    public func validate() -> ValidationReport { BoardStore.validate(at: layout.folder) }
}

extension BoardWatch: BoardChangeSignal {}
