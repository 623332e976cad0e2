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
    /// Where the files are when not in `layout`'s folder (a board in a database); `nil`: the folder.
    var storage: (any CheckpointStorage)? = nil

    typealias FileRef = CheckpointManifest.FileRef
    typealias PatientEntry = CheckpointManifest.PatientEntry

    // MARK: - Reading

    /// The manifest, or `nil` when the board has no checkpoint (it is then opened by replaying the journal).
    func manifest() throws(StoreError) -> CheckpointManifest? {
        let stored = if let storage { try storage.readManifest() } else { try FileIO.readIfPresent(layout.manifest, hooks: hooks) }
        guard let data = stored else { return nil }
        switch Seal.check(data) {
        case .valid: break
        case .missing: throw .damaged(file: layout.manifest, line: nil, reason: StoreReason(.tr("store.reason.manifestUnsealed")))
        case .mismatch: throw .damaged(file: layout.manifest, line: nil, reason: StoreReason(.tr("store.reason.manifestEdited")))
        }
        // By hand when it can (`ManifestFastDecode`), else by JSONDecoder, which also words what is wrong.
        let manifest: CheckpointManifest
        if let fast = ManifestFastDecode.manifest(data) { manifest = fast } else {
            manifest = try decode(CheckpointManifest.self, from: data, file: layout.manifest)
        }
        let position = manifest.journal
        guard BoardLimits.isRevision(position.revision), BoardLimits.isRevision(manifest.revision),
            position.lines >= 0, position.lines <= BoardLimits.maxRevision, position.offset >= 0, position.offset <= BoardLimits.maxOffset
        else {
            throw .damaged(file: layout.manifest, line: nil, reason: StoreReason(.tr("store.reason.positionOutOfRange", [
                "revision": "\(position.revision)", "line": "\(position.lines)", "offset": "\(position.offset)",
            ])))
        }
        return manifest
    }

    /// A patient's record read to `depth`: `.header` reads no file, `.head` one small file, `.withNotes` adds
    /// the note segments, `.withLabs` the lab segments, `.whole` both.
    func record(_ entry: PatientEntry, depth: RecordDepth) throws(StoreError) -> PatientRecord {
        try record(entry, depth: depth) { (ref) throws(StoreError) in try file(ref) }
    }

    /// The bytes of the file `ref` names, from the folder or the storage.
    func file(_ ref: FileRef) throws(StoreError) -> Data {
        if let storage { return try storage.read(ref, path: layout.checkpointFile(ref.file)) }
        return try FileIO.read(layout.checkpointFile(ref.file), hooks: hooks)
    }

    /// A patient's record from its files' bytes as `read` gives them (safe to call from several threads).
    func record(
        _ entry: PatientEntry, depth: RecordDepth, read: (FileRef) throws(StoreError) -> Data
    ) throws(StoreError) -> PatientRecord {
        let parts = depth.parts
        guard parts.contains(.lists) else {
            var header = PatientRecord(patient: entry.patient)
            header.revision = entry.revision
            return header
        }
        var record = try decode(CheckpointRecordFile.self, ref: entry.record, read: read).record
        guard record.mrn == entry.patient.mrn, record.revision == entry.revision, record.patient == entry.patient else {
            throw .damaged(
                file: layout.checkpointFile(entry.record.file), line: nil,
                reason: StoreReason(.tr("store.reason.recordNotManifest", [
                    "mrn": "\(record.mrn)", "revision": "\(record.revision)", "listedMRN": "\(entry.patient.mrn)", "listedRevision": "\(entry.revision)",
                ])))
        }
        if parts.contains(.notes) { record.notes = try rows(NoteRow.self, entry.notes, read: read) }
        if parts.contains(.labs) { record.labs = try rows(LabRow.self, entry.labs, read: read) }
        return record
    }

    /// The values of a list kept in row segments, oldest first, later rows replacing earlier ones by id.
    private func rows<Row: TableRow>(
        _: Row.Type, _ segments: [FileRef], read: (FileRef) throws(StoreError) -> Data
    ) throws(StoreError) -> [Row.Value] {
        var values: [Row.Value] = []
        for segment in segments {
            let data = try verified(segment, read: read)
            if let decoded = Row.decodedByHand(data) {
                values += decoded
            } else {
                values += try decode(CheckpointRowsFile<Row>.self, from: data, file: layout.checkpointFile(segment.file)).rows.map(\.value)
            }
        }
        return segments.contains { $0.replaces == true } ? Self.latestByID(values) : values
    }

    /// Keeps the first position of each id with its latest value.
    static func latestByID<T: Identifiable>(_ values: [T]) -> [T] where T.ID == RecordID {
        var position: [RecordID: Int] = [:]
        var out: [T] = []
        for value in values {
            if let index = position[value.id] {
                out[index] = value
            } else {
                position[value.id] = out.count
                out.append(value)
            }
        }
        return out
    }

    /// Which patient holds record `id`, from the id files (only for ids numbered up to the checkpoint).
    func holder(of id: RecordID, manifest: CheckpointManifest) throws(StoreError) -> MRN? {
        guard let number = CheckpointIDFile.number(of: id),
            let ref = manifest.ids.first(where: { ($0.first ?? 0) <= number && number <= ($0.last ?? -1) })
        else { return nil }
        return try ids(ref).ids[id]
    }

    func ids(_ ref: FileRef) throws(StoreError) -> CheckpointIDFile {
        try decode(CheckpointIDFile.self, ref: ref) { (ref) throws(StoreError) in try file(ref) }
    }

    private func decode<T: Decodable>(
        _ type: T.Type, ref: FileRef, read: (FileRef) throws(StoreError) -> Data
    ) throws(StoreError) -> T {
        try decode(type, from: verified(ref, read: read), file: layout.checkpointFile(ref.file))
    }

    /// A file's bytes, checked against the hash the manifest holds for it.
    private func verified(_ ref: FileRef, read: (FileRef) throws(StoreError) -> Data) throws(StoreError) -> Data {
        let data = try read(ref)
        guard Seal.sha256Hex(data) == ref.sha256 else {
            throw .damaged(
                file: layout.checkpointFile(ref.file), line: nil,
                reason: .hashDiffers)
        }
        return data
    }

    private func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(StoreError) -> T {
        do {
            return try BoardJSON.decoder().decode(type, from: data)
        } catch let newer as NewerSchemaVersion {
            throw .newerSchema(file: file, found: newer.found, supported: 1)
        } catch {
            throw .damaged(file: file, line: nil, reason: .unreadable(DecodingProblem(error)))
        }
    }

    // MARK: - Writing

    /// A changed patient's record as it was read from the previous checkpoint, before the changes since were
    /// replayed onto it: what the new checkpoint compares with to write only new and changed rows.
    struct Baseline: Sendable {
        var record: PatientRecord
        var depth: RecordDepth
    }

    /// Writes a checkpoint of `board` at `position` and makes it the board's checkpoint.
    ///
    /// With `changed` (and a `previous` checkpoint), only those patients are written, each from its baseline
    /// (`nil`: a patient new since `previous`); the others keep their files. Without, every patient is written
    /// afresh. `board` holds each written patient's record to at least the baseline's depth. Files no longer
    /// named by the new manifest are removed once it is in place.
    @discardableResult
    func write(
        _ board: Board, changed: [MRN: Baseline?]?, previous: CheckpointManifest?, position: JournalPosition,
        modes: FileModes
    ) throws(StoreError) -> CheckpointManifest {
        if let storage {
            // In a database: the files and the manifest are saved in one transaction; nothing to sync or remove.
            let batch = MemoryBatch()
            let manifest = try manifest(of: board, changed: changed, previous: previous, position: position, batch: batch)
            let prefix = layout.checkpoint + "/"
            let files = Dictionary(uniqueKeysWithValues: batch.written.map { (String($0.key.dropFirst(prefix.count)), $0.value) })
            let data = Seal.seal(try FileWriter(checkpoint: self, batch: batch, revision: 0, after: 0).encode(manifest, file: layout.manifest))
            try storage.save(files: files, manifest: data, at: position)
            return manifest
        }
        for folder in [layout.checkpoint, layout.patients, layout.ids] {
            try FileIO.makeFolder(folder, mode: modes.directory)
        }
        let batch = FileBatch(mode: modes.file, fault: hooks.faults.checkpointWrite)
        defer { batch.abandon() }
        let manifest = try manifest(of: board, changed: changed, previous: previous, position: position, batch: batch)
        try batch.commit()
        try FileIO.syncFolder(layout.patients)
        try FileIO.syncFolder(layout.ids)
        let data = Seal.seal(try FileWriter(checkpoint: self, batch: batch, revision: 0, after: 0).encode(manifest, file: layout.manifest))
        try FileIO.writeAtomically(data, to: layout.manifest, mode: modes.file, fault: hooks.faults.checkpointWrite)
        removeUnlisted(manifest)
        return manifest
    }

    /// Writes the files of a checkpoint of `board` into `batch` and returns its manifest (see `write`).
    private func manifest(
        of board: Board, changed: [MRN: Baseline?]?, previous: CheckpointManifest?, position: JournalPosition,
        batch: any CheckpointSink
    ) throws(StoreError) -> CheckpointManifest {
        let writer = FileWriter(checkpoint: self, batch: batch, revision: position.revision, after: previous?.revision ?? 0)
        let reuse = changed != nil ? previous : nil
        var patients: [PatientEntry] = []
        var listed = Set<MRN>()
        if let reuse, let changed {
            for entry in reuse.patients {
                let mrn = entry.patient.mrn
                listed.insert(mrn)
                guard let baseline = changed[mrn] else {
                    patients.append(entry)
                    continue
                }
                if let record = board.patients[mrn] {
                    patients.append(try writer.patient(record, previous: entry, baseline: baseline))
                }
            }
        }
        for record in board.patients.values where !listed.contains(record.mrn) {
            patients.append(try writer.patient(record, previous: nil, baseline: nil))
        }
        let ids = try writer.ids(board.recordIndex, previous: reuse)
        return CheckpointManifest(
            journal: position, ward: board.ward, createdAt: board.createdAt, patients: patients, ids: ids,
            roster: board.roster.isKept ? board.roster : nil)
    }

    /// Removes checkpoint files the manifest no longer names (and temporary files a crash left behind).
    /// Runs under the writer's lock, after the new manifest is in place; a file that cannot be removed is
    /// only clutter, so failures are ignored.
    private func removeUnlisted(_ manifest: CheckpointManifest) {
        let keep = Set(manifest.patients.flatMap(\.files).map(\.file) + manifest.ids.map(\.file))
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

    /// Removes the whole checkpoint (before a repair rebuilds it).
    func remove() {
        for folder in [layout.patients, layout.ids] {
            for name in FileIO.list(folder) { unlink(folder + "/" + name) }
        }
        unlink(layout.manifest)
        try? FileIO.syncFolder(layout.checkpoint)
    }
}

