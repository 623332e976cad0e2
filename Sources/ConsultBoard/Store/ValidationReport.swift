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

        /// The severity as a report's first column says it ("problem", "问题").
        public var shown: String {
            switch self {
            case .ok: tr("validate.severity.ok")
            case .note: tr("validate.severity.note")
            case .warning: tr("validate.severity.warning")
            case .problem: tr("validate.severity.problem")
            }
        }
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

        /// `description` in the language of the moment (in English, the description word for word).
        public var shownDescription: String {
            severity.shown + tr("text.colon") + file + (line.map { tr("cli.validate.line", ["line": String($0)]) } ?? "") + tr("text.colon")
                + shownMessage
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
            let words: ShownText = FileIO.exists(layout.folder) ? .tr("validate.noBoardHere") : .tr("validate.noSuchFolder")
            return ValidationReport(
                findings: [.init(severity: .problem, file: layout.folder, line: nil, message: words.english, words: words)],
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
        func add(_ severity: ValidationReport.Severity, _ file: String, _ words: ShownText, line: Int? = nil) {
            findings.append(.init(severity: severity, file: file, line: line, message: words.english, words: words))
        }
        switch e.meta {
        case let .success(meta): add(.ok, layout.meta, .tr("validate.folder", ["version": "\(meta.schemaVersion)"]))
        case let .failure(error): add(.problem, layout.meta, BoardExamination.reason(error).words)
        }
        if let error = e.journalError {
            add(.problem, layout.journal, BoardExamination.reason(error).words)
        } else {
            let first = e.lines.first?.envelope.sequence ?? 0
            if !e.lines.isEmpty {
                add(.ok, layout.journal, .tr("validate.entries", count: e.lines.count, ["count": "\(e.lines.count)", "first": "\(first)", "last": "\(e.revision)"]))
            }
            if let damage = e.damage {
                let size = e.journal?.count ?? 0
                let after = e.journal.map { data in data[damage.offset...].split(separator: 0x0A, omittingEmptySubsequences: false).count - 1 } ?? 0
                let reason = damage.reason.words
                if damage.kind == .torn, !e.lines.isEmpty {
                    // An interrupted append: never acknowledged, not part of the board (see JournalScanner.strict).
                    add(.warning, layout.journal, .tr("validate.interruptedWrite", ["reason": reason, "bytes": .bytes(size - damage.offset)]), line: damage.line)
                } else if case .newerSchema = damage.kind {
                    add(.problem, layout.journal, .tr("validate.newerLine", ["reason": reason]), line: damage.line)
                } else {
                    let kept: ShownText = .tr("validate.goodEntries", count: e.lines.count, ["count": "\(e.lines.count)"])
                    let message: ShownText = after > 1
                        ? .tr("validate.repairSetsAsideLines", [
                            "reason": reason, "line": "\(damage.line)", "after": .lines(after - 1), "bytes": .bytes(size - damage.cutOffset), "kept": kept,
                        ])
                        : .tr("validate.repairSetsAsideLine", [
                            "reason": reason, "line": "\(damage.line)", "bytes": .bytes(size - damage.cutOffset), "kept": kept,
                        ])
                    add(.problem, layout.journal, message, line: damage.line)
                }
            }
        }
        switch e.manifest {
        case .none:
            add(.note, layout.manifest, .tr("validate.noCheckpoint"))
        case let .failure(error)?:
            add(.problem, layout.manifest, .tr("validate.checkpointUnreadable", ["reason": BoardExamination.reason(error).words]))
        case let .success(manifest)?:
            if e.checkpointProblems.isEmpty {
                add(.ok, layout.manifest, .tr("validate.checkpointAgrees", count: manifest.patients.count, [
                    "revision": "\(manifest.revision)", "count": "\(manifest.patients.count)",
                ]))
            }
            for problem in e.checkpointProblems {
                add(.problem, problem.file, .tr("validate.checkpointDisagrees", ["problem": problem.message]))
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
            for problem in e.signatureProblems { add(.problem, layout.journal, problem.words, line: problem.line) }
        } else if !e.lines.isEmpty {
            add(.note, layout.journal, Roster.noRosterText)
        }
        if e.damage == nil {
            // The ward's settings against the journal's record of them (on an intact journal: a damaged one's
            // entries stop short of the later `ward.set` lines).
            let folder = WardSettings.folder(ofBoard: URL(fileURLWithPath: layout.folder))
            var files: [WardSettingName: Data] = [:]
            var recorded = WardSettingsAudit.recorded(in: e.entries)
            for name in WardSettingName.allCases {
                let path = folder.appendingPathComponent(name.fileName).path
                do throws(StoreError) {
                    if let data = try FileIO.readIfPresent(path, hooks: StoreHooks()) { files[name] = data }
                } catch {
                    add(.warning, path, BoardExamination.reason(error).words)
                    recorded[name] = nil  // said above; not compared
                }
            }
            for finding in WardSettingsAudit.findings(recorded: recorded, files: files) {
                add(.warning, folder.appendingPathComponent(finding.name.fileName).path, finding.words)
            }
        }
        for span in e.quarantined {
            add(
                .note, layout.journal,
                .tr("validate.quarantined", ["first": "\(span.firstEntry)", "last": "\(span.lastEntry)", "file": "\(span.file)"]),
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

extension ShownText {
    /// "1 byte", "300 bytes" / "300 字节": a count inside a store's message.
    static func bytes(_ count: Int) -> ShownText { .tr("store.count.bytes", count: count, ["count": "\(count)"]) }

    /// "1 line", "3 lines" / "3 行".
    static func lines(_ count: Int) -> ShownText { .tr("store.count.lines", count: count, ["count": "\(count)"]) }

    /// Values (MRNs, ids) as a list: "SCI-0001, SCI-0002" / "SCI-0001、SCI-0002".
    static func list(_ values: [String]) -> ShownText { values.map { .plain($0) }.joined(.tr("text.enumeration")) }
}
