import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `consult-board validate --repair` did, step by step, in words.
public struct RepairReport: Sendable, Equatable {
    public var actions: [String]
    /// The file holding the lines cut off the journal, if any were.
    public var cutFile: String?
    /// Entries (complete lines that were sealed and chained) among the cut lines: accepted changes a person
    /// should look at, since they were not lost but are no longer on the board.
    public var cutEntries: Int
}

extension BoardStore {
    /// The documented way to recover a damaged board. Under the writer's lock:
    ///
    /// 1. Damage that a sound checkpoint covers (a flipped bit in an old line) is set aside, not cut: the
    ///    damaged bytes are copied to `journal.jsonl.quarantine-<time>`, a `board.repair` entry records where
    ///    they are and the hash the chain vouches for, and every line after them stays (`JournalQuarantine`).
    /// 2. Damage after the checkpoint (or with no checkpoint to vouch for what came before) is cut: everything
    ///    from the first bad line on is copied into `journal.jsonl.cut-<time>` (fsynced) and the journal is cut
    ///    back to the good lines before it. When the cut lines hold complete entries (changes someone was told
    ///    were saved), the repair refuses unless `force` is set, naming how many and which patients.
    /// 3. Rebuilds the checkpoint when it is missing or disagrees with the journal.
    /// 4. Rewrites a missing or unreadable `board.json`.
    ///
    /// Never cuts lines written by a newer consult-board, never leaves an empty journal, and never loses a byte:
    /// what it sets aside or cuts is kept in a copy, and the report says how many entries that holds.
    public static func repair(
        at path: String, force: Bool = false, author: String = "consult-board repair", now: Date = Date()
    ) throws(StoreError) -> RepairReport {
        let layout = BoardLayout(folder: path)
        guard FileIO.exists(layout.journal) else {
            if FileIO.exists(layout.meta) { throw FileIO.missing(layout.journal) }
            throw .noBoard(path: path)
        }
        return try FileLock.with(.exclusive, folder: layout.folder) { () throws(StoreError) -> RepairReport in
            var e = BoardExamination(layout: layout, hooks: StoreHooks())
            if let error = e.journalError { throw error }
            let modes = FileModes.of(board: layout.folder)
            var report = RepairReport(actions: [], cutFile: nil, cutEntries: 0)

            // 1. Damage the checkpoint covers: plan the stretches to set aside, and check the plan.
            var planned: [QuarantinedSpan] = []
            var coveringRevision = 0
            if let damage = e.damage, let journal = e.journal, isCoverable(damage.kind),
                case let .success(manifest)? = e.manifest,
                let spans = JournalQuarantine.plan(journal: journal, damage: damage, checkpoint: manifest.journal, file: layout.journal)
            {
                let checked = BoardExamination(layout: layout, hooks: StoreHooks(), quarantine: spans)
                if checked.checkpointProblems.isEmpty, checked.quarantined.count == spans.count {
                    planned = spans
                    coveringRevision = manifest.revision
                    e = checked
                }
            }

            // 2. Damage nothing sound vouches for: cut it off (with --force when it holds acknowledged changes).
            if let damage = e.damage, let journal = e.journal {
                if case .newerSchema = damage.kind { throw damage.error(file: layout.journal) }
                guard damage.cutOffset > 0 else {
                    throw .damaged(
                        file: layout.journal, line: damage.line,
                        reason: "\(damage.reason); the first line is the board's creation, so a repair would leave no board. The file is unchanged: restore it from a backup")
                }
                let cut = journal[damage.cutOffset...]
                let lost = acknowledged(in: Data(cut))
                if lost.entries > 0 && !force {
                    throw .damaged(
                        file: layout.journal, line: damage.line,
                        reason: "\(damage.reason), and nothing sound vouches for the lines from there on: a repair would remove \(Wording.count(lost.entries, "acknowledged change")) (patients: \(lost.patients.isEmpty ? "none, board-level only" : lost.patients.joined(separator: ", "))). Nothing was changed; look at the lines, restore from a backup or an export if you can, or run `consult-board validate --repair --force` to cut them (a copy is kept)")
                }
                let cutFile = try keepCopy(Data(cut), of: layout, modes: modes, now: now)
                let cutLine = e.lines.last(where: { $0.range.lowerBound == damage.cutOffset })?.number ?? damage.line
                if let kept = e.lines.firstIndex(where: { $0.range.lowerBound >= damage.cutOffset }) {
                    e.lines.removeSubrange(kept...)
                    e.entries.removeSubrange(kept...)
                }
                let lineCount = cut.split(separator: 0x0A, omittingEmptySubsequences: false).count - (cut.last == 0x0A ? 1 : 0)
                report.cutEntries = lost.entries
                try truncate(layout.journal, to: damage.cutOffset)
                report.cutFile = cutFile
                report.actions.append(
                    "cut \(Wording.count(lineCount, "line")) (\(Wording.count(cut.count, "byte"))) from journal.jsonl line \(cutLine) onward, because \(damage.reason), and kept \(lineCount == 1 ? "it" : "them") in \(cutFile)")
                if report.cutEntries > 0 {
                    report.actions.append(
                        "\(report.cutEntries) of the cut lines \(report.cutEntries == 1 ? "is a complete entry" : "are complete entries") that the board no longer shows (patients: \(lost.patients.joined(separator: ", "))): review them in \(cutFile) and enter again what is still needed")
                }
                // What is kept must be examined again (the cut may have removed the checkpoint's revision).
                e = BoardExamination(layout: layout, hooks: StoreHooks(), quarantine: planned)
                if let damage = e.damage {
                    throw damage.error(file: layout.journal)
                }
            }

            // 1 (continued). Keep the damaged bytes and record the stretches in the journal itself.
            if !planned.isEmpty, let journal = e.journal, let last = e.lines.last {
                var recorded: [QuarantinedSpan] = []
                for var span in planned {
                    let copy = try keepCopy(Data(journal[span.offset..<(span.offset + span.length)]), of: layout, modes: modes, now: now, kind: "quarantine")
                    span.file = (copy as NSString).lastPathComponent
                    recorded.append(span)
                    report.actions.append(
                        "set aside damaged journal.jsonl line \(span.line) (\(span.firstEntry == span.lastEntry ? "entry \(span.firstEntry)" : "entries \(span.firstEntry)-\(span.lastEntry)"), \(Wording.count(span.length, "byte"))), kept in \(span.file); the checkpoint at revision \(coveringRevision) holds what \(span.firstEntry == span.lastEntry ? "it" : "they") changed, and every later line is kept")
                }
                let entry = JournalEntry(
                    sequence: last.envelope.sequence + 1, at: BoardJSON.wholeSeconds(now), author: author, patient: nil,
                    command: .recordRepair(RecordRepair(quarantined: recorded)), previousHash: last.hash)
                let line = try JournalCodec.line(for: entry, file: layout.journal, signingKey: Writer.process.signingKey())
                let appender = try JournalAppender(path: layout.journal)
                defer { appender.close() }
                try appender.append(line, at: last.position.offset)
                report.actions.append("recorded the repair as journal entry \(entry.sequence); nothing acknowledged was removed")
                e = BoardExamination(layout: layout, hooks: StoreHooks())
                if let damage = e.damage { throw damage.error(file: layout.journal) }
            }

            // 3. A checkpoint that is missing, damaged or disagrees is rebuilt from the examined board.
            let checkpointSound: Bool
            if case let .success(manifest)? = e.manifest, e.checkpointProblems.isEmpty, manifest.revision <= e.revision {
                checkpointSound = true
            } else {
                checkpointSound = false
            }
            if let last = e.lines.last, !checkpointSound {
                guard e.quarantined.isEmpty || e.board.revision == last.envelope.sequence else {
                    throw .damaged(
                        file: layout.manifest, line: nil,
                        reason: "the checkpoint is damaged, and it alone holds what the journal lines an earlier repair set aside changed. Restore the checkpoint folder from a backup")
                }
                let checkpoint = Checkpoint(layout: layout, hooks: StoreHooks())
                checkpoint.remove()
                try checkpoint.write(e.board, changed: nil, previous: nil, position: last.position, modes: modes)
                report.actions.append("rebuilt the checkpoint from the journal at revision \(last.envelope.sequence) (\(Wording.count(e.board.patients.count, "patient")))")
            }
            if case let .failure(error) = e.meta {
                if case .newerSchema = error { throw error }
                try FileIO.writeAtomically(BoardMeta().encoded(), to: layout.meta, mode: modes.file)
                report.actions.append("wrote a new board.json (\(BoardExamination.reason(error)))")
            }
            if report.actions.isEmpty { report.actions.append("nothing to repair: the board is intact") }
            return report
        }
    }

