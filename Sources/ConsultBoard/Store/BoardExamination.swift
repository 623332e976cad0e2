import Foundation

/// A full examination of a board on disk, shared by `validate` and `validate --repair`: the journal read from its
/// first line (seal, chain, sequence), every entry replayed, and the checkpoint compared with the replay.
struct BoardExamination {
    let layout: BoardLayout
    /// `board.json`, or why it cannot be used.
    var meta: Result<BoardMeta, StoreError>
    /// The journal's bytes; `nil` when the journal cannot be read (see `journalError`).
    var journal: Data?
    var journalError: StoreError?
    /// The lines that passed every check, in order, and their entries.
    var lines: [JournalLine] = []
    var entries: [JournalEntry] = []
    /// The first bad line, if any.
    var damage: JournalDamage?
    /// The board replayed from `lines`.
    var board = Board()
    /// The checkpoint's manifest, or why it cannot be used; `nil` when there is none.
    var manifest: Result<CheckpointManifest, StoreError>?
    /// Where the checkpoint disagrees with the journal (each names a file).
    var checkpointProblems: [(file: String, message: String)] = []
    /// Damaged stretches an earlier repair set aside, which the scan stepped over (see `JournalQuarantine`).
    var quarantined: [QuarantinedSpan] = []
    /// The writers' signatures, checked against the roster as the replay went (see `SignatureAudit`).
    var signatures = SignatureAudit()
    var signatureProblems: [SignatureAudit.Problem] = []

    /// The revision the journal's good part reaches.
    var revision: Int { lines.last?.envelope.sequence ?? 0 }

