import Foundation

/// Reads and writes the checkpoint: a derived cache of the board at one revision, so that opening the board and
/// validating a change do not replay the whole journal.
///
/// The journal always wins: `validate` compares the checkpoint with a full replay and `validate --repair`
/// rebuilds it. Every checkpoint file carries its schema version, and the manifest records the SHA-256 of each
/// file it names, so a damaged file is reported by name instead of being believed.
struct Checkpoint: Sendable {
    let layout: BoardLayout
    let hooks: StoreHooks

    // MARK: - Reading

    /// The manifest, or `nil` when the board has no checkpoint (it is then opened by replaying the journal).
    func manifest() throws(StoreError) -> CheckpointManifest? {
        guard let data = try FileIO.readIfPresent(layout.manifest, hooks: hooks) else { return nil }
        switch Seal.check(data) {
        case .valid: break
        case .missing: throw .damaged(file: layout.manifest, line: nil, reason: "it has no hash at its end (not written by consult-board, or cut short)")
        case .mismatch: throw .damaged(file: layout.manifest, line: nil, reason: "it does not match its hash (edited or corrupted)")
        }
        return try decode(CheckpointManifest.self, from: data, file: layout.manifest)
    }

    /// The whole record of one patient at the checkpoint.
    func record(_ entry: CheckpointManifest.PatientEntry) throws(StoreError) -> PatientRecord {
        let path = layout.checkpointFile(entry.file)
        return try record(entry, from: FileIO.read(path, hooks: hooks))
    }

    /// Checks and decodes the bytes of a patient's file (safe to call from several threads at once).
    func record(_ entry: CheckpointManifest.PatientEntry, from data: Data) throws(StoreError) -> PatientRecord {
        let path = layout.checkpointFile(entry.file)
        guard Seal.sha256Hex(data) == entry.sha256 else {
            throw .damaged(file: path, line: nil, reason: "its contents do not match the hash in checkpoint/manifest.json (edited or corrupted)")
        }
        let record = try decode(CheckpointPatientFile.self, from: data, file: path).record
        guard record.mrn == entry.patient.mrn, record.revision == entry.revision, record.patient == entry.patient else {
            throw .damaged(file: path, line: nil, reason: "it holds \(record.mrn) at revision \(record.revision), not what checkpoint/manifest.json says (\(entry.patient.mrn) at revision \(entry.revision))")
        }
        return record
    }

    /// Which patient holds record `id`, from the id files (only for ids numbered up to the checkpoint).
    func holder(of id: RecordID, manifest: CheckpointManifest) throws(StoreError) -> MRN? {
        guard let number = CheckpointIDFile.number(of: id),
            let entry = manifest.ids.first(where: { $0.first <= number && number <= $0.last })
        else { return nil }
        return try ids(entry).ids[id]
    }

    func ids(_ entry: CheckpointManifest.IDFileEntry) throws(StoreError) -> CheckpointIDFile {
        let path = layout.checkpointFile(entry.file)
        let data = try FileIO.read(path, hooks: hooks)
        guard Seal.sha256Hex(data) == entry.sha256 else {
            throw .damaged(file: path, line: nil, reason: "its contents do not match the hash in checkpoint/manifest.json (edited or corrupted)")
        }
        return try decode(CheckpointIDFile.self, from: data, file: path)
    }

    private func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(StoreError) -> T {
        do {
            return try BoardJSON.decoder().decode(type, from: data)
        } catch let newer as NewerSchemaVersion {
            throw .newerSchema(file: file, found: newer.found, supported: 1)
        } catch {
            throw .damaged(file: file, line: nil, reason: "it cannot be read (\(DecodingProblem(error)))")
        }
    }

    // MARK: - Writing

