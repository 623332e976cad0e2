import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `consult-board validate --repair` did, step by step, in words.
public struct RepairReport: Sendable, Equatable {
    /// Each step, in English and the reader's words.
    public var steps: [ShownText]
    /// Each step in English (what other programs and logs read).
    public var actions: [String] { steps.map(\.english) }
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
            var report = RepairReport(steps: [], cutFile: nil, cutEntries: 0)

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
                        reason: StoreReason(.tr("repair.refused.firstLine", ["reason": damage.reason.words])))
                }
                let cut = journal[damage.cutOffset...]
                let lost = acknowledged(in: Data(cut))
                if lost.entries > 0 && !force {
                    throw .damaged(
                        file: layout.journal, line: damage.line,
                        reason: StoreReason(.tr("repair.refused.acknowledged", [
                            "reason": damage.reason.words,
                            "changes": .tr("repair.count.acknowledged", count: lost.entries, ["count": "\(lost.entries)"]),
                            "patients": lost.patients.isEmpty ? .tr("repair.noPatients") : .list(lost.patients),
                        ])))
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
                report.steps.append(.tr("repair.cut", count: lineCount, [
                    "count": "\(lineCount)", "bytes": .bytes(cut.count), "line": "\(cutLine)", "reason": damage.reason.words, "file": "\(cutFile)",
                ]))
                if report.cutEntries > 0 {
                    report.steps.append(.tr("repair.cutEntries", count: report.cutEntries, [
                        "count": "\(report.cutEntries)", "patients": .list(lost.patients), "file": "\(cutFile)",
                    ]))
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
                    let values: [String: ShownText] = [
                        "line": "\(span.line)", "first": "\(span.firstEntry)", "last": "\(span.lastEntry)", "bytes": .bytes(span.length),
                        "file": "\(span.file)", "revision": "\(coveringRevision)",
                    ]
                    report.steps.append(span.firstEntry == span.lastEntry ? .tr("repair.setAsideEntry", values) : .tr("repair.setAsideEntries", values))
                }
                let entry = JournalEntry(
                    sequence: last.envelope.sequence + 1, at: BoardJSON.wholeSeconds(now), author: author, patient: nil,
                    command: .recordRepair(RecordRepair(quarantined: recorded)), previousHash: last.hash)
                let line = try JournalCodec.line(for: entry, file: layout.journal, signingKey: Writer.process.signingKey())
                let appender = try JournalAppender(path: layout.journal)
                defer { appender.close() }
                try appender.append(line, at: last.position.offset)
                report.steps.append(.tr("repair.recorded", ["sequence": "\(entry.sequence)"]))
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
                        reason: StoreReason(.tr("repair.refused.checkpointHoldsSetAside")))
                }
                let checkpoint = Checkpoint(layout: layout, hooks: StoreHooks())
                checkpoint.remove()
                try checkpoint.write(e.board, changed: nil, previous: nil, position: last.position, modes: modes)
                let patients = e.board.patients.count
                report.steps.append(.tr("repair.rebuiltCheckpoint", [
                    "revision": "\(last.envelope.sequence)", "patients": .tr("store.count.patients", count: patients, ["count": "\(patients)"]),
                ]))
            }
            if case let .failure(error) = e.meta {
                if case .newerSchema = error { throw error }
                try FileIO.writeAtomically(BoardMeta().encoded(), to: layout.meta, mode: modes.file)
                report.steps.append(.tr("repair.wroteMeta", ["reason": BoardExamination.reason(error).words]))
            }
            if report.steps.isEmpty { report.steps.append(.tr("repair.nothing")) }
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
