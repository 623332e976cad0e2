import Foundation

// Reads that need only part of the board: the ward list (headers) and one patient's record. Both start from the
// checkpoint's manifest and the journal's tail, as a change does (`partialBoard`), so their cost does not grow
// with the ward.

/// The ward and its patients' headers, without their records: what `consult-board patients` prints.
public struct WardList: Sendable, Equatable {
    public var ward: String
    /// The board's revision the list reflects.
    public var revision: Int
    /// Every patient's header, by bed (natural order, as the board list sorts them).
    public var patients: [Patient]
}

extension BoardStore {
    /// The ward list, read from the checkpoint's manifest (which holds every patient's header) and the journal's
    /// tail, without opening any patient's files: a few milliseconds on a ward of any size, where `load()`
    /// decodes every record.
    public func wardList() throws(StoreError) -> WardList {
        let tail = try FileLock.with(.shared, path: layout.lock) { () throws(StoreError) in try readTail() }
        guard let manifest = tail.manifest else {
            let board = try load()
            return WardList(ward: board.ward, revision: board.revision, patients: board.patientsByBed.map(\.patient))
        }
        // Every patient at header depth: the checkpoint's, and those admitted since (their admission replays).
        var needs = Dictionary(manifest.patients.map { ($0.patient.mrn, RecordDepth.header) }) { first, _ in first }
        for line in tail.lines { if let mrn = line.envelope.patient { needs[mrn] = .header } }
        let board = try board(holding: needs, tail: tail, manifest: manifest, replayAll: false).board
        return WardList(ward: board.ward, revision: board.revision, patients: board.patientsByBed.map(\.patient))
    }
}

extension BoardStore {
    /// One patient's complete record (`nil` when the board has no such patient), reading only that patient's
    /// checkpoint files and the journal's tail: `show` and the other one-patient commands cost the same on a
    /// ward of any size.
    public func record(_ mrn: MRN) throws(StoreError) -> PatientRecord? {
        try FileLock.with(.shared, path: layout.lock) { () throws(StoreError) -> PatientRecord? in
            let tail = try readTail()
            guard let manifest = tail.manifest else { return try fullBoard(tail).patients[mrn] }
            // Read to the whole depth, every change of the tail to this patient replays: the record is exact.
            return try board(holding: [mrn: .whole], tail: tail, manifest: manifest, replayAll: false).board.patients[mrn]
        }
    }
}