    /// Examines the board; `quarantine` adds stretches to step over (a repair's plan, checked before it is
    /// written).
    init(layout: BoardLayout, hooks: StoreHooks, quarantine: [QuarantinedSpan] = []) {
        self.layout = layout
        meta = Result { () throws(StoreError) in try BoardMeta.read(layout, hooks: hooks) }
        do throws(StoreError) {
            journal = try FileIO.read(layout.journal, hooks: hooks)
        } catch {
            journalError = error
        }
        if let journal {
            (lines, damage, quarantined) = JournalScanner.scan(journal, from: .start, everySeal: true, quarantine: quarantine)
            if lines.isEmpty && damage == nil {
                damage = JournalDamage(kind: .torn, line: 1, offset: 0, cutOffset: 0, reason: "the journal is empty: the board's creation did not finish")
            }
        }
        let checkpoint = Checkpoint(layout: layout, hooks: hooks)
        manifest = {
            do throws(StoreError) {
                return try checkpoint.manifest().map { .success($0) }
            } catch {
                return .failure(error)
            }
        }()
        let snapshotRevision = (try? manifest?.get())?.revision
        var snapshot: Board?
        // After a set-aside stretch the lines cannot be replayed until the checkpoint, which holds the state
        // they made (its position and hash are checked against the chain in `compare`).
        let skipFrom = quarantined.map(\.line).min()
        if let skipFrom, (snapshotRevision ?? 0) < (quarantined.map(\.lastEntry).max() ?? 0) {
            let line = lines.first { $0.number > skipFrom }
            damage = JournalDamage(
                kind: .unreadable, line: skipFrom, offset: line?.range.lowerBound ?? 0, cutOffset: line?.range.lowerBound ?? 0,
                reason: "damaged lines were set aside by a repair, and no checkpoint after them holds the state they made")
            lines.removeAll { $0.number > skipFrom }
        }
        // Decoding is most of the work and needs no order: worker threads decode piece after piece while this
        // thread replays, in order, the pieces already decoded.
        let decoded = PipelinedDecode(lines, file: layout.journal)
        entries.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            func stop(_ kind: JournalDamage.Kind, _ reason: String) {
                damage = JournalDamage(
                    kind: kind, line: line.number, offset: line.range.lowerBound, cutOffset: line.range.lowerBound,
                    reason: reason, before: index > 0 ? lines[index - 1].position : nil)
                lines.removeSubrange(index...)
            }
            let entry: JournalEntry
            do throws(StoreError) {
                entry = try decoded.entry(index).get()
            } catch {
                if case let .newerSchema(_, found, _) = error {
                    stop(.newerSchema(found: found), "written by a newer consult-board (line schema version \(found))")
                } else {
                    stop(.unreadable, Self.reason(error))
                }
                break
            }
            if let skipFrom, line.number > skipFrom, let snapshotRevision, entry.sequence <= snapshotRevision {
                entries.append(entry)
                if entry.sequence == snapshotRevision {
                    guard case let .success(manifest) = manifest, let rebased = Self.board(of: manifest, checkpoint: checkpoint) else {
                        stop(.unreadable, "damaged lines were set aside by a repair, and the checkpoint that holds the state they made cannot be read")
                        break
                    }
                    board = rebased
                    snapshot = board
                }
                continue
            }
            signatures.observe(line, entry: entry, roster: board.roster)
            do throws(BoardError) {
                try board.apply(entry.command, context: entry.context)
            } catch {
                stop(.unreadable, "entry \(entry.sequence) cannot be applied to the board before it (\(error))")
                break
            }
            entries.append(entry)
            if entry.sequence == snapshotRevision { snapshot = board }
        }
        signatureProblems = signatures.finish()
        if case let .success(manifest) = manifest {
            compare(manifest, with: snapshot, checkpoint: checkpoint)
        }
    }

    /// The board the checkpoint holds (every file read and checked against its hash), or `nil` if a file is
    /// missing or damaged.
    static func board(of manifest: CheckpointManifest, checkpoint: Checkpoint) -> Board? {
        var records: [PatientRecord] = []
        for entry in manifest.patients {
            guard let record = try? checkpoint.record(entry, depth: .whole) else { return nil }
            records.append(record)
        }
        return Board(manifest: manifest, records: records)
    }

    /// Checks the checkpoint against the board the journal gives at the checkpoint's revision.
    private mutating func compare(_ manifest: CheckpointManifest, with snapshot: Board?, checkpoint: Checkpoint) {
        let file = layout.manifest
        guard let snapshot, let line = lines.first(where: { $0.envelope.sequence == manifest.revision }) else {
            checkpointProblems.append((file, "it is at revision \(manifest.revision), which the journal's intact part (up to \(revision)) does not reach"))
            return
        }
        guard line.position == manifest.journal else {
            checkpointProblems.append((file, "it does not match journal line \(line.number) (the line's place or hash differs): the journal was changed under the checkpoint"))
            return
        }
        if manifest.ward != snapshot.ward || manifest.createdAt != snapshot.createdAt {
            checkpointProblems.append((file, "its ward or creation time differs from the journal's"))
        }
        if (manifest.roster ?? Roster()) != snapshot.roster {
            checkpointProblems.append((file, "its ward roster differs from the journal's"))
        }
        let listed = manifest.patients.map(\.patient.mrn)
        if listed != Array(snapshot.patients.keys) {
            checkpointProblems.append((file, "it lists the patients \(listed.joined(separator: ", ")), but the journal has \(snapshot.patients.keys.joined(separator: ", ")) at revision \(manifest.revision)"))
        }
        // Each patient's files are read, decoded and compared on their own: on every core.
        let layout = self.layout
        let revision = manifest.revision
        let patients = snapshot.patients
        let found: [(file: String, message: String)?] = ParallelMap.map(manifest.patients) { entry in
            let path = layout.checkpointFile(entry.record.file)
            do throws(StoreError) {
                let record = try checkpoint.record(entry, depth: .whole)
                guard record != patients[record.mrn] else { return nil }
                return (path, "it disagrees with the journal about patient \(record.mrn) at revision \(revision)")
            } catch {
                return (path, Self.reason(error))
            }
        }
        checkpointProblems += found.compactMap { $0 }
        var indexed: [RecordID: MRN] = [:]
        for entry in manifest.ids {
            do throws(StoreError) {
                let ids = try checkpoint.ids(entry).ids
                indexed.merge(ids) { first, _ in first }
            } catch {
                checkpointProblems.append((layout.checkpointFile(entry.file), Self.reason(error)))
            }
        }
        if checkpointProblems.isEmpty && indexed != snapshot.recordIndex {
            let wrong = snapshot.recordIndex.filter { indexed[$0.key] != $0.value }.map(\.key).sorted().prefix(3)
            checkpointProblems.append((layout.ids, "the id index disagrees with the journal (for example about \(wrong.isEmpty ? "ids the journal does not have" : wrong.joined(separator: ", ")))"))
        }
    }

    /// An error's message without the file name (the finding names the file).
    static func reason(_ error: StoreError) -> String {
        switch error {
        case let .damaged(_, _, reason): reason
        case let .newerSchema(_, found, supported): "written by a newer consult-board (schema version \(found); this one reads up to \(supported))"
        case let .io(_, operation, reason): "cannot \(operation) it: \(reason.english)"
        default: error.description
        }
    }
}
