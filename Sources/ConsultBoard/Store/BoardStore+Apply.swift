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
        guard !commands.isEmpty else { return [] }
        return try FileLock.with(.exclusive, folder: layout.folder) { () throws(StoreError) -> [String?] in
            let journal = try JournalAppender(path: layout.journal, fault: hooks.faults.openJournal)
            defer { journal.close() }
            let tail = try readTail()
            try setAsideInterruptedWrite(after: tail.end)
            let time = BoardJSON.wholeSeconds(at ?? Date())
            // Any trouble building the partial board (even damage) sends us to the whole board, which reports it.
            let partial = try? partialBoard(for: commands, tail: tail)
            let working: Board
            if let partial { working = partial } else { working = try fullBoard(tail) }
            var accepted: (ids: [String?], entries: [JournalEntry], syslog: Bool)
            do throws(BoardError) {
                accepted = try accept(commands, on: working, after: tail.end, author: author, at: time)
            } catch {
                // A refusal from a partial board is confirmed against the whole board before it is reported,
                // unless it is about a patient or record that is nowhere on the board (a typo, the usual case).
                guard partial != nil, !isNowhere(error, tail: tail) else { throw .rejected(explained(error, tail: tail)) }
                let full = try fullBoard(tail)
                do throws(BoardError) {
                    accepted = try accept(commands, on: full, after: tail.end, author: author, at: time)
                } catch { throw .rejected(explained(error, tail: tail)) }
            }
            if accepted.syslog { try SyslogRecord.checkAvailable(hooks) }
            let lines = try encode(accepted.entries, after: tail.end)
            try journal.append(lines.data, at: tail.end.offset, fault: hooks.faults.journalWrite)
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

    /// Whether `error` names a patient or record the board does not have at all, which a partial board knows as
    /// well as the whole one.
    private func isNowhere(_ error: BoardError, tail: JournalTail) -> Bool {
        guard let manifest = tail.manifest else { return false }
        switch error {
        case let .unknownPatient(mrn):
            return !manifest.patients.contains { $0.patient.mrn == mrn } && !tail.lines.contains { $0.envelope.patient == mrn }
        case let .unknownRecord(id, _):
            do { return try holder(of: id, batch: [:], tail: tail, manifest: manifest) == nil } catch { return false }
        default:
            return false
        }
    }

    /// `commands` validated against `board` as one change.
    private func accept(
        _ commands: [BoardCommand], on board: Board, after end: JournalPosition, author: String, at time: Date
    ) throws(BoardError) -> (ids: [String?], entries: [JournalEntry], syslog: Bool) {
        var batch = ChangeBatch(board: board, after: end, writer: writer.user.login)
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

    // MARK: - Reading only what a change needs

    /// A board holding only the patients `commands` touch, each read only as deep as the commands (and the
    /// tail's changes to it) need; `nil` when the board has no checkpoint to start from.
    func partialBoard(for commands: [BoardCommand], tail: JournalTail) throws(StoreError) -> Board? {
        guard let manifest = tail.manifest else { return nil }
        var needs: [MRN: RecordDepth] = [:]
        var batch: [Int: MRN] = [:]  // sequence number -> patient, for commands of this batch
        if commands.contains(where: \.readsEveryHeader) {
            // Admitting checks every patient's MRN (whatever its case) and bed: every header, and nothing more.
            for entry in manifest.patients { needs[entry.patient.mrn] = .header }
            for line in tail.lines { if let mrn = line.envelope.patient { needs[mrn] = needs[mrn] ?? .header } }
        }
        for (index, command) in commands.enumerated() {
            var patient = command.namedPatient
            for id in command.referencedRecords {
                guard let holder = try holder(of: id, batch: batch, tail: tail, manifest: manifest) else { continue }
                needs[holder] = max(needs[holder] ?? .header, command.recordDepth)
                if id == command.targetRecord && patient == nil { patient = holder }
            }
            if let mrn = command.namedPatient {
                needs[mrn] = max(needs[mrn] ?? .header, command.recordDepth)
            }
            if let patient { batch[tail.end.revision + 1 + index] = patient }
        }
        return try board(holding: needs, tail: tail, manifest: manifest, replayAll: false).board
    }

    /// Which patient holds record `id`: from this batch, the tail, or the checkpoint's id files.
    private func holder(
        of id: RecordID, batch: [Int: MRN], tail: JournalTail, manifest: CheckpointManifest
    ) throws(StoreError) -> MRN? {
        guard let number = CheckpointIDFile.number(of: id) else { return nil }
        if number > tail.end.revision { return batch[number] }
        if number > manifest.revision {
            let index = number - manifest.revision - 1
            return index < tail.lines.count ? tail.lines[index].envelope.patient : nil
        }
        return try checkpoint.holder(of: id, manifest: manifest)
    }

    /// A board at the tail's end holding the patients in `needs`, each read from the checkpoint to the depth
    /// given, or deeper when the tail's changes to it need more, with those changes replayed. Also returns each
    /// patient's record as read, before the replay (what a new checkpoint compares with).
    ///
    /// With `replayAll` false (validating a change), the tail's entries that change only parts of a record
    /// that were not read are skipped without being decoded: the board is then exact for what the change reads,
    /// not complete, and must not be written anywhere.
    func board(
        holding needs: [MRN: RecordDepth], tail: JournalTail, manifest: CheckpointManifest, replayAll: Bool
    ) throws(StoreError) -> (board: Board, baselines: [MRN: Checkpoint.Baseline]) {
        // Which tail lines to replay, and how deep each patient must be read for them to apply.
        let decoder = BoardJSON.decoder()
        var depth = needs
        var decoded: [Int: JournalEntry] = [:]  // tail line index -> entry
        var deepened = true
        while deepened {
            deepened = false
            for (index, line) in tail.lines.enumerated() where decoded[index] == nil {
                if line.envelope.kind.changesRoster {
                    // Every change is checked against the roster, whatever patients it reads.
                    decoded[index] = try line.entry(decoder, file: layout.journal)
                    continue
                }
                guard let mrn = line.envelope.patient, let current = depth[mrn] else { continue }
                guard replayAll || !line.envelope.kind.changedParts.isDisjoint(with: current.parts) else { continue }
                let entry = try line.entry(decoder, file: layout.journal)
                decoded[index] = entry
                if entry.command.recordDepth > current {
                    depth[mrn] = entry.command.recordDepth
                    deepened = true
                }
            }
        }
        var records: [PatientRecord] = []
        var baselines: [MRN: Checkpoint.Baseline] = [:]
        for entry in manifest.patients {
            guard let depth = depth[entry.patient.mrn] else { continue }
            let record = try checkpoint.record(entry, depth: depth)
            records.append(record)
            baselines[record.mrn] = .init(record: record, depth: depth)
        }
        var board = Board(manifest: manifest, records: records)
        for (index, line) in tail.lines.enumerated() {
            guard let entry = decoded[index] else {
                // Skipped, but it still moved its patient's revision, which a change's expected revision is
                // checked against (see `Board.checkRevision`).
                if let mrn = line.envelope.patient, let revision = board.patients[mrn]?.revision, revision < line.envelope.sequence {
                    board.patients[mrn]?.revision = line.envelope.sequence
                }
                continue
            }
            try replay(entry, line: line.number, into: &board)
        }
        board.revision = tail.end.revision
        return (board, baselines)
    }

    // MARK: - Checkpoints

    /// Folds the tail into a new checkpoint, writing only what the tail changed: for each patient it touched,
    /// the small record file and the new or changed rows of its labs and notes.
    func writeCheckpoint(_ tail: JournalTail) throws(StoreError) {
        guard let manifest = tail.manifest else {
            try checkpoint.write(fullBoard(tail), changed: nil, previous: nil, position: tail.end, modes: modes)
            return
        }
        let touched = Set(tail.lines.compactMap(\.envelope.patient))
        let needs = Dictionary(uniqueKeysWithValues: touched.map { ($0, RecordDepth.head) })
        let (board, baselines) = try board(holding: needs, tail: tail, manifest: manifest, replayAll: true)
        let changed = Dictionary(uniqueKeysWithValues: touched.map { ($0, baselines[$0]) })
        try checkpoint.write(board, changed: changed, previous: manifest, position: tail.end, modes: modes)
    }
}
