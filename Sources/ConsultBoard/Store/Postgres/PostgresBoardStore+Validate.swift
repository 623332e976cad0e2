import Foundation

extension PostgresBoardStore {
    /// Checks everything about the board in the database without changing anything: the schema version, every
    /// journal line (seal, chain, sequence, schema version, and that it replays onto the board before it), and
    /// the newest checkpoint (the one every read starts from) against the replay at its revision (the journal
    /// wins). Never throws.
    public func validate() -> ValidationReport {
        var findings: [ValidationReport.Finding] = []
        let name = address.description
        func add(_ severity: ValidationReport.Severity, _ words: ShownText, line: Int? = nil) {
            findings.append(.init(severity: severity, file: name, line: line, message: words.english, words: words))
        }
        add(.ok, .tr("validate.database", ["version": "\(PostgresSchema.version)"]))
        let result: (lines: [JournalLine], damage: JournalDamage?, checkpoint: Result<Checkpointed, StoreError>?)
        do throws(StoreError) {
            result = try snapshotForValidation()
        } catch {
            add(.problem, .said { error.shown })
            return ValidationReport(findings: findings, revision: 0, patients: 0)
        }
        var board = Board()
        var revision = 0
        let decoder = BoardJSON.decoder()
        var unchecked = result.checkpoint
        var replayed = true
        for line in result.lines {
            do throws(StoreError) {
                let entry = try line.entry(decoder, file: name)
                do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                    add(.problem, .tr("journal.damage.cannotApply", ["sequence": "\(entry.sequence)", "error": .said { error.shown }]), line: line.number)
                    replayed = false
                    break
                }
            } catch {
                add(.problem, .said { error.shown }, line: line.number)
                replayed = false
                break
            }
            revision = line.envelope.sequence
            if case let .success(checkpointed) = unchecked, checkpointed.manifest.revision == revision {
                unchecked = nil
                if let disagreement = checkpointed.disagreement(with: board, line: line) {
                    add(.problem, .tr("validate.database.checkpointDisagrees", ["revision": "\(revision)", "problem": disagreement]))
                } else {
                    add(.ok, .tr("validate.database.checkpointAgrees", ["revision": "\(revision)"]))
                }
            }
        }
        if let damage = result.damage {
            add(.problem, damage.reason.words, line: damage.line)
        } else if replayed, let first = result.lines.first {
            let count = result.lines.count
            add(.ok, .tr("validate.entries", count: count, ["count": "\(count)", "first": "\(first.envelope.sequence)", "last": "\(revision)"]))
        }
        switch unchecked {
        case let .success(checkpointed) where replayed:
            add(.problem, .tr("validate.database.checkpointBeyond", ["revision": "\(checkpointed.manifest.revision)"]))
        case let .failure(error):
            add(.problem, .tr("validate.database.checkpointUnreadable", ["error": .said { error.shown }]))
        default:
            break
        }
        return ValidationReport(findings: findings, revision: revision, patients: board.patients.count)
    }

    /// Every line scanned with every seal checked, and every checkpoint, in one snapshot.
    private func snapshotForValidation() throws(StoreError) -> (lines: [JournalLine], damage: JournalDamage?, checkpoint: Result<Checkpointed, StoreError>?) {
        do throws(PostgresError) {
            try connection.reconnectIfBroken()
            try connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { try? connection.query("COMMIT") }
            let rows = try connection.query(
                "SELECT line FROM consult_board.journal WHERE board_id = $1 ORDER BY seq", [boardID]).rows
            var data = Data()
            for row in rows {
                data.append(contentsOf: (row.first ?? nil)?.utf8 ?? "".utf8)
                data.append(0x0A)
            }
            let (lines, damage) = JournalScanner.scan(data, from: .start, everySeal: true)
            let checkpoint = newestCheckpoint()
            return (lines, damage, checkpoint)
        } catch {
            throw storeError(error, doing: "read")
        }
    }

    /// The newest checkpoint and the board it holds (every file read and checked against its hash), `nil` when
    /// there is none.
    private func newestCheckpoint() -> Result<Checkpointed, StoreError>? {
        do throws(StoreError) {
            guard let manifest = try checkpoint.manifest() else { return nil }
            let board = try fullBoard(JournalTail(manifest: manifest, start: manifest.journal, lines: []))
            var ids: [RecordID: MRN] = [:]
            for ref in manifest.ids { ids.merge(try checkpoint.ids(ref).ids) { first, _ in first } }
            return .success(Checkpointed(manifest: manifest, board: board, ids: ids))
        } catch {
            return .failure(error)
        }
    }
}

/// A database board's checkpoint as read for `validate`.
struct Checkpointed {
    var manifest: CheckpointManifest
    var board: Board
    /// The id index its id files hold.
    var ids: [RecordID: MRN]

    /// What differs from `board`, the journal's replay up to `line` (the checkpoint's revision); `nil`: nothing.
    func disagreement(with replayed: Board, line: JournalLine) -> ShownText? {
        if line.hash != manifest.journal.lastHash { return .tr("checkpoint.differs.lastHash") }
        if board.ward != replayed.ward || board.createdAt != replayed.createdAt { return .tr("checkpoint.differs.ward") }
        if board.roster != replayed.roster { return .tr("checkpoint.differs.roster") }
        if let mrn = Set(board.patients.keys).union(replayed.patients.keys).sorted().first(where: { board.patients[$0] != replayed.patients[$0] }) {
            return .tr("checkpoint.differs.patient", ["mrn": "\(mrn)"])
        }
        if ids != replayed.recordIndex { return .tr("checkpoint.differs.ids") }
        return nil
    }
}
