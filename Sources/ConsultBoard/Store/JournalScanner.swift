import Foundation

/// A place in the journal: just before its first line, or just after a checkpoint's last entry.
struct JournalPosition: Sendable, Equatable, Codable {
    /// Bytes before this place.
    var offset: Int
    /// Lines before this place.
    var lines: Int
    /// The sequence number of the entry just before (0 at the start).
    var revision: Int
    /// The hash of the line just before ("" at the start): what the next line's `prev` must be.
    var lastHash: String

    static let start = JournalPosition(offset: 0, lines: 0, revision: 0, lastHash: "")
}

/// One line of the journal, checked: its seal, its place in the hash chain and in the sequence.
struct JournalLine: Sendable {
    /// 1-based line number in the file.
    var number: Int
    /// The line's bytes in the file, without the newline.
    var range: Range<Int>
    /// SHA-256 of the line's bytes: the next line's `prev`.
    var hash: String
    var entry: JournalEntry

    /// The place just after this line.
    var position: JournalPosition {
        JournalPosition(offset: range.upperBound + 1, lines: number, revision: entry.sequence, lastHash: hash)
    }
}

/// The first thing wrong in the journal.
struct JournalDamage: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// The last line has no newline: a write was interrupted.
        case torn
        /// The line carries no hash.
        case unsealed
        /// The line's bytes do not match its hash.
        case edited
        /// The line is not a journal entry this build can read.
        case unreadable
        /// The line was written by a newer consult-board.
        case newerSchema(found: Int)
        /// The line's `prev` is not the hash of the line before it.
        case brokenChain
        /// The line's sequence number is not the next one.
        case sequence
    }

    var kind: Kind
    /// The 1-based line number of the bad line.
    var line: Int
    /// Where the bad line starts.
    var offset: Int
    /// Where a repair must cut: the bad line, or the line before it when that one was edited and re-hashed
    /// (its successor's `prev` no longer matches although the numbering runs on).
    var cutOffset: Int
    var reason: String

    /// The error to report when a command meets this damage.
    func error(file: String) -> StoreError {
        if case let .newerSchema(found) = kind {
            return .newerSchema(file: "\(file) line \(line)", found: found, supported: JournalEntry.schemaVersion)
        }
        return .damaged(file: file, line: line, reason: reason)
    }
}

/// Reads journal bytes into checked lines.
///
/// Every line must end with a newline, carry a valid seal (`Seal`), name the hash of the line before it in
/// `prev`, and have the next sequence number. The first line of the file must create or import the board.
/// Scanning stops at the first line that breaks a rule and reports it (`JournalDamage`), with the lines before
/// it, so `validate` can say exactly where the good part ends and `--repair` where to cut.
enum JournalScanner {
    static func scan(_ data: Data, from start: JournalPosition) -> (lines: [JournalLine], damage: JournalDamage?) {
        var lines: [JournalLine] = []
        var position = start
        var previousStart: Int? = nil
        let decoder = BoardJSON.decoder()
        var cursor = data.startIndex
        while cursor < data.endIndex {
            let lineNumber = position.lines + 1
            let fileOffset = start.offset + (cursor - data.startIndex)
            func damage(_ kind: JournalDamage.Kind, _ reason: String, cutBefore: Bool = false) -> JournalDamage {
                JournalDamage(
                    kind: kind, line: lineNumber, offset: fileOffset,
                    cutOffset: cutBefore ? (previousStart ?? fileOffset) : fileOffset, reason: reason)
            }
            guard let newline = data[cursor...].firstIndex(of: 0x0A) else {
                return (lines, damage(.torn, "the last line is incomplete (a write was interrupted before it finished)"))
            }
            let bytes = data[cursor..<newline]
            switch Seal.check(bytes) {
            case .valid: break
            case .missing:
                return (lines, damage(.unsealed, "the line has no hash at its end: it was not written by consult-board, or it was cut short"))
            case .mismatch:
                return (lines, damage(.edited, "the line does not match its hash: it was edited or corrupted after it was written"))
            }
            let entry: JournalEntry
            do {
                entry = try decoder.decode(JournalEntry.self, from: bytes)
            } catch let newer as NewerSchemaVersion {
                return (lines, damage(.newerSchema(found: newer.found), "written by a newer consult-board (line schema version \(newer.found))"))
            } catch {
                return (lines, damage(.unreadable, "not a journal entry this consult-board can read (\(DecodingProblem(error)))"))
            }
            if position.lines == 0 {
                guard entry.command.kind == .createBoard || entry.command.kind == .importBoard else {
                    return (lines, damage(.sequence, "the journal does not begin with the board's creation (its first entry is \(entry.command.kind.rawValue))"))
                }
                guard entry.previousHash.isEmpty else {
                    return (lines, damage(.brokenChain, "the first line names a line before it (\"prev\" is not empty): lines were removed from the start"))
                }
                guard entry.command.kind == .importBoard || entry.sequence == 1, entry.sequence >= 1 else {
                    return (lines, damage(.sequence, "the first entry has number \(entry.sequence), not 1: lines were removed from the start"))
                }
            } else {
                guard entry.sequence == position.revision + 1 else {
                    return (lines, damage(.sequence, "entry number \(entry.sequence) where \(position.revision + 1) was expected: lines were removed, repeated or reordered here"))
                }
                guard entry.previousHash == position.lastHash else {
                    let before = lineNumber - 1
                    return (lines, damage(.brokenChain, "the line does not follow line \(before) (its \"prev\" is not the hash of line \(before)): line \(before) was edited after this one was written", cutBefore: true))
                }
            }
            let line = JournalLine(
                number: lineNumber, range: fileOffset..<(fileOffset + bytes.count), hash: Seal.sha256Hex(bytes), entry: entry)
            lines.append(line)
            previousStart = fileOffset
            position = line.position
            cursor = data.index(after: newline)
        }
        return (lines, nil)
    }

    /// The lines of `data`, or the error naming the first bad one.
    static func strict(_ data: Data, from start: JournalPosition, file: String) throws(StoreError) -> [JournalLine] {
        let (lines, damage) = scan(data, from: start)
        if let damage { throw damage.error(file: file) }
        return lines
    }
}