/// Writes the files of one checkpoint into a batch (synced and renamed together when the caller commits it).
private struct FileWriter {
    let checkpoint: Checkpoint
    let batch: any CheckpointSink
    /// The new checkpoint's revision, and the previous one's (0 if none).
    let revision: Int
    let after: Int
    let encoder = BoardJSON.encoder()

    typealias FileRef = CheckpointManifest.FileRef

    func encode<T: Encodable>(_ value: T, file: String) throws(StoreError) -> Data {
        do { return try encoder.encode(value) } catch {
            throw .io(file: file, operation: "encode", reason: "\(error)")
        }
    }

    func put<T: Encodable>(_ value: T, as file: String) throws(StoreError) -> FileRef {
        let path = checkpoint.layout.checkpointFile(file)
        let data = try encode(value, file: path)
        try batch.add(data, as: path)
        return FileRef(file: file, sha256: Seal.sha256Hex(data))
    }

    /// A checkpoint file's bytes: from this batch if it wrote it, else from disk.
    func read(_ ref: FileRef) throws(StoreError) -> Data {
        let path = checkpoint.layout.checkpointFile(ref.file)
        if let data = batch.written[path] { return data }
        return try checkpoint.file(ref)
    }

    /// A patient's files: the record without labs and notes always; for each list, the rows new or changed
    /// since the baseline as a new segment, or all rows afresh when there is no baseline to compare with.
    func patient(
        _ record: PatientRecord, previous: CheckpointManifest.PatientEntry?, baseline: Checkpoint.Baseline?
    ) throws(StoreError) -> CheckpointManifest.PatientEntry {
        let head = try put(CheckpointRecordFile(record: record), as: CheckpointRecordFile.name(for: record))
        let labs = try list(LabRow.self, "labs", record.labs, previous: previous?.labs, baseline: baseline?.record.labs, mrn: record.mrn)
        let notes = try list(NoteRow.self, "notes", record.notes, previous: previous?.notes, baseline: baseline?.record.notes, mrn: record.mrn)
        return .init(patient: record.patient, revision: record.revision, record: head, labs: labs, notes: notes)
    }

