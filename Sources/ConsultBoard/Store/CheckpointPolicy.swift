/// When a writer folds the journal's tail into a new checkpoint.
///
/// Every change reads the tail since the last checkpoint (to know the current state), so the tail is kept
/// short; a checkpoint rewrites only the files of patients changed since the last one, so it costs what those
/// changes touched, not the size of the board. The defaults keep both costs to a few milliseconds a change.
struct CheckpointPolicy: Sendable {
    /// A checkpoint is written once the tail holds this many entries...
    var maxTailEntries = 256
    /// ...or this many bytes (long notes).
    var maxTailBytes = 1 << 20

    func due(entries: Int, bytes: Int) -> Bool {
        entries >= maxTailEntries || bytes >= maxTailBytes
    }
}
