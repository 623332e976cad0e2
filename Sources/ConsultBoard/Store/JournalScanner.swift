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
    /// Where the line's bytes are in the file, without the newline.
    var range: Range<Int>
    /// SHA-256 of the line's bytes: the next line's `prev`.
    var hash: String
    var envelope: JournalEnvelope
    /// The line's bytes (without the newline).
    var bytes: Data

    /// The place just after this line.
    var position: JournalPosition {
        JournalPosition(offset: range.upperBound + 1, lines: number, revision: envelope.sequence, lastHash: hash)
    }

    /// The whole entry, decoded, and checked against the envelope the scanner read.
    func entry(_ decoder: JSONDecoder, file: String) throws(StoreError) -> JournalEntry {
        let entry: JournalEntry
        do {
            // The common lines by hand (the same entry, several times faster); every other line by JSONDecoder.
            entry = try JournalFastDecode.entry(bytes) ?? decoder.decode(JournalEntry.self, from: bytes)
        } catch let newer as NewerSchemaVersion {
            throw .newerSchema(file: "\(file) line \(number)", found: newer.found, supported: JournalEntry.schemaVersion)
        } catch {
            throw .damaged(file: file, line: number, reason: JournalDamage.unreadable(DecodingProblem(error)))
        }
        guard JournalEnvelope(entry) == envelope else {
            throw .damaged(file: file, line: number, reason: StoreReason(.tr("journal.damage.repeatedMember")))
        }
        return entry
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
    var reason: StoreReason
    /// The place just before `cutOffset`: where the journal's good part ends.
    var before: JournalPosition? = nil

    /// The error to report when a command meets this damage.
    func error(file: String) -> StoreError {
        if case let .newerSchema(found) = kind {
            return .newerSchema(file: "\(file) line \(line)", found: found, supported: JournalEntry.schemaVersion)
        }
        return .damaged(file: file, line: line, reason: reason)
    }

    /// A line that is not a journal entry this build can read, and the decoder's first problem with it.
    static func unreadable(_ problem: DecodingProblem) -> StoreReason {
        StoreReason(.tr("journal.damage.unreadable", ["problem": problem.words]))
    }

    /// A line written by a newer consult-board.
    static func newer(_ version: Int) -> StoreReason {
        StoreReason(.tr("journal.damage.newerLine", ["version": "\(version)"]))
    }
}

/// Reads journal bytes into checked lines.
///
/// Every line must end with a newline, carry a valid seal (`Seal`), name the hash of the line before it in
/// `prev`, and have the next sequence number. The first line of the file must create or import the board.
/// Scanning stops at the first line that breaks a rule and reports it (`JournalDamage`), with the lines before
/// it, so `validate` can say exactly where the good part ends and `--repair` where to cut.
///
/// Each line's seal is checked when `everySeal` is set (`validate`); otherwise only the last line's, because
/// the next line's `prev` already vouches for every byte of the line before it (a change reads the tail this
/// way: one SHA-256 a line instead of two).
///
/// Stretches a repair set aside (`QuarantinedSpan`, recorded by `board.repair` entries in the same bytes or
/// given in `quarantine`) are stepped over: the chain continues from the hash the next line vouches for.
enum JournalScanner {
    static func scan(
        _ data: Data, from start: JournalPosition, everySeal: Bool = true
    ) -> (lines: [JournalLine], damage: JournalDamage?) {
        let result = scan(data, from: start, everySeal: everySeal, quarantine: [])
        return (result.lines, result.damage)
    }

