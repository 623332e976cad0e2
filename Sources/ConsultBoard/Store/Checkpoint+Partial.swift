import Foundation

// Reading only what a change or a read needs, from a checkpoint and the journal's tail after it: shared by the
// folder store (`BoardStore`) and the database store (`PostgresBoardStore`), which keep the same checkpoint files
// (see `CheckpointStorage`). `journal` names the journal in messages.
extension Checkpoint {
    /// A board holding only the patients `commands` touch, each read only as deep as the commands (and the
    /// tail's changes to it) need; `nil` when the board has no checkpoint to start from.
    func partialBoard(for commands: [BoardCommand], tail: JournalTail, journal: String) throws(StoreError) -> Board? {
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
                needs[holder] = (needs[holder] ?? .header).joined(command.recordDepth)
                if id == command.targetRecord && patient == nil { patient = holder }
            }
            if let mrn = command.namedPatient {
                needs[mrn] = (needs[mrn] ?? .header).joined(command.recordDepth)
            }
            if let patient { batch[tail.end.revision + 1 + index] = patient }
        }
        return try board(holding: needs, tail: tail, manifest: manifest, replayAll: false, journal: journal).board
    }

    /// Which patient holds record `id`: from this batch, the tail, or the checkpoint's id files.
    func holder(
        of id: RecordID, batch: [Int: MRN], tail: JournalTail, manifest: CheckpointManifest
    ) throws(StoreError) -> MRN? {
        guard let number = CheckpointIDFile.number(of: id) else { return nil }
        if number > tail.end.revision { return batch[number] }
        if number > manifest.revision {
            let index = number - manifest.revision - 1
            return index < tail.lines.count ? tail.lines[index].envelope.patient : nil
        }
        return try holder(of: id, manifest: manifest)
    }

    /// A board at the tail's end holding the patients in `needs`, each read from the checkpoint to the depth
    /// given, or deeper when the tail's changes to it need more, with those changes replayed. Also returns each
    /// patient's record as read, before the replay (what a new checkpoint compares with).
    ///
    /// With `replayAll` false (validating a change), the tail's entries that change only parts of a record
    /// that were not read are skipped without being decoded: the board is then exact for what the change reads,
    /// not complete, and must not be written anywhere.
    func board(
        holding needs: [MRN: RecordDepth], tail: JournalTail, manifest: CheckpointManifest, replayAll: Bool, journal: String
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
                    decoded[index] = try line.entry(decoder, file: journal)
                    continue
                }
                guard let mrn = line.envelope.patient, let current = depth[mrn] else { continue }
                guard replayAll || !line.envelope.kind.changedParts.isDisjoint(with: current.parts) else { continue }
                let entry = try line.entry(decoder, file: journal)
                decoded[index] = entry
                if !current.covers(entry.command.recordDepth) {
                    depth[mrn] = current.joined(entry.command.recordDepth)
                    deepened = true
                }
            }
        }
        let wanted = manifest.patients.compactMap { entry in depth[entry.patient.mrn].map { (entry, $0) } }
        var records: [PatientRecord] = []
        var baselines: [MRN: Checkpoint.Baseline] = [:]
        for (index, result) in try readRecords(wanted).enumerated() {
            let record = try result.get()
            records.append(record)
            baselines[record.mrn] = .init(record: record, depth: wanted[index].1)
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
            try Self.replay(entry, line: line.number, into: &board, journal: journal)
        }
        board.revision = tail.end.revision
        return (board, baselines)
    }

    /// The records of `wanted`, in its order. Several patients' files are decoded in parallel (the board list
    /// reads every patient's labs); a database's come in one query, each patient decoded as soon as its files are
    /// in (its connection serves one thread).
    private func readRecords(_ wanted: [(PatientEntry, RecordDepth)]) throws(StoreError) -> [Result<PatientRecord, StoreError>] {
        let reading = wanted.filter { $0.1 != .header }
        guard reading.count > 1 else {
            return wanted.map { pair in Result { () throws(StoreError) in try record(pair.0, depth: pair.1) } }
        }
        guard let storage else {
            return ParallelMap.map(wanted) { pair in Result { () throws(StoreError) in try record(pair.0, depth: pair.1) } }
        }
        let checkpoint = self
        return try storage.read(groups: wanted.map { $0.0.files(at: $0.1) }) { index, files in
            Result { () throws(StoreError) in
                try checkpoint.record(wanted[index].0, depth: wanted[index].1) { (ref) throws(StoreError) in
                    guard let data = files[ref.file] else { throw FileIO.missing(checkpoint.layout.checkpointFile(ref.file)) }
                    return data
                }
            }
        }
    }

    /// Whether `error` names a patient or record the board does not have at all, which a partial board knows as
    /// well as the whole one.
    func isNowhere(_ error: BoardError, tail: JournalTail) -> Bool {
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

    /// The board before `entry` with `entry` applied; an entry that cannot be applied means the journal or the
    /// checkpoint is wrong.
    static func replay(_ entry: JournalEntry, line: Int, into board: inout Board, journal: String) throws(StoreError) {
        do throws(BoardError) {
            try board.apply(entry.command, context: entry.context)
        } catch {
            throw .damaged(
                file: journal, line: line,
                reason: StoreReason(.tr("store.reason.cannotReplay", ["sequence": "\(entry.sequence)", "error": .said { error.shown }])))
        }
    }

    /// The whole board: the checkpoint's records (decoded in parallel from their files' bytes, `files[i]` for
    /// the manifest's i-th patient) plus the tail.
    func wholeBoard(_ tail: JournalTail, files: [[String: Data]], journal: String) throws(StoreError) -> Board {
        var records: [PatientRecord] = []
        if let manifest = tail.manifest {
            let decoded = ParallelMap.map(Array(zip(manifest.patients, files))) { pair in wholeRecord(pair.0, files: pair.1) }
            records.reserveCapacity(decoded.count)
            for result in decoded { records.append(try result.get()) }
        }
        return try wholeBoard(tail, records: records, journal: journal)
    }

    /// A patient's whole record from its files' bytes by name (a file that is not there is named).
    func wholeRecord(_ entry: PatientEntry, files: [String: Data]) -> Result<PatientRecord, StoreError> {
        Result { () throws(StoreError) in
            try record(entry, depth: .whole) { (ref) throws(StoreError) in
                guard let data = files[ref.file] else { throw FileIO.missing(layout.checkpointFile(ref.file)) }
                return data
            }
        }
    }

    /// The board of the checkpoint's whole `records` (in the manifest's order) plus the tail.
    func wholeBoard(_ tail: JournalTail, records: [PatientRecord], journal: String) throws(StoreError) -> Board {
        var board = tail.manifest.map { Board(manifest: $0, records: records) } ?? Board()
        let decoder = BoardJSON.decoder()
        for line in tail.lines {
            try Self.replay(try line.entry(decoder, file: journal), line: line.number, into: &board, journal: journal)
        }
        return board
    }

    /// Folds the tail into a new checkpoint, writing only what the tail changed: for each patient it touched,
    /// the small record file and the new or changed rows of its labs and notes (`whole`: the board, for a
    /// board without a checkpoint yet).
    func fold(
        _ tail: JournalTail, journal: String, modes: FileModes, whole: () throws(StoreError) -> Board
    ) throws(StoreError) {
        guard let manifest = tail.manifest else {
            try write(whole(), changed: nil, previous: nil, position: tail.end, modes: modes)
            return
        }
        let touched = Set(tail.lines.compactMap(\.envelope.patient))
        let needs = Dictionary(uniqueKeysWithValues: touched.map { ($0, RecordDepth.head) })
        let (board, baselines) = try board(holding: needs, tail: tail, manifest: manifest, replayAll: true, journal: journal)
        let changed = Dictionary(uniqueKeysWithValues: touched.map { ($0, baselines[$0]) })
        try write(board, changed: changed, previous: manifest, position: tail.end, modes: modes)
    }

    /// The board holding only `mrns`' complete records (the ward, revision and roster as usual), from the tail;
    /// `whole` reads the whole board when there is no checkpoint to start from.
    func patients(
        _ mrns: [MRN], tail: JournalTail, journal: String, whole: () throws(StoreError) -> Board
    ) throws(StoreError) -> Board {
        guard let manifest = tail.manifest else {
            let board = try whole()
            var some = Board(
                ward: board.ward, createdAt: board.createdAt, revision: board.revision,
                records: board.patients.values.filter { mrns.contains($0.mrn) })
            some.roster = board.roster
            return some
        }
        // Read to the whole depth, every change of the tail to these patients replays: the records are exact.
        let needs = Dictionary(mrns.map { ($0, RecordDepth.whole) }) { first, _ in first }
        return try board(holding: needs, tail: tail, manifest: manifest, replayAll: false, journal: journal).board
    }

    /// The board the board list draws, from the tail: every patient's record without its notes, and the whole
    /// record of the patient `select` picks (the one whose summary, with its latest note, is shown beside the
    /// list). `select` is given the board's headers only (every patient's `Patient`, no record read), so the pick
    /// rests on the header (bed, on the ward, name). All come from the same tail: one revision of the board.
    ///
    /// Like `board(holding:)` with `replayAll` false, the notes-less records are exact for every part but the
    /// notes: the board is for drawing, never for writing or for replaying later changes onto.
    func boardList(
        _ tail: JournalTail, journal: String, select: (Board) -> MRN?, whole: () throws(StoreError) -> Board
    ) throws(StoreError) -> Board {
        guard let manifest = tail.manifest else { return try whole() }
        var needs = Dictionary(manifest.patients.map { ($0.patient.mrn, RecordDepth.withLabs) }) { first, _ in first }
        for line in tail.lines { if let mrn = line.envelope.patient { needs[mrn] = .withLabs } }
        // The pick is made from the patients' headers, which the manifest and the tail give without reading a
        // record, so the picked record is read whole in the same batch as the others, on every core.
        let headers = try board(holding: needs.mapValues { _ in .header }, tail: tail, manifest: manifest, replayAll: false, journal: journal).board
        if let mrn = select(headers), needs[mrn] != nil { needs[mrn] = .whole }
        return try board(holding: needs, tail: tail, manifest: manifest, replayAll: false, journal: journal).board
    }

    /// The board with every patient's header only (and the roster), from the tail.
    func headers(_ tail: JournalTail, journal: String, whole: () throws(StoreError) -> Board) throws(StoreError) -> Board {
        guard let manifest = tail.manifest else { return try whole() }
        var needs = Dictionary(manifest.patients.map { ($0.patient.mrn, RecordDepth.header) }) { first, _ in first }
        for line in tail.lines { if let mrn = line.envelope.patient { needs[mrn] = .header } }
        return try board(holding: needs, tail: tail, manifest: manifest, replayAll: false, journal: journal).board
    }
}
