import Foundation

/// Reading status histories back (FHIRExport+History writes them): each move is a Provenance of one version of a
/// resource (`Task/C-7-task/_history/2`) with the new status as `activity` under `urn:consult-board:status-change`.
/// The moves of a resource must be versions 1, 2, ... n without a gap, each a status the board knows, ending in the
/// resource's own status; `meta.versionId`, when present, is n.
/// A resource without such Provenance keeps what its own elements say (a foreign Bundle without histories).
extension FHIRBundleReader {
    /// One move read from a Provenance: the new status (the board's word), who, when, why, where it is.
    struct Move: Sendable, Equatable {
        var status: String
        var by: String
        var at: Date
        var reason: String?
        var path: String
    }

    /// The resource types whose moves the board reads (the ones it keeps a history of).
    static let typesWithHistory: Set<String> = ["Task", "ServiceRequest", "MedicationRequest", "DiagnosticReport", "Condition", "DocumentReference"]

    /// The status a Provenance says a resource moved to, when it describes a status move.
    static func statusChange(_ provenance: JSONValue) -> String? {
        provenance["activity"]?["coding"]?.array?.first { $0["system"]?.string == FHIRExport.statusChangeSystem }?["code"]?.string
    }

    /// One status move: its target must be a version of one resource (`Type/id/_history/N`).
    mutating func readMove(_ resource: JSONValue, status: String, who: String?, path: String) throws(ImportError) {
        let targets = resource["target"]?.array ?? []
        guard targets.count == 1, let reference = targets.first?["reference"]?.string else {
            throw ImportError(path: "\(path).target", reason: "a status move is about one version of one resource (Type/id/_history/N)")
        }
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[2] == "_history", let version = Int(parts[3]), version >= 1, !parts[1].isEmpty else {
            throw ImportError(path: "\(path).target[0].reference", reason: "\"\(Sanitizer.line(reference))\" is not a version of a resource (Type/id/_history/N)")
        }
        guard Self.typesWithHistory.contains(parts[0]) else {
            throw ImportError(path: "\(path).target[0].reference", reason: "the board keeps no status history of a \(Sanitizer.line(parts[0])) (only of consults, orders, reports, complications, actions and notes)")
        }
        guard let at = Self.date(resource["occurredDateTime"] ?? resource["recorded"], path: path) else {
            throw ImportError(path: "\(path).occurredDateTime", reason: "when the status changed is required (a FHIR dateTime)")
        }
        let key = "\(parts[0])/\(parts[1])"
        if let earlier = moves[key]?[version] {
            throw ImportError(path: "\(path).target[0].reference", reason: "a second move to version \(version) of \(key) (the first is at \(earlier.path))")
        }
        let reason = Self.words(resource["reason"]?.array?.first)
        moves[key, default: [:]][version] = Move(status: status, by: who ?? Self.unknownAuthor, at: at, reason: reason, path: path)
    }

    /// Every move is of a resource the bundle holds.
    func checkMoveTargets() throws(ImportError) {
        for (target, versions) in moves.sorted(by: { $0.key < $1.key }) where !seen.contains(target) {
            let first = versions.sorted { $0.key < $1.key }.first?.value.path ?? "Bundle.entry"
            throw ImportError(path: "\(first).target[0]", reason: "a status move of \(target), which the bundle does not hold")
        }
    }

    /// The moves of a resource, versions 1...n without a gap, its `meta.versionId` n when present; nil without any.
    func moves(of type: String, _ id: String, resource: JSONValue, path: String) throws(ImportError) -> [Move]? {
        guard let versions = moves["\(type)/\(id)"], !versions.isEmpty else { return nil }
        let count = versions.count
        for version in 1...count where versions[version] == nil {
            throw ImportError(path: path, reason: "the status history of \(type)/\(id) has no version \(version) (a Provenance of \(type)/\(id)/_history/\(version)); its moves are numbered 1 to \(count)")
        }
        if let stated = resource["meta"]?["versionId"]?.string, stated != String(count) {
            throw ImportError(path: "\(path).meta.versionId", reason: "version \(Sanitizer.line(stated)), but the bundle holds \(count) status moves of \(type)/\(id)")
        }
        return (1...count).compactMap { versions[$0] }
    }

    /// The status history of a resource whose statuses are `S`, beginning in one of `first` (when given) and
    /// ending in `current`; nil when the bundle has no moves of it.
    func history<S: Lifecycle>(
        of type: String, _ id: String, resource: JSONValue, path: String, current: S, first: [S]? = nil
    ) throws(ImportError) -> [StatusChange<S>]? {
        guard let moves = try moves(of: type, id, resource: resource, path: path) else { return nil }
        var history: [StatusChange<S>] = []
        for move in moves {
            guard let status = S(rawValue: move.status) else {
                throw ImportError(path: "\(move.path).activity", reason: "\"\(Sanitizer.line(move.status))\" is not a status the board knows here (\(S.validValues))")
            }
            // The moves are kept as the bundle has them, not checked against the lifecycle: a record that came
            // from another system holds its last move only (accepted -> seen without the step between), and so does
            // its history here. A move merged onto a board record goes through the door, which checks it.
            let from = history.last?.to
            if from == nil, let first, !first.contains(status) {
                throw ImportError(path: "\(move.path).activity", reason: "a \(type) of the board begins \(first.map(\.rawValue).joined(separator: " or ")), not \(status.rawValue)")
            }
            history.append(StatusChange(from: from, to: status, by: move.by, at: move.at, reason: move.reason))
        }
        guard history.last?.to == current else {
            throw ImportError(path: path, reason: "its status (\(current.rawValue)) is not where its status history ends (\(history.last?.to.rawValue ?? "nothing"))")
        }
        return history
    }

    /// An action's moves: `requested` by who made it, then `completed` (who did it, when) if it is done.
    func actionHistory(_ action: inout ActionItem, resource: JSONValue, path: String) throws(ImportError) {
        guard let moves = try moves(of: "Task", action.id, resource: resource, path: path) else { return }
        let words = moves.map(\.status)
        guard words == ["requested"] || words == ["requested", "completed"] else {
            throw ImportError(path: moves.last?.path ?? path, reason: "an action is requested, then completed; this history is \(words.joined(separator: " -> "))")
        }
        guard action.done == (moves.count == 2) else {
            throw ImportError(path: "\(path).status", reason: "its status does not agree with its status history (\(words.joined(separator: " -> ")))")
        }
        if moves.count == 2 {
            action.doneBy = moves[1].by
            action.doneAt = moves[1].at
        }
    }

    /// A note's moves: `current` when written, then `entered-in-error` (who, when, why) if it was.
    func noteHistory(_ note: inout Note, resource: JSONValue, path: String) throws(ImportError) {
        guard let moves = try moves(of: "DocumentReference", note.id, resource: resource, path: path) else { return }
        let words = moves.map(\.status)
        guard words == ["current"] || words == ["current", "entered-in-error"] else {
            throw ImportError(path: moves.last?.path ?? path, reason: "a note is current, then perhaps entered in error; this history is \(words.joined(separator: " -> "))")
        }
        guard (note.enteredInError != nil) == (moves.count == 2) else {
            throw ImportError(path: "\(path).status", reason: "its status does not agree with its status history (\(words.joined(separator: " -> ")))")
        }
        if moves.count == 2 {
            note.enteredInError = ErrorMark(by: moves[1].by, at: moves[1].at, reason: moves[1].reason ?? "entered in error in the source system")
        }
    }
}
