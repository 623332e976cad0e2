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
    var checkpointProblems: [(file: String, message: ShownText)] = []
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
                damage = JournalDamage(kind: .torn, line: 1, offset: 0, cutOffset: 0, reason: .emptyJournal)
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
                reason: StoreReason(.tr("journal.damage.setAsideUncovered")))
            lines.removeAll { $0.number > skipFrom }
        }
        // Decoding is most of the work and needs no order: worker threads decode piece after piece while this
        // thread replays, in order, the pieces already decoded.
        let decoded = PipelinedDecode(lines, file: layout.journal)
        entries.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            func stop(_ kind: JournalDamage.Kind, _ reason: StoreReason) {
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
                    stop(.newerSchema(found: found), JournalDamage.newer(found))
                } else {
                    stop(.unreadable, Self.reason(error))
                }
                break
            }
            if let skipFrom, line.number > skipFrom, let snapshotRevision, entry.sequence <= snapshotRevision {
                entries.append(entry)
                if entry.sequence == snapshotRevision {
                    guard case let .success(manifest) = manifest, let rebased = Self.board(of: manifest, checkpoint: checkpoint) else {
                        stop(.unreadable, StoreReason(.tr("journal.damage.setAsideCheckpointUnreadable")))
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
                stop(.unreadable, StoreReason(.tr("journal.damage.cannotApply", ["sequence": "\(entry.sequence)", "error": .said { error.shown }])))
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
            checkpointProblems.append((file, .tr("checkpoint.problem.beyondJournal", ["revision": "\(manifest.revision)", "reached": "\(revision)"])))
            return
        }
        guard line.position == manifest.journal else {
            checkpointProblems.append((file, .tr("checkpoint.problem.lineDiffers", ["line": "\(line.number)"])))
            return
        }
        if manifest.ward != snapshot.ward || manifest.createdAt != snapshot.createdAt {
            checkpointProblems.append((file, .tr("checkpoint.problem.wardDiffers")))
        }
        if (manifest.roster ?? Roster()) != snapshot.roster {
            checkpointProblems.append((file, .tr("checkpoint.problem.rosterDiffers")))
        }
        let listed = manifest.patients.map(\.patient.mrn)
        if listed != Array(snapshot.patients.keys) {
            checkpointProblems.append((file, .tr("checkpoint.problem.patientsDiffer", [
                "listed": .list(listed), "journal": .list(Array(snapshot.patients.keys)),
                "revision": "\(manifest.revision)",
            ])))
        }
        // Each patient's files are read, decoded and compared on their own: on every core.
        let layout = self.layout
        let revision = manifest.revision
        let patients = snapshot.patients
        let found: [(file: String, message: ShownText)?] = ParallelMap.map(manifest.patients) { entry in
            let path = layout.checkpointFile(entry.record.file)
            do throws(StoreError) {
                let record = try checkpoint.record(entry, depth: .whole)
                guard record != patients[record.mrn] else { return nil }
                return (path, .tr("checkpoint.problem.patientDiffers", ["mrn": "\(record.mrn)", "revision": "\(revision)"]))
            } catch {
                return (path, Self.reason(error).words)
            }
        }
        checkpointProblems += found.compactMap { $0 }
        var indexed: [RecordID: MRN] = [:]
        for entry in manifest.ids {
            do throws(StoreError) {
                let ids = try checkpoint.ids(entry).ids
                indexed.merge(ids) { first, _ in first }
            } catch {
                checkpointProblems.append((layout.checkpointFile(entry.file), Self.reason(error).words))
            }
        }
        if checkpointProblems.isEmpty && indexed != snapshot.recordIndex {
            let wrong = snapshot.recordIndex.filter { indexed[$0.key] != $0.value }.map(\.key).sorted().prefix(3)
            let example: ShownText = wrong.isEmpty ? .tr("checkpoint.problem.idsNotInJournal") : .list(Array(wrong))
            checkpointProblems.append((layout.ids, .tr("checkpoint.problem.idIndexDiffers", ["example": example])))
        }
    }

    /// An error's message without the file name (the finding names the file), in English and the reader's words.
    static func reason(_ error: StoreError) -> StoreReason {
        switch error {
        case let .damaged(_, _, reason):
            reason
        case let .newerSchema(_, found, supported):
            StoreReason(.tr("store.reason.newerSchema", ["found": "\(found)", "supported": "\(supported)"]))
        case let .io(_, "read", reason):
            // The system's own words for an unusual failure (an I/O error) stay as the system gave them.
            StoreReason(.tr("store.reason.cannotRead", ["reason": reason.words]))
        case let .io(_, operation, reason):
            .tr("store.reason.cannotDo", ["operation": StoreOperationWords.words(operation) ?? .plain(operation), "reason": reason.words])
        default:
            StoreReason(.said { error.shown })
        }
    }
}