    /// `scan`, also saying which set-aside stretches it stepped over (`quarantine` adds stretches to those the
    /// bytes' own repair entries record: a repair checks its plan with them before it writes anything).
    static func scan(
        _ data: Data, from start: JournalPosition, everySeal: Bool, quarantine extra: [QuarantinedSpan]
    ) -> (lines: [JournalLine], damage: JournalDamage?, stepped: [QuarantinedSpan]) {
        var quarantine = JournalQuarantine.recorded(in: data)
        for span in extra { quarantine[span.offset] = span }
        var stepped: [QuarantinedSpan] = []
        var lines: [JournalLine] = []
        // Seals, hashes and envelopes of every line on every core; the loop below joins the chain in order.
        let prepared = everySeal ? JournalPrescan(data) : JournalPrescan(Data())
        var position = start
        var prior = start  // the place before the last line
        var cursor = data.startIndex
        while cursor < data.endIndex {
            let lineNumber = position.lines + 1
            let fileOffset = start.offset + (cursor - data.startIndex)
            func damage(_ kind: JournalDamage.Kind, _ reason: StoreReason, cutBefore: Bool = false) -> JournalDamage {
                let previousStart = lines.last?.range.lowerBound ?? fileOffset
                let cut = cutBefore && !lines.isEmpty
                return JournalDamage(
                    kind: kind, line: lineNumber, offset: fileOffset, cutOffset: cut ? previousStart : fileOffset,
                    reason: reason, before: cut ? prior : position)
            }
            if !quarantine.isEmpty, let span = quarantine[fileOffset], span.line == lineNumber,
                span.firstEntry == position.revision + 1, span.lastEntry >= span.firstEntry, span.length > 0,
                span.length <= data.endIndex - cursor
            {
                let end = cursor + span.length
                guard Seal.sha256Hex(data[cursor..<end]) == span.foundHash else {
                    return (lines, damage(.edited, StoreReason(.tr("journal.damage.quarantineChanged", ["file": "\(span.file)"]))), stepped)
                }
                stepped.append(span)
                prior = position
                // Line numbers run on as if the stretch still held one line per entry (as it did when written).
                position = JournalPosition(
                    offset: fileOffset + span.length, lines: position.lines + (span.lastEntry - span.firstEntry + 1),
                    revision: span.lastEntry, lastHash: span.vouchedHash)
                cursor = end
                continue
            }
            let ready = prepared[cursor]
            guard let newline = ready?.newline ?? newlineIndex(in: data, from: cursor) else {
                return (lines, damage(.torn, StoreReason(.tr("journal.damage.torn"))), stepped)
            }
            let bytes = data[cursor..<newline]
            if everySeal || newline == data.endIndex - 1, let problem = ready.map({ sealProblem($0.seal) }) ?? sealProblem(bytes) {
                return (lines, damage(problem.kind, problem.reason), stepped)
            }
            let envelope: JournalEnvelope
            if let scanned = ready.map({ $0.envelope }) ?? JournalEnvelope.scan(bytes) {
                envelope = scanned
            } else {
                do {
                    envelope = JournalEnvelope(try BoardJSON.decoder().decode(JournalEntry.self, from: bytes))
                } catch let newer as NewerSchemaVersion {
                    return (lines, damage(.newerSchema(found: newer.found), JournalDamage.newer(newer.found)), stepped)
                } catch {
                    return (lines, damage(.unreadable, JournalDamage.unreadable(DecodingProblem(error))), stepped)
                }
            }
            guard envelope.sequence >= 1, envelope.sequence <= BoardLimits.maxRevision else {
                return (lines, damage(.sequence, StoreReason(.tr("journal.damage.numberOutOfRange", ["number": "\(envelope.sequence)", "max": "\(BoardLimits.maxRevision)"]))), stepped)
            }
            guard envelope.version <= JournalEntry.schemaVersion else {
                return (lines, damage(.newerSchema(found: envelope.version), JournalDamage.newer(envelope.version)), stepped)
            }
            if position.lines == 0 {
                guard envelope.kind == .createBoard || envelope.kind == .importBoard else {
                    return (lines, damage(.sequence, StoreReason(.tr("journal.damage.notCreation", ["kind": "\(envelope.kind.rawValue)"]))), stepped)
                }
                guard envelope.previousHash.isEmpty else {
                    return (lines, damage(.brokenChain, StoreReason(.tr("journal.damage.firstHasPrevious"))), stepped)
                }
                guard envelope.kind == .importBoard || envelope.sequence == 1, envelope.sequence >= 1 else {
                    return (lines, damage(.sequence, StoreReason(.tr("journal.damage.firstNumber", ["number": "\(envelope.sequence)"]))), stepped)
                }
            } else {
                guard envelope.sequence == position.revision + 1 else {
                    return (lines, damage(.sequence, StoreReason(.tr("journal.damage.sequence", ["number": "\(envelope.sequence)", "expected": "\(position.revision + 1)"]))), stepped)
                }
                guard envelope.previousHash == position.lastHash else {
                    // The line before no longer has the bytes this one was chained to: say which line changed.
                    if let before = lines.last, let problem = sealProblem(before.bytes) {
                        lines.removeLast()
                        return (lines, JournalDamage(
                            kind: problem.kind, line: before.number, offset: before.range.lowerBound,
                            cutOffset: before.range.lowerBound, reason: problem.reason, before: prior), stepped)
                    }
                    let before = lineNumber - 1
                    return (lines, damage(.brokenChain, StoreReason(.tr("journal.damage.brokenChain", ["before": "\(before)"])), cutBefore: true), stepped)
                }
            }
            let line = JournalLine(
                number: lineNumber, range: fileOffset..<(fileOffset + bytes.count), hash: ready?.hash ?? Seal.sha256Hex(bytes),
                envelope: envelope, bytes: bytes)
            lines.append(line)
            prior = position
            position = line.position
            cursor = data.index(after: newline)
        }
        return (lines, nil, stepped)
    }

    /// What is wrong with a line's seal, if anything.
    private static func sealProblem(_ bytes: Data) -> (kind: JournalDamage.Kind, reason: StoreReason)? {
        sealProblem(Seal.check(bytes))
    }

    private static func sealProblem(_ check: Seal.Check) -> (kind: JournalDamage.Kind, reason: StoreReason)? {
        switch check {
        case .valid: nil
        case .missing: (.unsealed, StoreReason(.tr("journal.damage.unsealed")))
        case .mismatch: (.edited, StoreReason(.tr("journal.damage.edited")))
        }
    }

    static func newlineIndex(in data: Data, from start: Data.Index) -> Data.Index? {
        data.withUnsafeBytes { buffer -> Data.Index? in
            guard let base = buffer.baseAddress else { return nil }
            let offset = start - data.startIndex
            guard let found = memchr(base + offset, 0x0A, buffer.count - offset) else { return nil }
            return data.startIndex + (UnsafeRawPointer(found) - base)
        }
    }

    /// The lines of `data`, or the error naming the first bad one.
    ///
    /// An incomplete last line (no newline) is left out rather than refused: it is what a writer killed in the
    /// middle of its append leaves behind (Linux may stop a write at a page boundary), a change that was never
    /// acknowledged, so the board without it is exactly the board of every command that exited 0. The next
    /// writer sets it aside (`BoardStore.setAsideInterruptedWrite`) and `validate` reports it.
    static func strict(_ data: Data, from start: JournalPosition, file: String) throws(StoreError) -> [JournalLine] {
        let (lines, damage) = scan(data, from: start, everySeal: false)
        if let damage, !(damage.kind == .torn && !(lines.isEmpty && start.offset == 0)) {
            throw damage.error(file: file)
        }
        return lines
    }
}
