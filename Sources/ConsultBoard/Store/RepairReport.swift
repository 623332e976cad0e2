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
    /// 1. If the journal is damaged (a torn last line, a corrupted or edited line, a broken chain, an entry
    ///    that cannot be replayed), copies everything from the first bad line on into
    ///    `journal.jsonl.cut-<time>` (fsynced), then cuts the journal back to the good lines before it.
    /// 2. Rebuilds the checkpoint from a full replay when it is missing or disagrees with the journal.
    /// 3. Rewrites a missing or unreadable `board.json`.
    ///
    /// Never cuts lines written by a newer consult-board, never leaves an empty journal, and never loses a byte:
    /// what it cuts is kept in the copy, and the report says how many entries it holds.
    public static func repair(at path: String, now: Date = Date()) throws(StoreError) -> RepairReport {
        let layout = BoardLayout(folder: path)
        guard FileIO.exists(layout.journal) else {
            if FileIO.exists(layout.meta) { throw FileIO.missing(layout.journal) }
            throw .noBoard(path: path)
        }
        return try FileLock.with(.exclusive, path: layout.lock) { () throws(StoreError) -> RepairReport in
            var e = BoardExamination(layout: layout, hooks: StoreHooks())
            if let error = e.journalError { throw error }
            let modes = FileModes.of(board: layout.folder)
            var report = RepairReport(actions: [], cutFile: nil, cutEntries: 0)
            if let damage = e.damage, let journal = e.journal {
                if case .newerSchema = damage.kind { throw damage.error(file: layout.journal) }
                guard damage.cutOffset > 0 else {
                    throw .damaged(
                        file: layout.journal, line: damage.line,
                        reason: "\(damage.reason); the first line is the board's creation, so a repair would leave no board. The file is unchanged: restore it from a backup")
                }
                let cut = journal[damage.cutOffset...]
                let cutFile = try keepCopy(Data(cut), of: layout, modes: modes, now: now)
                let cutLine = e.lines.last(where: { $0.range.lowerBound == damage.cutOffset })?.number ?? damage.line
                if let kept = e.lines.firstIndex(where: { $0.range.lowerBound >= damage.cutOffset }) {
                    e.lines.removeSubrange(kept...)
                    e.entries.removeSubrange(kept...)
                }
                let lineCount = cut.split(separator: 0x0A, omittingEmptySubsequences: false).count - (cut.last == 0x0A ? 1 : 0)
                report.cutEntries = countEntries(in: Data(cut))
                try truncate(layout.journal, to: damage.cutOffset)
                report.cutFile = cutFile
                report.actions.append(
                    "cut \(Wording.count(lineCount, "line")) (\(Wording.count(cut.count, "byte"))) from journal.jsonl line \(cutLine) onward, because \(damage.reason), and kept \(lineCount == 1 ? "it" : "them") in \(cutFile)")
                if report.cutEntries > 0 {
                    report.actions.append(
                        "\(report.cutEntries) of the cut lines \(report.cutEntries == 1 ? "is a complete entry" : "are complete entries") that the board no longer shows: review them in \(cutFile) and enter again what is still needed")
                }
                e.damage = nil
            }
            // Replay what is kept; a checkpoint that is missing, damaged or disagrees is rebuilt from it.
            var board = Board()
            for (line, entry) in zip(e.lines, e.entries) {
                do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                    throw .damaged(file: layout.journal, line: line.number, reason: "entry \(entry.sequence) cannot be replayed (\(error))")
                }
            }
            let checkpointSound: Bool
            if case let .success(manifest)? = e.manifest, e.checkpointProblems.isEmpty,
                manifest.revision <= e.revision
            {
                checkpointSound = true
            } else {
                checkpointSound = false
            }
            if let last = e.lines.last, !checkpointSound {
                let checkpoint = Checkpoint(layout: layout, hooks: StoreHooks())
                checkpoint.remove()
                try checkpoint.write(board, changed: nil, previous: nil, position: last.position, modes: modes)
                report.actions.append("rebuilt the checkpoint from the journal at revision \(last.envelope.sequence) (\(Wording.count(board.patients.count, "patient")))")
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

    /// Copies the bytes to cut into `journal.jsonl.cut-<UTC time>` (a new file, fsynced) and returns its path.
    static func keepCopy(_ bytes: Data, of layout: BoardLayout, modes: FileModes, now: Date) throws(StoreError) -> String {
        let stamp = BoardDate.format(now).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        var path = layout.journal + ".cut-" + stamp
        var attempt = 1
        while FileIO.exists(path) {
            attempt += 1
            path = layout.journal + ".cut-" + stamp + "-\(attempt)"
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

    /// How many complete, sealed lines the bytes hold (accepted changes, as opposed to a torn fragment).
    private static func countEntries(in bytes: Data) -> Int {
        var count = 0
        var rest = bytes[...]
        while let newline = rest.firstIndex(of: 0x0A) {
            if Seal.check(rest[rest.startIndex..<newline]) != .missing { count += 1 }
            rest = rest[rest.index(after: newline)...]
        }
        return count
    }
}
