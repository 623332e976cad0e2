import Foundation

extension PostgresBoardStore {
    /// Checks everything about the board in the database without changing anything: the schema version, every
    /// journal line (seal, chain, sequence, schema version, and that it replays onto the board before it), and
    /// every checkpoint against the replay at its revision (the journal wins). Never throws.
    public func validate() -> ValidationReport {
        var findings: [ValidationReport.Finding] = []
        let name = address.description
        func add(_ severity: ValidationReport.Severity, _ message: String, line: Int? = nil) {
            findings.append(.init(severity: severity, file: name, line: line, message: message))
        }
        add(.ok, "a consult-board database, schema version \(PostgresSchema.version)")
        let result: (lines: [JournalLine], damage: JournalDamage?, checkpoints: [(Int, String)])
        do throws(StoreError) {
            result = try snapshotForValidation()
        } catch {
            add(.problem, error.description)
            return ValidationReport(findings: findings, revision: 0, patients: 0)
        }
        var board = Board()
        var revision = 0
        let decoder = BoardJSON.decoder()
        var checkpoints = Dictionary(result.checkpoints.map { ($0.0, $0.1) }) { first, _ in first }
        var replayed = true
        for line in result.lines {
            do throws(StoreError) {
                let entry = try line.entry(decoder, file: name)
                do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                    add(.problem, "entry \(entry.sequence) cannot be applied to the board before it (\(error))", line: line.number)
                    replayed = false
                    break
                }
            } catch {
                add(.problem, error.description, line: line.number)
                replayed = false
                break
            }
            revision = line.envelope.sequence
            if let document = checkpoints.removeValue(forKey: revision) {
                let expected = (try? ExportDocument(board: board).encoded()).map { String(decoding: $0, as: UTF8.self) }
                if expected == document {
                    add(.ok, "the checkpoint at entry \(revision) equals the replay of the journal")
                } else {
                    add(.problem, "the checkpoint at entry \(revision) disagrees with the journal (the journal wins; the checkpoint is only a cache)")
                }
            }
        }
        if let damage = result.damage {
            add(.problem, damage.reason, line: damage.line)
        } else if replayed, let first = result.lines.first {
            add(.ok, "\(Wording.count(result.lines.count, "entry", "entries")) (\(first.envelope.sequence) to \(revision)) sealed, chained and replayed")
        }
        for (orphan, _) in checkpoints.sorted(by: { $0.key < $1.key }) where replayed {
            add(.problem, "the checkpoint at entry \(orphan) names an entry the journal does not have")
        }
        return ValidationReport(findings: findings, revision: revision, patients: board.patients.count)
    }

    /// Every line scanned with every seal checked, and every checkpoint, in one snapshot.
    private func snapshotForValidation() throws(StoreError) -> (lines: [JournalLine], damage: JournalDamage?, checkpoints: [(Int, String)]) {
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
            let checkpoints = try connection.query(
                "SELECT revision, document FROM consult_board.checkpoints WHERE board_id = $1 ORDER BY revision", [boardID]
            ).rows.compactMap { row -> (Int, String)? in
                guard let revision = row[0].flatMap({ Int($0) }), let document = row[1] else { return nil }
                return (revision, document)
            }
            return (lines, damage, checkpoints)
        } catch {
            throw storeError(error, doing: "read")
        }
    }
}
