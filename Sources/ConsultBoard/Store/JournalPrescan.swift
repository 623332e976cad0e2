import Crypto
import Foundation

/// The work on a journal line that needs no other line (where it ends, its seal, its SHA-256, its envelope),
/// done for a whole journal on every core before `JournalScanner` walks it in order.
///
/// `validate` checks every line's seal: two SHA-256 passes a line (the seal covers the line without its
/// `hash` member, the chain's hash covers all of it) and an envelope scan, for ~100,000 lines on the large
/// board, which is most of a serial scan's time. None of it depends on the line before, so the file is cut into
/// pieces at newlines and each piece is prepared on its own; the scanner then only joins the chain (sequence
/// and `prev` against the line before), in order, with the same rules and the same findings as before.
/// A line the pre-pass did not see (after a stretch a repair set aside, which need not end on a line the pieces
/// began at) is prepared by the scanner itself, as before.
struct JournalPrescan {
    struct Line {
        /// Where the line's newline is (an index of the scanned data).
        var newline: Data.Index
        var seal: Seal.Check
        /// SHA-256 of the line's bytes (without the newline).
        var hash: String
        /// `nil` when the line is not one consult-board writes (the scanner then decodes it to say why).
        var envelope: JournalEnvelope?
    }

    /// The prepared lines by where they start (an index of the scanned data).
    private var lines: [Data.Index: Line] = [:]

    /// Below this size the pieces are not worth the threads.
    static let parallelThreshold = 1 << 20

    /// Prepares every complete line of `data` (an incomplete last line is left to the scanner), or nothing when
    /// `data` is small.
    init(_ data: Data) {
        guard data.count >= Self.parallelThreshold else { return }
        let pieces = Self.pieces(of: data, count: 32)
        let prepared: [[(Data.Index, Line)]] = ParallelMap.map(pieces) { piece in
            var out: [(Data.Index, Line)] = []
            var cursor = piece.lowerBound
            while cursor < piece.upperBound, let newline = JournalScanner.newlineIndex(in: data, from: cursor) {
                let bytes = data[cursor..<newline]
                let (seal, hash) = Seal.checkAndHash(bytes)
                out.append((cursor, Line(newline: newline, seal: seal, hash: hash, envelope: JournalEnvelope.scan(bytes))))
                cursor = newline + 1
            }
            return out
        }
        lines.reserveCapacity(prepared.reduce(0) { $0 + $1.count })
        for piece in prepared {
            for (start, line) in piece { lines[start] = line }
        }
    }

    /// The line starting at `start`, if the pre-pass prepared it.
    subscript(start: Data.Index) -> Line? { lines.isEmpty ? nil : lines[start] }

    /// About `count` ranges of `data` that together cover it, each starting at the beginning of a line.
    private static func pieces(of data: Data, count: Int) -> [Range<Data.Index>] {
        let size = max(1, data.count / count)
        var bounds = [data.startIndex]
        var next = data.startIndex + size
        while next < data.endIndex {
            guard let newline = JournalScanner.newlineIndex(in: data, from: next) else { break }
            if newline + 1 < data.endIndex { bounds.append(newline + 1) }
            next = max(newline + 1, bounds[bounds.count - 1] + size)
        }
        bounds.append(data.endIndex)
        return zip(bounds, bounds.dropFirst()).compactMap { $0 < $1 ? $0..<$1 : nil }
    }
}
