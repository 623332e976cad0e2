import Foundation

/// What a reader needs from disk: the checkpoint's manifest and the journal lines after it.
struct JournalTail: Sendable {
    var manifest: CheckpointManifest?
    /// Where the tail begins: just after the checkpoint's last entry, or the start of the journal.
    var start: JournalPosition
    var lines: [JournalLine]

    /// Just after the journal's last line.
    var end: JournalPosition { lines.last?.position ?? start }
}

extension BoardStore {
    /// Reads the whole board: the checkpoint's patients (decoded in parallel) and the journal's tail after it.
    public func load() throws(StoreError) -> Board {
        try open().board
    }

    /// Opens the board for a reader that stays open (the TUI): see `OpenBoard`.
    public func open() throws(StoreError) -> OpenBoard {
        let (tail, files) = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            let tail = try readTail()
            return (tail, try readFiles(of: tail))
        }
        let board = try board(from: tail, files: files)
        return OpenBoard(store: self, board: board, position: tail.end)
    }

    /// Brings `board` up to date with the journal; returns the entries that were new.
    ///
    /// `OpenBoard.refresh()` is cheaper (it remembers where it stopped reading); this one finds its place from
    /// the board's revision. If the journal no longer reaches the board's revision (a repair cut it), the board
    /// is read afresh and no entries are returned.
    public func refresh(_ board: inout Board) throws(StoreError) -> [JournalEntry] {
        let revision = board.revision
        let (tail, older) = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            let tail = try readTail()
            let older = revision < tail.start.revision ? try readJournal(from: .start) : nil
            return (tail, older)
        }
        guard revision <= tail.end.revision else {
            board = try load()
            return []
        }
        let new = (older ?? tail.lines).filter { $0.envelope.sequence > revision }
        // Lines a repair set aside leave a gap that only the checkpoint bridges: read the board afresh.
        guard zip(new, new.dropFirst()).allSatisfy({ $0.envelope.sequence + 1 == $1.envelope.sequence }),
            new.first.map({ $0.envelope.sequence == revision + 1 }) ?? true
        else {
            board = try load()
            return []
        }
        return try replay(new, into: &board)
    }

    /// The journal's entries after `revision`, optionally only those of one patient (an import counts for
    /// every patient it brought).
    public func entries(since revision: Int = 0, patient: MRN? = nil) throws(StoreError) -> [JournalEntry] {
        let lines = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            let tail = try readTail()
            return revision >= tail.start.revision ? tail.lines : try readJournal(from: .start)
        }
        let decoder = BoardJSON.decoder()
        var entries: [JournalEntry] = []
        for line in lines where line.envelope.sequence > revision {
            if let patient, line.envelope.patient != patient && line.envelope.kind != .importBoard { continue }
            entries.append(try line.entry(decoder, file: layout.journal))
        }
        return entries.filter { entry in
            guard let patient else { return true }
            if case let .importBoard(imported) = entry.command {
                return imported.patients.contains { $0.mrn == patient }
            }
            return entry.patient == patient
        }
    }

    // MARK: - Shared by readers and writers (the caller holds the lock)

    /// The manifest and the journal lines after it, checked.
    func readTail() throws(StoreError) -> JournalTail {
        let manifest = try checkpoint.manifest()
        let start = manifest?.journal ?? .start
        let lines = try readJournal(from: start)
        if manifest == nil && lines.isEmpty {
            throw .damaged(file: layout.journal, line: nil, reason: .emptyJournal)
        }
        return JournalTail(manifest: manifest, start: start, lines: lines)
    }

    /// The journal's lines after `start`, checked (seal, chain, sequence).
    func readJournal(from start: JournalPosition) throws(StoreError) -> [JournalLine] {
        guard start.offset > 0 else {
            return try JournalScanner.strict(FileIO.read(layout.journal, from: 0, hooks: hooks), from: start, file: layout.journal)
        }
        // Read from the newline that ends the checkpoint's last line, to be sure the place is a line boundary.
        let data = try FileIO.read(layout.journal, from: start.offset - 1, hooks: hooks)
        // A damaged newline there is fine when a repair set the stretch ending there aside (JournalQuarantine).
        guard data.first == 0x0A || JournalQuarantine.recorded(in: data).values.contains(where: { $0.offset + $0.length == start.offset }) else {
            throw .damaged(
                file: layout.journal, line: start.lines,
                reason: "line \(start.lines) does not end where checkpoint/manifest.json says (byte \(start.offset)): the journal was changed under the checkpoint")
        }
        return try JournalScanner.strict(data.dropFirst(), from: start, file: layout.journal)
    }

    /// The bytes of every checkpoint file of every patient, by patient (read under the lock, decoded after).
    func readFiles(of tail: JournalTail) throws(StoreError) -> [[String: Data]] {
        try (tail.manifest?.patients ?? []).map { (entry) throws(StoreError) in
            var files: [String: Data] = [:]
            for ref in entry.files { files[ref.file] = try FileIO.read(layout.checkpointFile(ref.file), hooks: hooks) }
            return files
        }
    }

    /// The whole board: the checkpoint's records (decoded in parallel from their files' bytes, in manifest
    /// order) plus the tail.
    func board(from tail: JournalTail, files: [[String: Data]]) throws(StoreError) -> Board {
        try checkpoint.wholeBoard(tail, files: files, journal: layout.journal)
    }

    /// The whole board, reading the checkpoint's files now (the caller holds the lock).
    func fullBoard(_ tail: JournalTail) throws(StoreError) -> Board {
        try board(from: tail, files: readFiles(of: tail))
    }

    /// Applies journal lines to a board and returns their entries; a line that cannot be applied means the
    /// journal or the checkpoint is wrong.
    @discardableResult
    func replay(_ lines: [JournalLine], into board: inout Board) throws(StoreError) -> [JournalEntry] {
        let decoder = BoardJSON.decoder()
        var entries: [JournalEntry] = []
        entries.reserveCapacity(lines.count)
        for line in lines {
            let entry = try line.entry(decoder, file: layout.journal)
            try replay(entry, line: line.number, into: &board)
            entries.append(entry)
        }
        return entries
    }

    func replay(_ entry: JournalEntry, line: Int, into board: inout Board) throws(StoreError) {
        try Checkpoint.replay(entry, line: line, into: &board, journal: layout.journal)
    }
}
