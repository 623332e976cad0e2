import Foundation

/// Where a checkpoint's files are kept when they are not in a folder board's `checkpoint/` folder: a board in a
/// database keeps the same files (the same bytes, named alike, each checked against the SHA-256 its manifest
/// records) as rows (`PostgresCheckpointStorage`), so the folder's partial reads work unchanged on both.
protocol CheckpointStorage: Sendable {
    /// The newest manifest's bytes (sealed), or `nil` when the board has none yet.
    func readManifest() throws(StoreError) -> Data?
    /// The file `ref` names (relative to `checkpoint/`), as stored; `path` is its name for messages.
    func read(_ ref: CheckpointManifest.FileRef, path: String) throws(StoreError) -> Data
    /// Several patients' files in one read, `groups[i]` the files of the i-th: each group's files by name are
    /// given to `decode` with `i` as soon as they are all in (while the other groups' still come), and the results
    /// come back in the groups' order. A group whose files did not all come is given what came.
    func read<R: Sendable>(
        groups: [[CheckpointManifest.FileRef]], decode: @escaping @Sendable (Int, [String: Data]) -> R
    ) throws(StoreError) -> [R]
    /// Keeps new files (relative name -> bytes) and makes `manifest` (sealed) the newest, all or nothing.
    func save(files: [String: Data], manifest: Data, at position: JournalPosition) throws(StoreError)
}

/// A checkpoint written in memory before it is saved in one go (a database's transaction).
final class MemoryBatch: CheckpointSink {
    private(set) var written: [String: Data] = [:]

    func add(_ data: Data, as path: String) throws(StoreError) {
        written[path] = data
    }
}

/// What a checkpoint is written into: a `FileBatch` for a folder, a `MemoryBatch` for a database.
protocol CheckpointSink: AnyObject {
    func add(_ data: Data, as path: String) throws(StoreError)
    var written: [String: Data] { get }
}

extension FileBatch: CheckpointSink {}
