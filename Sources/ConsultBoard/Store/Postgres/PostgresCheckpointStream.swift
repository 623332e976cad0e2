import Foundation

/// A database board's checkpoint files as they arrive from the server: each patient's whole record is decoded on
/// a worker thread as soon as the last of its files is in, while the other patients' files are still coming, so
/// the server's reading and sending and the client's decoding overlap instead of following one another. The
/// rows may come in any order; the manifest says which files make each patient. Only the receiving thread calls
/// `take` and `records`.
final class PostgresCheckpointStream: @unchecked Sendable {
    private let checkpoint: Checkpoint
    /// The newest manifest, read when the first row arrives (its entries say which files make a record).
    private(set) var manifest: Result<CheckpointManifest?, StoreError>?
    /// The files of the patients not complete yet, by the patient's place in the manifest.
    private var arriving: [Int: [String: Data]] = [:]
    /// The last patient whose files are all in, not handed on yet.
    private var complete: (index: Int, entry: CheckpointManifest.PatientEntry, files: [String: Data])?
    private let work = OverlappedWork<Result<PatientRecord, StoreError>>()

    init(checkpoint: Checkpoint) {
        self.checkpoint = checkpoint
    }

    /// One row: the patient's place in the manifest (from 1), the file's name and its bytes; `read` reads the
    /// manifest, once.
    func take(_ row: [Data?], manifest read: () throws(StoreError) -> CheckpointManifest?) {
        guard row.count == 3, let place = row[0], let number = Int(String(decoding: place, as: UTF8.self)),
            let name = row[1], let content = row[2]
        else { return }
        if manifest == nil { manifest = Result { () throws(StoreError) in try read() } }
        guard case let .success(known?) = manifest, known.patients.indices.contains(number - 1) else { return }
        let index = number - 1
        arriving[index, default: [:]][String(decoding: name, as: UTF8.self)] = content
        let entry = known.patients[index]
        guard arriving[index]?.count == Set(entry.files.map(\.file)).count, let files = arriving.removeValue(forKey: index) else { return }
        // The patient before goes to a worker; this one waits for the next, or for the end, where the receiving
        // thread decodes it itself (it would only wait otherwise): a one-patient board starts no thread at all.
        if let before = complete {
            let checkpoint = checkpoint
            work.submit(before.index) { checkpoint.wholeRecord(before.entry, files: before.files) }
        }
        complete = (index, entry, files)
    }

    /// Every patient's whole record in the order of `manifest`, once all are decoded; a patient whose files did not
    /// all come is decoded here, which names the file that is missing.
    func records(of manifest: CheckpointManifest) throws(StoreError) -> [PatientRecord] {
        let last = complete.map { ($0.index, checkpoint.wholeRecord($0.entry, files: $0.files)) }
        var done = work.results()
        if let last { done[last.0] = last.1 }
        var records: [PatientRecord] = []
        records.reserveCapacity(manifest.patients.count)
        for (index, entry) in manifest.patients.enumerated() {
            records.append(try (done[index] ?? checkpoint.wholeRecord(entry, files: arriving[index] ?? [:])).get())
        }
        return records
    }
}