    private func list<Row: TableRow>(
        _: Row.Type, _ name: String, _ values: [Row.Value], previous: [FileRef]?, baseline: [Row.Value]?, mrn: MRN
    ) throws(StoreError) -> [FileRef] {
        if let previous, let baseline, let delta = Self.delta(values, from: baseline) {
            guard !delta.rows.isEmpty else { return previous }
            let segment = try put(
                CheckpointRowsFile(rows: delta.rows.map(Row.init)), as: "patients/\(mrn).\(name).\(after)-\(revision).json")
            var segments = previous + [segment.with(rows: delta.rows.count, replaces: delta.replaces, range: (after, revision))]
            try merge(&segments, Row.self, name, mrn: mrn)
            return segments
        }
        guard !values.isEmpty else { return [] }
        let segment = try put(CheckpointRowsFile(rows: values.map(Row.init)), as: "patients/\(mrn).\(name).0-\(revision).json")
        return [segment.with(rows: values.count, replaces: false, range: (0, revision))]
    }

    /// The rows of `values` that are new or changed since `baseline`; `nil` if some baseline row is gone (then
    /// the list is written afresh, which is possible because a list that lost rows was read whole).
    static func delta<T: Identifiable & Equatable>(_ values: [T], from baseline: [T]) -> (rows: [T], replaces: Bool)? where T.ID == RecordID {
        guard !baseline.isEmpty else { return (values, false) }
        var old: [RecordID: T] = [:]
        for value in baseline { old[value.id] = value }
        var kept = 0
        var rows: [T] = []
        var replaces = false
        for value in values {
            guard let before = old[value.id] else {
                rows.append(value)
                continue
            }
            kept += 1
            if before != value {
                rows.append(value)
                replaces = true
            }
        }
        return kept == old.count ? (rows, replaces) : nil
    }

