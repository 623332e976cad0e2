import Foundation

/// Newer statuses of records the board already has (`import --format fhir --patient MRN`).
///
/// A record of the bundle that is the board's record but for its status (the same content otherwise) is compared
/// move by move with the board's status history:
/// - the same history, or the board's is further on (the bundle is older): skipped;
/// - the bundle's history is the board's followed by later moves: each later move is applied through the door
///   (`consult.status`, `order.status`, `result.status`, `complication.status`, `action.done`, `note.error`) signed
///   by the move's author at the move's time, and the record is listed as merged;
/// - a move that differs from the board's at the same place: refused with the path of that move's Provenance.
/// A bundle without histories (another system's) says only the current status and its last move: when it differs
/// from the board's, it is merged as one move if the board allows that move from its current status and it is not
/// dated before the board's last move, else refused with the resource's `status` path.
extension FHIRPatientImport {
    /// A move applied to a record the board has, by the move's author at its time.
    public struct Merge: Sendable, Equatable {
        public var command: BoardCommand
        public var author: String
        public var at: Date
        /// Where the move is in the bundle (its Provenance, or the resource's status), for a refusal by the board.
        public var path: String
    }

    /// A record without its status (and what follows from it), to tell "the same record, moved on" from another.
    static func withoutStatus(_ order: Order) -> Order { var x = order; x.status = .draft; x.history = []; return x }
    static func withoutStatus(_ consult: Consult) -> Consult { var x = consult; x.status = .requested; x.history = []; return x }
    static func withoutStatus(_ result: DiagnosticResult) -> DiagnosticResult { var x = result; x.status = .preliminary; x.history = []; return x }
    static func withoutStatus(_ complication: Complication) -> Complication {
        var x = complication
        x.status = .active
        x.history = []
        x.resolvedAt = nil
        return x
    }
    static func withoutStatus(_ action: ActionItem) -> ActionItem { var x = action; x.done = false; x.doneBy = nil; x.doneAt = nil; return x }
    static func withoutStatus(_ note: Note) -> Note { var x = note; x.enteredInError = nil; return x }
}

extension FHIRPatientImport.Planner {
    /// The board's record that `theirs` is but perhaps for its status: under the same id first, else any alike.
    func moved<T: ImportedRecord>(_ theirs: T, in ours: [T], base: (T) -> T) -> T? {
        let bare = base(theirs)
        if let same = ours.first(where: { $0.id == theirs.id && FHIRPatientImport.sameIgnoringID(base($0), bare) }) { return same }
        return ours.first { FHIRPatientImport.sameIgnoringID(base($0), bare) }
    }

    /// How one kind of record moves: whether the board allows a move, whether it needs a reason, and the command.
    struct Moves {
        var allowed: (_ from: String, _ to: String) -> Bool
        var needsReason: (String) -> Bool
        var command: (FHIRExport.Move) -> BoardCommand?
    }

    static func lifecycle<S: Lifecycle>(_: S.Type, command: @escaping (S, String?) -> BoardCommand) -> Moves {
        Moves(
            allowed: { from, to in S(rawValue: from).flatMap { a in S(rawValue: to).map { a.canMove(to: $0) } } ?? false },
            needsReason: { S(rawValue: $0)?.needsReason ?? false },
            command: { move in S(rawValue: move.status).map { command($0, move.reason) } })
    }

