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
    /// The patients' files, grouped by the patient's place in the manifest (made with the manifest).
    private var arrival: GroupedFileArrival<Result<PatientRecord, StoreError>>?

    init(checkpoint: Checkpoint) {
        self.checkpoint = checkpoint
    }

    /// One row: the patient's place in the manifest (from 1), the file's name and its bytes; `read` reads the
    /// manifest, once.
    func take(_ row: [Data?], manifest read: () throws(StoreError) -> CheckpointManifest?) {
        guard row.count == 3, let place = row[0], let number = Int(String(decoding: place, as: UTF8.self)),
            let name = row[1], let content = row[2]
        else { return }
        if manifest == nil {
            manifest = Result { () throws(StoreError) in try read() }
            if case let .success(known?) = manifest {
                let checkpoint = checkpoint
                let entries = known.patients
                arrival = GroupedFileArrival(expected: entries.map { Set($0.files.map(\.file)).count }) { index, files in
                    checkpoint.wholeRecord(entries[index], files: files)
                }
            }
        }
        arrival?.take(group: number - 1, name: String(decoding: name, as: UTF8.self), content: content)
    }

    /// Every patient's whole record in the order of `manifest`, once all are decoded; a patient whose files did not
    /// all come is decoded here, which names the file that is missing.
    func records(of manifest: CheckpointManifest) throws(StoreError) -> [PatientRecord] {
        let decoded = arrival?.results() ?? []
        var records: [PatientRecord] = []
        records.reserveCapacity(manifest.patients.count)
        for (index, entry) in manifest.patients.enumerated() {
            records.append(try (decoded.indices.contains(index) ? decoded[index] : checkpoint.wholeRecord(entry, files: [:])).get())
        }
        return records
    }
}