    /// Merges the newest segments while the one before the last is no more than twice the last's size, like a
    /// binary counter: a list keeps about log2(rows) segments and each row is rewritten about log2(rows) times,
    /// so the cost of checkpoints stays proportional to what changed.
    private func merge<Row: TableRow>(_ segments: inout [FileRef], _: Row.Type, _ name: String, mrn: MRN) throws(StoreError) {
        while segments.count >= 2 {
            let older = segments[segments.count - 2]
            let newer = segments[segments.count - 1]
            guard (older.rows ?? 0) <= 2 * (newer.rows ?? 0) else { return }
            var values: [Row.Value] = []
            for ref in [older, newer] {
                let data = try read(ref)
                guard Seal.sha256Hex(data) == ref.sha256 else {
                    throw .damaged(file: checkpoint.layout.checkpointFile(ref.file), line: nil, reason: StoreReason(.tr("store.reason.checkpointRowsHash")))
                }
                do {
                    values += try BoardJSON.decoder().decode(CheckpointRowsFile<Row>.self, from: data).rows.map(\.value)
                } catch {
                    throw .damaged(file: checkpoint.layout.checkpointFile(ref.file), line: nil, reason: .unreadable(DecodingProblem(error)))
                }
            }
            let replaces = older.replaces == true || newer.replaces == true
            if newer.replaces == true { values = Checkpoint.latestByID(values) }
            let range = (older.first ?? 0, newer.last ?? revision)
            let merged = try put(
                CheckpointRowsFile(rows: values.map(Row.init)), as: "patients/\(mrn).\(name).\(range.0)-\(range.1).json")
            segments.removeLast(2)
            // Rows of `newer` that replaced rows of `older` are folded in; others may still replace earlier ones.
            segments.append(merged.with(rows: values.count, replaces: replaces && !segments.isEmpty, range: range))
        }
    }

    /// The id files: the ids created since the previous checkpoint added to the files of their number ranges.
    func ids(_ index: [RecordID: MRN], previous: CheckpointManifest?) throws(StoreError) -> [FileRef] {
        let since = previous?.revision ?? 0
        var fresh: [Int: [RecordID: MRN]] = [:]
        for (id, mrn) in index {
            guard let number = CheckpointIDFile.number(of: id), number > since || previous == nil else { continue }
            fresh[CheckpointIDFile.rangeStart(of: number), default: [:]][id] = mrn
        }
        var refs = previous?.ids.filter { fresh[$0.first ?? -1] == nil } ?? []
        for (first, added) in fresh {
            var ids = added
            if let old = previous?.ids.first(where: { $0.first == first }) {
                ids.merge(try checkpoint.ids(old).ids) { new, _ in new }
            }
            let last = first + CheckpointIDFile.span - 1
            var ref = try put(CheckpointIDFile(first: first, last: last, ids: ids), as: "ids/\(first)-\(last).r\(revision).json")
            ref.first = first
            ref.last = last
            refs.append(ref)
        }
        return refs.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }
}

extension CheckpointManifest.FileRef {
    /// A segment's reference with its row count, whether it replaces rows, and the revisions it covers
    /// (`first` exclusive, `last` inclusive).
    func with(rows: Int, replaces: Bool, range: (Int, Int)) -> Self {
        var ref = self
        ref.rows = rows
        ref.replaces = replaces ? true : nil
        ref.first = range.0
        ref.last = range.1
        return ref
    }
}
