import Foundation

/// The journal's own record of a repair that kept everything sound (`board.repair`): which stretch of the
/// journal was found damaged, what its bytes hashed to when they were written (what the chain vouches for) and
/// where the damaged bytes are kept. It changes no patient.
///
/// The damaged bytes stay where they are (the journal is never rewritten): readers skip exactly that stretch,
/// and a board whose checkpoint covers it is whole, because the checkpoint holds the state those lines made.
public struct RecordRepair: Codable, Sendable, Equatable {
    public var quarantined: [QuarantinedSpan]

    public init(quarantined: [QuarantinedSpan]) { self.quarantined = quarantined }
}

/// A stretch of damaged journal bytes set aside by a repair (see `RecordRepair`).
public struct QuarantinedSpan: Codable, Sendable, Equatable, Hashable {
    /// The 1-based journal line the stretch begins on.
    public var line: Int
    /// Where the stretch begins in `journal.jsonl`, and how many bytes it holds (through its final newline).
    public var offset: Int
    public var length: Int
    /// The entries the stretch held when it was written (sequence numbers, inclusive).
    public var firstEntry: Int
    public var lastEntry: Int
    /// SHA-256 of the last of those lines as written: what the next line's `prev` names.
    public var vouchedHash: String
    /// SHA-256 of the stretch's bytes as found (damaged).
    public var foundHash: String
    /// The file (in the board folder) that keeps a copy of the damaged bytes.
    public var file: String

    public init(
        line: Int, offset: Int, length: Int, firstEntry: Int, lastEntry: Int, vouchedHash: String, foundHash: String, file: String
    ) {
        self.line = line
        self.offset = offset
        self.length = length
        self.firstEntry = firstEntry
        self.lastEntry = lastEntry
        self.vouchedHash = vouchedHash
        self.foundHash = foundHash
        self.file = file
    }
}