    /// Skips, merges or refuses the bundle's record `type/id` that is the board's `ours` but for its status.
    /// `key` names the resource whose versions hold the moves (a consult's Task, else the resource itself).
    mutating func reconcile(
        _ type: String, _ id: String, as ours: RecordID, key: String,
        board: [FHIRExport.Move], bundle: [FHIRExport.Move], moves: Moves
    ) throws(ImportError) {
        if board == bundle {
            skip(type, id, as: ours)
            return
        }
        let later: ArraySlice<FHIRExport.Move>
        var paths: [String] = []
        if let versions = incoming.moves[key] {
            let common = zip(board, bundle).prefix { $0 == $1 }.count
            if common == bundle.count {
                outcome.skipped.append("\(type)/\(id)" + (ours == id ? "" : " (\(ours))") + " (the board's status is later)")
                return
            }
            if common < board.count {
                let at = versions[common + 1]?.path ?? path(type, id)
                throw ImportError(path: at, reason: "move \(common + 1) of the status history of \(ours) is \(Self.words(bundle[common])) in the bundle but \(Self.words(board[common])) on the board: the histories contradict each other (one of them was changed apart); change the record on the board instead")
            }
            later = bundle[common...]
            paths = later.indices.map { versions[$0 + 1]?.path ?? path(type, id) }
        } else {
            guard let theirs = bundle.last, let current = board.last else { return }
            if theirs.status == current.status {
                skip(type, id, as: ours)
                return
            }
            guard moves.allowed(current.status, theirs.status), theirs.at >= current.at else {
                throw ImportError(path: "\(path(type, id)).status", reason: "\(Self.words(theirs)) in the bundle does not follow the board's \(ours) (\(Self.words(current))): the board moves it from \(current.status) only by its lifecycle, and not back in time")
            }
            later = [theirs]
            paths = ["\(path(type, id)).status"]
        }
        for (move, at) in zip(later, paths) {
            if moves.needsReason(move.status), move.reason == nil {
                throw ImportError(path: "\(path(type, id))", reason: "the move of \(ours) to \(move.status) needs its reason, which the bundle does not give")
            }
            guard let command = moves.command(move) else {
                throw ImportError(path: "\(path(type, id))", reason: "\"\(Sanitizer.line(move.status))\" is not a status the board can move \(ours) to")
            }
            outcome.merges.append(FHIRPatientImport.Merge(command: command, author: move.by, at: move.at, path: at))
        }
        outcome.merged.append("\(type)/\(id)" + (ours == id ? "" : " (\(ours))") + ": " + later.map(\.status).joined(separator: ", "))
    }

    /// Critical-value loops: a loop about a value the board has no loop for is carried in whole (who took the
    /// call, told the doctor and acted, when); a loop the board has is the same call (reporter, doctor, action where
    /// both have them) whose later steps are applied by `critical notify` and `critical close`, signed by who took
    /// them; another call about the same value is refused.
    mutating func criticalValues(_ part: FHIRBundleReader.Part) throws(ImportError) {
        for (theirs, taskPath) in part.criticalValues {
            let id = "critical-\(theirs.labID)"
            guard let lab = labIDs[theirs.labID] else {
                throw ImportError(path: "\(taskPath).focus", reason: "Observation/\(theirs.labID) is not a lab value of this patient in the bundle")
            }
            var mine = theirs
            mine.labID = lab
            guard let ours = record.criticalTasks.first(where: { $0.labID == lab }) else {
                _ = carry("Task", id, .lab) { $0.criticalValue = mine }
                continue
            }
            func differ(_ a: String?, _ b: String?) -> Bool { a != nil && b != nil && a != b }
            if ours.reportedBy != theirs.reportedBy || differ(ours.doctorNotified, theirs.doctorNotified) || differ(ours.action, theirs.action) {
                throw ImportError(path: taskPath, reason: "the board's critical-value loop of \(lab) is another call (reported by \(Sanitizer.line(ours.reportedBy)), doctor \(Sanitizer.line(ours.doctorNotified ?? "not yet notified")), action \(Sanitizer.line(ours.action ?? "none yet"))): the bundle contradicts the board")
            }
            let moves = Moves(
                allowed: { ($0, $1) == ("received", "notified") || ($0, $1) == ("notified", "closed") }, needsReason: { _ in false },
                command: { move in
                    switch move.status {
                    case "notified": .notifyCriticalValue(NotifyCriticalValue(labID: lab, doctor: theirs.doctorNotified ?? "", at: move.at))
                    case "closed": .closeCriticalValue(CloseCriticalValue(labID: lab, action: theirs.action ?? "", at: move.at))
                    default: nil
                    }
                })
            try reconcile("Task", id, as: lab, key: "Task/\(id)", board: FHIRExport.moves(ours), bundle: FHIRExport.moves(theirs), moves: moves)
        }
    }

    /// "seen by dr.li at 2026-11-20T10:00:00Z (reason)", for refusals.
    static func words(_ move: FHIRExport.Move) -> String {
        "\(move.status) by \(Sanitizer.line(move.by)) at \(BoardDate.format(move.at))" + (move.reason.map { " (\(Sanitizer.line($0)))" } ?? "")
    }
}