    /// Damage a checkpoint can vouch past: changed bytes, not a torn end or a newer line.
    private static func isCoverable(_ kind: JournalDamage.Kind) -> Bool {
        switch kind {
        case .edited, .unsealed, .unreadable, .brokenChain, .sequence: true
        case .torn, .newerSchema: false
        }
    }

    /// Copies the bytes to cut into `journal.jsonl.cut-<UTC time>` (a new file, fsynced) and returns its path.
    static func keepCopy(_ bytes: Data, of layout: BoardLayout, modes: FileModes, now: Date, kind: String = "cut") throws(StoreError) -> String {
        let stamp = BoardDate.format(now).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        var path = layout.journal + "." + kind + "-" + stamp
        var attempt = 1
        while FileIO.exists(path) {
            attempt += 1
            path = layout.journal + "." + kind + "-" + stamp + "-\(attempt)"
        }
        try FileIO.writeNew(bytes, to: path, mode: modes.file)
        try FileIO.syncFolder(layout.folder)
        return path
    }

    static func truncate(_ path: String, to length: Int) throws(StoreError) {
        let fd = FileIO.openFile(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileIO.failure(path, "cut", errno) }
        defer { FileIO.closeFile(fd) }
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else { throw FileIO.failure(path, "cut", errno) }
    }

    /// How many complete, sealed lines the bytes hold (accepted changes, as opposed to a torn fragment), and
    /// the patients they name (as far as a line can still be read).
    private static func acknowledged(in bytes: Data) -> (entries: Int, patients: [MRN]) {
        var count = 0
        var patients: Set<MRN> = []
        var rest = bytes[...]
        while let newline = rest.firstIndex(of: 0x0A) {
            let line = rest[rest.startIndex..<newline]
            if Seal.check(line) != .missing {
                count += 1
                if let patient = JournalEnvelope.scan(line)?.patient { patients.insert(patient) }
            }
            rest = rest[rest.index(after: newline)...]
        }
        return (count, patients.sorted())
    }
}
