import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Damaged stretches of the journal that a repair set aside without cutting anything (`board.repair`).
///
/// A bit flipped in an old line breaks that line's seal, but the line after it still names, in its `prev`, the
/// hash the line had when it was written, and a checkpoint written after it holds the state it made. So
/// nothing acknowledged is lost: the repair records the stretch (where it is, which entries it held, the hash
/// the chain vouches for, a copy of the bytes as found) and readers step over it, continuing the chain from
/// the vouched hash. The stretch's own changes live on in the checkpoint.
enum JournalQuarantine {
    private static let marker = Array(#""kind":"board.repair""#.utf8)

    /// The stretches recorded by the sealed `board.repair` entries in `data`, by their offset in the file.
    ///
    /// A byte search finds them (a note's text cannot hold the marker: its quotes would be escaped), so a
    /// journal without repairs costs one pass of `memchr`.
    static func recorded(in data: Data) -> [Int: QuarantinedSpan] {
        var found: [Int: QuarantinedSpan] = [:]
        let lines = ByteSearch.lines(containing: marker, in: data).map(\.bytes)
        let decoder = BoardJSON.decoder()
        for line in lines where Seal.check(line) == .valid {
            guard let entry = try? decoder.decode(JournalEntry.self, from: line),
                case let .recordRepair(repair) = entry.command
            else { continue }
            for span in repair.quarantined where isBounded(span) { found[span.offset] = span }
        }
        return found
    }

    /// Whether a recorded stretch's numbers are in range (so no arithmetic on them can overflow).
    private static func isBounded(_ span: QuarantinedSpan) -> Bool {
        span.offset >= 0 && span.offset <= BoardLimits.maxOffset && span.length > 0 && span.length <= BoardLimits.maxOffset
            && span.line >= 1 && span.line <= BoardLimits.maxRevision && span.firstEntry >= 1
            && span.firstEntry <= span.lastEntry && span.lastEntry <= BoardLimits.maxRevision
    }

    /// The stretches to set aside so that the journal's chain runs unbroken from its good start to the
    /// checkpoint (whose position and `lastHash` then vouch for every line after the stretches), or `nil` when
    /// no such plan exists (the damage is not covered by the checkpoint, or the chain does not reach it).
    ///
    /// From the damaged line on, the first line whose seal holds and whose number lies beyond the good part is
    /// where the chain resumes: its `prev` is the hash the last damaged line had, its number says how many
    /// entries the stretch held. Further damage before the checkpoint becomes a further stretch.
    static func plan(
        journal data: Data, damage first: JournalDamage, checkpoint: JournalPosition, file: String
    ) -> [QuarantinedSpan]? {
        var spans: [QuarantinedSpan] = []
        var damage = first
        while true {
            guard let before = damage.before, damage.cutOffset == before.offset,
                damage.cutOffset < checkpoint.offset, checkpoint.offset <= data.count
            else { return nil }
            // Where the chain resumes: a sound line after the damage, or the checkpoint itself.
            var resume: (offset: Int, sequence: Int, prev: String)?
            var cursor = damage.cutOffset
            while resume == nil {
                // No newline left before the checkpoint: the damage reached the newline that ends its last line.
                let next = (data[cursor..<checkpoint.offset].firstIndex(of: 0x0A) ?? (checkpoint.offset - 1)) + 1
                if next == checkpoint.offset {
                    resume = (next, checkpoint.revision + 1, checkpoint.lastHash)
                    break
                }
                if let end = data[next...].firstIndex(of: 0x0A), Seal.check(data[next..<end]) == .valid,
                    let envelope = JournalEnvelope.scan(data[next..<end]), envelope.sequence >= before.revision + 2,
                    envelope.sequence <= checkpoint.revision + 1
                {
                    resume = (next, envelope.sequence, envelope.previousHash)
                }
                cursor = next
            }
            guard let resume else { return nil }
            let bytes = data[damage.cutOffset..<resume.offset]
            let span = QuarantinedSpan(
                line: before.lines + 1, offset: damage.cutOffset, length: bytes.count, firstEntry: before.revision + 1,
                lastEntry: resume.sequence - 1, vouchedHash: resume.prev, foundHash: Seal.sha256Hex(bytes), file: "")
            spans.append(span)
            if resume.offset == checkpoint.offset {
                return span.lastEntry == checkpoint.revision ? spans : nil
            }
            // Check the chain from the resumed line to the checkpoint, with the stretches found so far.
            let after = JournalPosition(
                offset: span.offset + span.length, lines: before.lines + (span.lastEntry - span.firstEntry + 1),
                revision: span.lastEntry, lastHash: span.vouchedHash)
            let (lines, next, _) = JournalScanner.scan(
                data[after.offset..<checkpoint.offset], from: after, everySeal: true, quarantine: [])
            if let next {
                damage = next
                continue
            }
            return lines.last?.position == checkpoint ? spans : nil
        }
    }
}
