import Foundation

// Reads that need only part of the board: the ward list (headers) and some patients' records. Both start from the
// checkpoint's manifest and the journal's tail, as a change does (`partialBoard`), so their cost does not grow
// with the ward.

/// The ward and its patients' headers, without their records: what `consult-board patients` prints.
public struct WardList: Sendable, Equatable {
    public var ward: String
    /// The board's revision the list reflects.
    public var revision: Int
    /// The headers of the patients on the ward, by bed (natural order, as the board list sorts them).
    public var patients: [Patient]
    /// The headers of the patients who left (discharged or transferred out), latest first.
    public var departed: [Patient] = []
}

extension BoardStore {
    /// The ward list, read from the checkpoint's manifest (which holds every patient's header) and the journal's
    /// tail, without opening any patient's files: a few milliseconds on a ward of any size, where `load()`
    /// decodes every record.
    public func wardList() throws(StoreError) -> WardList {
        let tail = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in try readTail() }
        guard let manifest = tail.manifest else {
            let board = try load()
            return WardList(ward: board.ward, revision: board.revision, patients: board.patientsByBed.map(\.patient), departed: board.departedPatients.map(\.patient))
        }
        // Every patient at header depth: the checkpoint's, and those admitted since (their admission replays).
        var needs = Dictionary(manifest.patients.map { ($0.patient.mrn, RecordDepth.header) }) { first, _ in first }
        for line in tail.lines { if let mrn = line.envelope.patient { needs[mrn] = .header } }
        let board = try board(holding: needs, tail: tail, manifest: manifest, replayAll: false).board
        return WardList(ward: board.ward, revision: board.revision, patients: board.patientsByBed.map(\.patient), departed: board.departedPatients.map(\.patient))
    }
}

extension BoardStore {
    /// The board holding only these patients' complete records (those that exist; the ward's name and revision
    /// as usual), read in one consistent pass from their checkpoint files and the journal's tail: a handoff of a
    /// few patients costs the same on a ward of any size.
    public func load(patients mrns: [MRN]) throws(StoreError) -> Board {
        try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) -> Board in
            let tail = try readTail()
            guard let manifest = tail.manifest else {
                let whole = try fullBoard(tail)
                return Board(
                    ward: whole.ward, createdAt: whole.createdAt, revision: whole.revision,
                    records: whole.patients.values.filter { mrns.contains($0.mrn) })
            }
            // Read to the whole depth, every change of the tail to these patients replays: the records are exact.
            let needs = Dictionary(mrns.map { ($0, RecordDepth.whole) }) { first, _ in first }
            return try board(holding: needs, tail: tail, manifest: manifest, replayAll: false).board
        }
    }

    /// One patient's complete record (`nil` when the board has no such patient), reading only that patient's
    /// files and the journal's tail: `show` and the other one-patient commands cost the same on any ward.
    public func record(_ mrn: MRN) throws(StoreError) -> PatientRecord? {
        try load(patients: [mrn]).patients[mrn]
    }
}

extension BoardStore {
    /// The board the board list draws: every patient's record without its notes, and `select`'s pick whole
    /// (`Checkpoint.boardList`), in one consistent read. The terminal UI's first screen, drawn while the whole
    /// board is read: it costs the same whatever the ward's notes.
    public func loadBoardList(wholeRecordOf select: (Board) -> MRN?) throws(StoreError) -> Board {
        try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) -> Board in
            let tail = try readTail()
            return try checkpoint.boardList(tail, journal: layout.journal, select: select) { () throws(StoreError) in try fullBoard(tail) }
        }
    }
}

extension BoardStore {
    /// The ward roster as it stands now (from the checkpoint's manifest and the tail's roster changes), without
    /// reading any patient.
    public func roster() throws(StoreError) -> Roster {
        let tail = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in try readTail() }
        guard let manifest = tail.manifest else { return try load().roster }
        return try board(holding: [:], tail: tail, manifest: manifest, replayAll: false).board.roster
    }
}

/// Where the journal stood when a board was read: its revision and the SHA-256 of its last line (the chain's
/// latest hash), printed on the handoff and sent to syslog so that a rewrite of the whole chain shows.
public struct JournalMark: Sendable, Equatable {
    public var revision: Int
    public var hash: String
}

extension BoardStore {
    /// The board (the whole ward when `mrns` is nil, else those patients, as `load(patients:)`) and the
    /// journal's mark it was read at, from one read.
    public func loadMarked(patients mrns: [MRN]?) throws(StoreError) -> (board: Board, mark: JournalMark) {
        guard let mrns else {
            let open = try open()
            return (open.board, open.mark)
        }
        return try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) -> (board: Board, mark: JournalMark) in
            let tail = try readTail()
            let mark = JournalMark(revision: tail.end.revision, hash: tail.end.lastHash)
            guard let manifest = tail.manifest else {
                let whole = try fullBoard(tail)
                var board = Board(
                    ward: whole.ward, createdAt: whole.createdAt, revision: whole.revision,
                    records: whole.patients.values.filter { mrns.contains($0.mrn) })
                board.roster = whole.roster
                return (board, mark)
            }
            let needs = Dictionary(mrns.map { ($0, RecordDepth.whole) }) { first, _ in first }
            return (try board(holding: needs, tail: tail, manifest: manifest, replayAll: false).board, mark)
        }
    }
}
