import Foundation

/// Bounds on numbers the store reads from files (journal lines, checkpoint manifests, export documents, repair
/// records), so that arithmetic on them can never overflow: a file holding `Int.max` is refused as damaged (or,
/// for an import, as out of range), never a crash on the next write.
enum BoardLimits {
    /// The largest revision (sequence number) a board may reach: a thousand changes a second for 30,000 years.
    /// Far below `Int.max`, so `revision + 1`, `revision + batch size` and line counts stay exact.
    static let maxRevision = 1_000_000_000_000_000
    /// The largest byte offset or length in a journal the store will believe (1 PB).
    static let maxOffset = 1 << 50

    /// Whether a revision read from a file is one the store can count on from.
    static func isRevision(_ value: Int) -> Bool { value >= 0 && value <= maxRevision }
}
