import Foundation

extension BoardStore {
    /// Validates and appends `commands` as one change by `author` (all or none), returning for each the id it
    /// created or changed.
    ///
    /// Under the exclusive lock: read the checkpoint's manifest and the journal's tail, build a board holding
    /// only the patients the commands touch (just the header when that is all a command needs, see
    /// `CommandFootprint`), validate against it, append, `fsync`. Now and then (see `CheckpointPolicy`) the tail
    /// is folded into a new checkpoint afterwards; if that fails the change still stands (it is in the journal)
    /// and the next writer tries again.
    @discardableResult
    public func apply(_ commands: [BoardCommand], author: String, at: Date? = nil) throws(StoreError) -> [String?] {
        try apply(commands, author: author, at: at, around: nil)
    }

    /// What a change does beside the journal, under the same lock (a ward setting's file): `prepare` runs once
    /// the change is validated and before it is appended (nothing is appended if it throws), `publish` after
    /// the append; `discard` undoes `prepare` when the append fails.
    struct BesideJournal {
        var prepare: () throws(StoreError) -> Void
        var publish: () throws(StoreError) -> Void
        var discard: () -> Void
    }

    func apply(_ commands: [BoardCommand], author: String, at: Date?, around beside: BesideJournal?) throws(StoreError) -> [String?] {
        guard !commands.isEmpty else { return [] }
        return try FileLock.with(.exclusive, folder: layout.folder) { () throws(StoreError) -> [String?] in
            let journal = try JournalAppender(path: layout.journal, fault: hooks.faults.openJournal)
            defer { journal.close() }
            let tail = try readTail()
            try setAsideInterruptedWrite(after: tail.end)
            let time = BoardJSON.wholeSeconds(at ?? Date())
            let settings = try wardSettings(for: commands)
            // Any trouble building the partial board (even damage) sends us to the whole board, which reports it.
            let partial = try? partialBoard(for: commands, tail: tail)
            let working: Board
            if let partial { working = partial } else { working = try fullBoard(tail) }
            var accepted: (ids: [String?], entries: [JournalEntry], syslog: Bool)
            do throws(BoardError) {
                accepted = try accept(commands, on: working, after: tail.end, author: author, at: time, settings: settings)
            } catch {
                // A refusal from a partial board is confirmed against the whole board before it is reported,
                // unless it is about a patient or record that is nowhere on the board (a typo, the usual case).
                guard partial != nil, !isNowhere(error, tail: tail) else { throw .rejected(explained(error, tail: tail)) }
                let full = try fullBoard(tail)
                do throws(BoardError) {
                    accepted = try accept(commands, on: full, after: tail.end, author: author, at: time, settings: settings)
                } catch { throw .rejected(explained(error, tail: tail)) }
            }
            if accepted.syslog { try SyslogRecord.checkAvailable(hooks) }
            let lines = try encode(accepted.entries, after: tail.end)
            try beside?.prepare()
            do throws(StoreError) {
                try journal.append(lines.data, at: tail.end.offset, fault: hooks.faults.journalWrite)
            } catch {
                beside?.discard()
                throw error
            }
            try beside?.publish()
            var grown = tail
            grown.lines += lines.lines
            if grown.manifest == nil || policy.due(entries: grown.lines.count, bytes: grown.end.offset - grown.start.offset) {
                try? writeCheckpoint(grown)
            }
            if accepted.syslog {
                try SyslogRecord.send(folder: layout.folder, mark: JournalMark(revision: grown.end.revision, hash: grown.end.lastHash), hooks: hooks)
            }
            return accepted.ids
        }
    }

    /// Makes many changes under one lock, with one append and one `fsync`: `body` applies them to a
    /// `ChangeBatch` (each with its own author and time) and nothing is written unless it returns. For bulk work
    /// (generating a board): the batch starts from the whole board, and the checkpoint, when due, is written
    /// afresh from it.
    public func batch<T>(_ body: (inout ChangeBatch) throws(BoardError) -> T) throws(StoreError) -> T {
        try FileLock.with(.exclusive, folder: layout.folder) { () throws(StoreError) -> T in
            let journal = try JournalAppender(path: layout.journal, fault: hooks.faults.openJournal)
            defer { journal.close() }
            let tail = try readTail()
            try setAsideInterruptedWrite(after: tail.end)
            var batch = ChangeBatch(board: try fullBoard(tail), after: tail.end, writer: writer.user.login)
            let result: T
            do throws(BoardError) { result = try body(&batch) } catch { throw .rejected(error) }
            guard !batch.entries.isEmpty else { return result }
            let syslog = batch.board.roster.policy.syslog
            if syslog { try SyslogRecord.checkAvailable(hooks) }
            let lines = try encode(batch.entries, after: tail.end)
            try journal.append(lines.data, at: tail.end.offset, fault: hooks.faults.journalWrite)
            let end = lines.lines.last?.position ?? tail.end
            if tail.manifest == nil || policy.due(entries: tail.lines.count + lines.lines.count, bytes: end.offset - tail.start.offset) {
                _ = try? checkpoint.write(batch.board, changed: nil, previous: tail.manifest, position: end, modes: modes)
            }
            if syslog { try SyslogRecord.send(folder: layout.folder, mark: JournalMark(revision: end.revision, hash: end.lastHash), hooks: hooks) }
            return result
        }
    }

