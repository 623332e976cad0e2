import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `consult-board validate` found: one finding per check, each naming its file (and line).
public struct ValidationReport: Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable {
        /// A check that passed.
        case ok
        /// Harmless but worth knowing (no checkpoint yet, a copy kept by an earlier repair).
        case note
        /// Works, but should be fixed (files others can read).
        case warning
        /// The board is not intact: a file is damaged, missing, newer, or disagrees with the journal.
        case problem
    }

    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var severity: Severity
        public var file: String
        public var line: Int?
        public var message: String
        /// The message in the reader's words, when it has them (`message` is its English); else `message`.
        public var words: ShownText?

        /// The message in the language of the moment.
        public var shownMessage: String { words.map(\.shown) ?? message }

        public var description: String {
            "\(severity.rawValue): \(file)\(line.map { " line \($0)" } ?? ""): \(message)"
        }
    }

    public var findings: [Finding]
    /// False when the folder holds no board at all (neither `board.json` nor `journal.jsonl`).
    public var isBoard = true
    /// The last revision of the journal's intact part.
    public var revision: Int
    /// Patients on the board at that revision.
    public var patients: Int
    /// An interrupted append left an incomplete last line: not damage (no command acknowledged it), but bytes
    /// that `validate --repair` (or the next change) sets aside.
    public var hasInterruptedWrite = false

    /// Whether `validate --repair` has something to do (a board without a checkpoint gets one).
    public var needsRepair: Bool { !isIntact || hasInterruptedWrite || lacksCheckpoint }

    /// True when nothing is wrong: the only answer on which `validate` exits 0.
    public var isIntact: Bool { !findings.contains { $0.severity == .problem } }

    /// True when the board has no checkpoint (it opens by replaying the whole journal): intact, but a repair
    /// writes one.
    public var lacksCheckpoint = false

    public var problems: [Finding] { findings.filter { $0.severity == .problem } }
}

