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
        return try FileLock.with(.exclusive, path: layout.lock) { () throws(StoreError) -> [String?] in
            let journal = try JournalAppender(path: layout.journal, fault: hooks.faults.openJournal)
            defer { journal.close() }
            let tail = try readTail()
            let time = BoardJSON.wholeSeconds(at ?? Date())
            // Any trouble building the partial board (even damage) sends us to the whole board, which reports it.
            let partial = try? partialBoard(for: commands, tail: tail)
            let working: Board
            if let partial { working = partial } else { working = try fullBoard(tail) }
            var accepted: Accepted
            do throws(BoardError) {
                accepted = try accept(commands, on: working, after: tail.end, author: author, at: time)
            } catch {
                // A refusal from a partial board is confirmed against the whole board before it is reported.
                guard partial != nil else { throw .rejected(error) }
                let full = try fullBoard(tail)
                do throws(BoardError) {
                    accepted = try accept(commands, on: full, after: tail.end, author: author, at: time)
                } catch { throw .rejected(error) }
            }
            let lines = try encode(accepted.entries, after: tail.end)
            try journal.append(lines.data, fault: hooks.faults.journalWrite)
            var grown = tail
            grown.lines += lines.lines
            if grown.manifest == nil || policy.due(entries: grown.lines.count, bytes: grown.end.offset - grown.start.offset) {
                try? writeCheckpoint(grown)
            }
            return accepted.ids
        }
    }

    /// Commands validated against a board: the ids they created or changed and their journal entries (whose
    /// `prev` is filled in when they are encoded).
    private struct Accepted {
        var ids: [String?] = []
        var entries: [JournalEntry] = []
    }

    private func accept(
        _ commands: [BoardCommand], on board: Board, after end: JournalPosition, author: String, at time: Date
    ) throws(BoardError) -> Accepted {
        var board = board
        var accepted = Accepted()
        for (index, command) in commands.enumerated() {
            let sequence = end.revision + 1 + index
            let context = ChangeContext(sequence: sequence, author: author, at: time)
            let patient = command.namedPatient ?? command.targetRecord.flatMap { board.patient(holding: $0) }
            accepted.ids.append(try board.apply(command, context: context))
            accepted.entries.append(
                JournalEntry(sequence: sequence, at: time, author: author, patient: patient, command: command, previousHash: ""))
        }
        return accepted
    }

    /// The lines for `entries`, chained after `end`.
    private func encode(_ entries: [JournalEntry], after end: JournalPosition) throws(StoreError) -> (data: Data, lines: [JournalLine]) {
        let encoder = BoardJSON.encoder()
        var data = Data()
        var lines: [JournalLine] = []
        var position = end
        for var entry in entries {
            entry.previousHash = position.lastHash
            let bytes = try JournalCodec.line(for: entry, encoder: encoder, file: layout.journal)
            let line = JournalLine(
                number: position.lines + 1, range: position.offset..<(position.offset + bytes.count - 1),
                hash: Seal.sha256Hex(bytes.dropLast()), entry: entry)
            data.append(bytes)
            lines.append(line)
            position = line.position
        }
        return (data, lines)
    }

    // MARK: - Reading only what a change needs

    /// A board holding only the patients `commands` touch, exact for what the commands read; `nil` when the
    /// board has no checkpoint to start from.
    func partialBoard(for commands: [BoardCommand], tail: JournalTail) throws(StoreError) -> Board? {
        guard let manifest = tail.manifest else { return nil }
        var needs: [MRN: Bool] = [:]  // MRN -> needs the whole record
        var batch: [Int: MRN] = [:]  // sequence number -> patient, for commands of this batch
        for (index, command) in commands.enumerated() {
            var patient = command.namedPatient
            for id in command.referencedRecords {
                guard let holder = try holder(of: id, batch: batch, tail: tail, manifest: manifest) else { continue }
                needs[holder] = true
                if id == command.targetRecord && patient == nil { patient = holder }
            }
            if let mrn = command.namedPatient {
                needs[mrn] = (needs[mrn] ?? false) || !command.needsOnlyPatientHeader
            }
            if let patient { batch[tail.end.revision + 1 + index] = patient }
        }
        return try board(holding: needs, tail: tail, manifest: manifest)
    }

    /// Which patient holds record `id`: from this batch, the tail, or the checkpoint's id files.
    private func holder(
        of id: RecordID, batch: [Int: MRN], tail: JournalTail, manifest: CheckpointManifest
    ) throws(StoreError) -> MRN? {
        guard let number = CheckpointIDFile.number(of: id) else { return nil }
        if number > tail.end.revision { return batch[number] }
        if number > manifest.revision {
            let index = number - manifest.revision - 1
            return index < tail.lines.count ? tail.lines[index].entry.patient : nil
        }
        return try checkpoint.holder(of: id, manifest: manifest)
    }

    /// A board at the tail's end holding the patients in `needs`: the whole record where the value is true, or
    /// where the tail holds a change to the patient that needs more than the header; else the header alone.
    func board(holding needs: [MRN: Bool], tail: JournalTail, manifest: CheckpointManifest) throws(StoreError) -> Board {
        var records: [PatientRecord] = []
        for entry in manifest.patients {
            guard let wholeRecord = needs[entry.patient.mrn] else { continue }
            let headerSuffices = !wholeRecord && tail.lines.allSatisfy { line in
                line.entry.patient != entry.patient.mrn || line.entry.command.needsOnlyPatientHeader
            }
            if headerSuffices {
                var header = PatientRecord(patient: entry.patient)
                header.revision = entry.revision
                records.append(header)
            } else {
                records.append(try checkpoint.record(entry))
            }
        }
        var board = Board(ward: manifest.ward, createdAt: manifest.createdAt, revision: manifest.revision, records: records)
        try replay(tail.lines.filter { $0.entry.patient.map { needs[$0] != nil } ?? false }, into: &board)
        board.revision = tail.end.revision
        return board
    }

    // MARK: - Checkpoints

    /// Folds the tail into a new checkpoint, rewriting only the files of the patients it changed.
    func writeCheckpoint(_ tail: JournalTail) throws(StoreError) {
        guard let manifest = tail.manifest else {
            try checkpoint.write(fullBoard(tail), changed: nil, previous: nil, position: tail.end, modes: modes)
            return
        }
        let touched = Set(tail.lines.compactMap(\.entry.patient))
        let board = try board(holding: Dictionary(uniqueKeysWithValues: touched.map { ($0, true) }), tail: tail, manifest: manifest)
        try checkpoint.write(board, changed: touched, previous: manifest, position: tail.end, modes: modes)
    }
}