    /// Writes a checkpoint of `board` at `position` and makes it the board's checkpoint.
    ///
    /// `board` must hold the whole record of every patient in `changed` (and of every patient when `changed`
    /// is `nil` or there is no `previous` checkpoint); the other patients' files are kept from `previous`.
    /// Files no longer named by the new manifest are removed once it is in place.
    @discardableResult
    func write(
        _ board: Board, changed: Set<MRN>?, previous: CheckpointManifest?, position: JournalPosition, modes: FileModes
    ) throws(StoreError) -> CheckpointManifest {
        let fault = hooks.faults.checkpointWrite
        for folder in [layout.checkpoint, layout.patients, layout.ids] {
            try FileIO.makeFolder(folder, mode: modes.directory)
        }
        let encoder = BoardJSON.encoder()
        let reuse = changed != nil ? previous : nil

        // Patients: keep the files of those unchanged, write the rest.
        var patients: [CheckpointManifest.PatientEntry] = []
        var listed = Set<MRN>()
        func writeRecord(_ record: PatientRecord) throws(StoreError) -> CheckpointManifest.PatientEntry {
            let file = CheckpointPatientFile.name(for: record)
            let data = try encode(CheckpointPatientFile(record: record), with: encoder, file: file)
            try FileIO.writeAtomically(data, to: layout.checkpointFile(file), mode: modes.file, syncFolder: false, fault: fault)
            return .init(patient: record.patient, revision: record.revision, file: file, sha256: Seal.sha256Hex(data))
        }
        if let reuse, let changed {
            for entry in reuse.patients {
                let mrn = entry.patient.mrn
                listed.insert(mrn)
                if !changed.contains(mrn) {
                    patients.append(entry)
                } else if let record = board.patients[mrn] {
                    patients.append(try writeRecord(record))
                }
            }
        }
        for record in board.patients.values where !listed.contains(record.mrn) {
            patients.append(try writeRecord(record))
        }

        // Ids: add the ids created since the previous checkpoint to the files of their number ranges.
        let since = reuse?.revision ?? 0
        var fresh: [Int: [RecordID: MRN]] = [:]
        for (id, mrn) in board.recordIndex {
            guard let number = CheckpointIDFile.number(of: id), number > since || reuse == nil else { continue }
            fresh[CheckpointIDFile.rangeStart(of: number), default: [:]][id] = mrn
        }
        var idFiles: [CheckpointManifest.IDFileEntry] = reuse?.ids.filter { fresh[$0.first] == nil } ?? []
        for (first, added) in fresh {
            var ids = added
            if let old = reuse?.ids.first(where: { $0.first == first }) {
                ids.merge(try self.ids(old).ids) { new, _ in new }
            }
            let last = first + CheckpointIDFile.span - 1
            let file = "ids/\(first)-\(last).r\(position.revision).json"
            let data = try encode(CheckpointIDFile(first: first, last: last, ids: ids), with: encoder, file: file)
            try FileIO.writeAtomically(data, to: layout.checkpointFile(file), mode: modes.file, syncFolder: false, fault: fault)
            idFiles.append(.init(first: first, last: last, file: file, sha256: Seal.sha256Hex(data)))
        }
        idFiles.sort { $0.first < $1.first }
        try FileIO.syncFolder(layout.patients)
        try FileIO.syncFolder(layout.ids)

        let manifest = CheckpointManifest(
            journal: position, ward: board.ward, createdAt: board.createdAt, patients: patients, ids: idFiles)
        let data = Seal.seal(try encode(manifest, with: encoder, file: layout.manifest))
        try FileIO.writeAtomically(data, to: layout.manifest, mode: modes.file, fault: fault)
        removeUnlisted(manifest)
        return manifest
    }

    /// Removes checkpoint files the manifest no longer names (and temporary files a crash left behind).
    /// Runs under the writer's lock, after the new manifest is in place; a file that cannot be removed is
    /// only clutter, so failures are ignored.
    private func removeUnlisted(_ manifest: CheckpointManifest) {
        let keep = Set(manifest.patients.map(\.file) + manifest.ids.map(\.file))
        for (folder, prefix) in [(layout.patients, "patients/"), (layout.ids, "ids/")] {
            var removed = false
            for name in FileIO.list(folder) where !keep.contains(prefix + name) {
                removed = unlink(folder + "/" + name) == 0 || removed
            }
            if removed { try? FileIO.syncFolder(folder) }
        }
        for name in FileIO.list(layout.checkpoint) where name.hasPrefix("manifest.json.tmp-") {
            unlink(layout.checkpoint + "/" + name)
        }
    }

    private func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder, file: String) throws(StoreError) -> Data {
        do { return try encoder.encode(value) } catch {
            throw .io(file: layout.checkpointFile(file), operation: "encode", reason: "\(error)")
        }
    }

    /// Removes the whole checkpoint (before a repair rebuilds it).
    func remove() {
        for folder in [layout.patients, layout.ids] {
            for name in FileIO.list(folder) { unlink(folder + "/" + name) }
        }
        unlink(layout.manifest)
        try? FileIO.syncFolder(layout.checkpoint)
    }
}