extension BoardStore {
    /// Checks everything about the board at `path` without changing a byte: `board.json`, every journal line
    /// (seal, hash chain, sequence, schema version, and that it replays), the checkpoint against a full replay
    /// (the journal wins), and file permissions. Never throws: what cannot be read becomes a finding.
    public static func validate(at path: String) -> ValidationReport {
        let layout = BoardLayout(folder: path)
        guard FileIO.exists(layout.meta) || FileIO.exists(layout.journal) else {
            let message = FileIO.exists(layout.folder) ? "no board here (no board.json, no journal.jsonl)" : "there is no such folder"
            return ValidationReport(
                findings: [.init(severity: .problem, file: layout.folder, line: nil, message: message)],
                isBoard: false, revision: 0, patients: 0)
        }
        let examination = (try? FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            BoardExamination(layout: layout, hooks: StoreHooks())
        }) ?? BoardExamination(layout: layout, hooks: StoreHooks())
        return report(examination)
    }

    static func report(_ e: BoardExamination) -> ValidationReport {
        let layout = e.layout
        var findings: [ValidationReport.Finding] = []
        func add(_ severity: ValidationReport.Severity, _ file: String, _ message: String, line: Int? = nil) {
            findings.append(.init(severity: severity, file: file, line: line, message: message))
        }
        func add(_ severity: ValidationReport.Severity, _ file: String, _ words: ShownText, line: Int? = nil) {
            findings.append(.init(severity: severity, file: file, line: line, message: words.english, words: words))
        }
        switch e.meta {
        case let .success(meta): add(.ok, layout.meta, .tr("validate.folder", ["version": "\(meta.schemaVersion)"]))
        case let .failure(error): add(.problem, layout.meta, BoardExamination.reason(error))
        }
        if let error = e.journalError {
            add(.problem, layout.journal, BoardExamination.reason(error))
        } else {
            let first = e.lines.first?.envelope.sequence ?? 0
            if !e.lines.isEmpty {
                add(.ok, layout.journal, .tr("validate.entries", count: e.lines.count, ["count": "\(e.lines.count)", "first": "\(first)", "last": "\(e.revision)"]))
            }
            if let damage = e.damage {
                let size = e.journal?.count ?? 0
                let after = e.journal.map { data in data[damage.offset...].split(separator: 0x0A, omittingEmptySubsequences: false).count - 1 } ?? 0
                var message = damage.reason
                if damage.kind == .torn, !e.lines.isEmpty {
                    // An interrupted append: never acknowledged, not part of the board (see JournalScanner.strict).
                    add(
                        .warning, layout.journal,
                        "\(damage.reason): \(Wording.count(size - damage.offset, "byte")) after the last complete entry that no command acknowledged; the board is intact without them, and the next change (or `validate --repair`) moves them to a journal.jsonl.cut-* copy",
                        line: damage.line)
                } else {
                    if case .newerSchema = damage.kind {
                        message += "; use a newer consult-board (a repair will not touch it)"
                    } else {
                        message += "; `validate --repair` sets aside line \(damage.line)\(after > 1 ? " and the \(Wording.count(after - 1, "line")) after it" : "") (\(Wording.count(size - damage.cutOffset, "byte"))) in a copy and keeps the \(Wording.count(e.lines.count, "good entry", "good entries")) before"
                    }
                    add(.problem, layout.journal, message, line: damage.line)
                }
            }
        }
        switch e.manifest {
        case .none:
            add(.note, layout.manifest, .tr("validate.noCheckpoint"))
        case let .failure(error)?:
            add(.problem, layout.manifest, BoardExamination.reason(error) + "; `validate --repair` rebuilds the checkpoint from the journal")
        case let .success(manifest)?:
            if e.checkpointProblems.isEmpty {
                add(.ok, layout.manifest, .tr("validate.checkpointAgrees", count: manifest.patients.count, [
                    "revision": "\(manifest.revision)", "count": "\(manifest.patients.count)",
                ]))
            }
            for problem in e.checkpointProblems {
                add(.problem, problem.file, problem.message + "; the journal wins: `validate --repair` rebuilds the checkpoint")
            }
        }
        if e.signatures.rosterSeen || !e.board.roster.isEmpty {
            let policy: ShownText = e.board.roster.policy.requireSignatures ? .tr("change.signaturesRequired") : .tr("change.signaturesOptional")
            if e.signatureProblems.isEmpty {
                let members = e.board.roster.members.count
                let unsigned = e.signatures.unsignedAllowed
                add(.ok, layout.journal, [
                    .tr("validate.roster", count: members, ["count": "\(members)", "policy": policy]),
                    .tr("validate.signatures", count: e.signatures.verified, ["count": "\(e.signatures.verified)"]),
                    unsigned > 0 ? .tr("validate.unsigned", count: unsigned, ["count": "\(unsigned)"]) : "",
                ].joined(""))
            }
            for problem in e.signatureProblems { add(.problem, layout.journal, problem.message, line: problem.line) }
        } else if !e.lines.isEmpty {
            add(.note, layout.journal, Roster.noRosterText)
        }
        for span in e.quarantined {
            add(
                .note, layout.journal,
                "damaged and set aside by a repair (entries \(span.firstEntry)-\(span.lastEntry), bytes kept in \(span.file)); the chain resumes from the hash the next line vouches for, and the checkpoint holds what they changed",
                line: span.line)
        }
        for name in FileIO.list(layout.folder).sorted() where name.hasPrefix("journal.jsonl.cut-") || name.hasPrefix("journal.jsonl.quarantine-") {
            add(.note, layout.folder + "/" + name, .tr("validate.setAsideFile"))
        }
        for path in [layout.folder, layout.meta, layout.journal, layout.lock, layout.manifest] {
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IRWXO != 0 {
                add(.warning, path, .tr("validate.othersCanRead", ["mode": "\(String(info.st_mode & 0o7777, radix: 8))"]))
            }
        }
        var report = ValidationReport(findings: findings, revision: e.revision, patients: e.board.patients.count)
        report.hasInterruptedWrite = e.damage?.kind == .torn && !e.lines.isEmpty
        if case .none = e.manifest { report.lacksCheckpoint = !e.lines.isEmpty }
        return report
    }
}