    /// Moves the incomplete last line a killed writer left (see `JournalScanner.strict`) into a
    /// `journal.jsonl.cut-<time>` copy and cuts it off, so this writer's line starts on a line of its own.
    /// Nothing acknowledged is lost: the fragment was never a whole change, and the copy keeps its bytes.
    ///
    /// Bytes that hold a whole line (a newline, or a complete seal) are never a torn write: under the lock no
    /// consult-board writer can have appended them since the tail was read, so something wrote without the
    /// lock. Setting them aside would throw away a change someone was told was saved; this refuses instead.
    private func setAsideInterruptedWrite(after end: JournalPosition) throws(StoreError) {
        guard let size = FileIO.size(layout.journal), size > end.offset else { return }
        let fragment = try FileIO.read(layout.journal, from: end.offset, hooks: hooks)
        if fragment.contains(0x0A) || Seal.check(fragment) != .missing {
            throw .secondWriter(
                file: layout.journal,
                reason: "a complete line appeared at byte \(end.offset) after this writer read the journal's end")
        }
        _ = try Self.keepCopy(fragment, of: layout, modes: FileModes.of(board: layout.folder), now: Date())
        try Self.truncate(layout.journal, to: end.offset)
    }

    private func isNowhere(_ error: BoardError, tail: JournalTail) -> Bool {
        checkpoint.isNowhere(error, tail: tail)
    }

    /// The board's ward settings when a command's check needs them (acknowledging an alert: is it current under
    /// the ward's rule numbers?), else `nil`: the shipped ones, without reading a file or decoding them. A broken
    /// ward file refuses the change with the file and the entry, as every view that shows the alerts does.
    private func wardSettings(for commands: [BoardCommand]) throws(StoreError) -> WardSettings? {
        guard commands.contains(where: { if case .acknowledgeAlert = $0 { true } else { false } }) else { return nil }
        do { return try WardSettings.load(board: folder) } catch { throw error.storeError }
    }

    /// `commands` validated against `board` as one change.
    private func accept(
        _ commands: [BoardCommand], on board: Board, after end: JournalPosition, author: String, at time: Date, settings: WardSettings?
    ) throws(BoardError) -> (ids: [String?], entries: [JournalEntry], syslog: Bool) {
        var batch = ChangeBatch(board: board, after: end, writer: writer.user.login)
        batch.settings = settings
        let ids = try batch.apply(commands, author: author, at: time)
        // Logged when the board asks for it, counting the change that turns it on (or off: that one is logged too).
        return (ids, batch.entries, batch.board.roster.policy.syslog || board.roster.policy.syslog)
    }

    /// The lines for `entries`, chained after `end`, each run of lines by one author signed at its last line
    /// with the writer's key (see `JournalSignature`).
    private func encode(_ entries: [JournalEntry], after end: JournalPosition) throws(StoreError) -> (data: Data, lines: [JournalLine]) {
        let encoder = BoardJSON.encoder()
        let key = try writer.signingKey()
        var data = Data()
        var lines: [JournalLine] = []
        var position = end
        for (index, original) in entries.enumerated() {
            var entry = original
            entry.previousHash = position.lastHash
            let endsRun = index == entries.count - 1 || entries[index + 1].author != entry.author
            let bytes = try JournalCodec.line(
                for: entry, encoder: encoder, file: layout.journal, writer: writer.user, signingKey: endsRun ? key : nil)
            let line = JournalLine(
                number: position.lines + 1, range: position.offset..<(position.offset + bytes.count - 1),
                hash: Seal.sha256Hex(bytes.dropLast()), envelope: JournalEnvelope(entry), bytes: bytes.dropLast())
            data.append(bytes)
            lines.append(line)
            position = line.position
        }
        return (data, lines)
    }

    // MARK: - Reading only what a change needs (shared with the database store: `Checkpoint+Partial.swift`)

    func partialBoard(for commands: [BoardCommand], tail: JournalTail) throws(StoreError) -> Board? {
        try checkpoint.partialBoard(for: commands, tail: tail, journal: layout.journal)
    }

    func board(
        holding needs: [MRN: RecordDepth], tail: JournalTail, manifest: CheckpointManifest, replayAll: Bool
    ) throws(StoreError) -> (board: Board, baselines: [MRN: Checkpoint.Baseline]) {
        try checkpoint.board(holding: needs, tail: tail, manifest: manifest, replayAll: replayAll, journal: layout.journal)
    }

    // MARK: - Checkpoints

    /// Folds the tail into a new checkpoint, writing only what the tail changed: for each patient it touched,
    /// the small record file and the new or changed rows of its labs and notes.
    func writeCheckpoint(_ tail: JournalTail) throws(StoreError) {
        try checkpoint.fold(tail, journal: layout.journal, modes: modes) { () throws(StoreError) in try fullBoard(tail) }
    }
}
