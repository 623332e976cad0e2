import ConsultBoard

/// The legal status moves of a lifecycle, written out for a `set` command's help from the library's own table,
/// so the help can never disagree with what the board accepts.
enum LifecycleHelp {
    static func moves<S: Lifecycle>(_: S.Type) -> String {
        let moves = S.allCases.map { status in
            "\(status.rawValue) -> \(status.next.isEmpty ? "(final)" : status.next.map(\.rawValue).joined(separator: " | "))"
        }
        let needReason = S.allCases.filter(\.needsReason).map(\.rawValue)
        let reason = needReason.isEmpty ? "" : "\nMoving to \(needReason.joined(separator: ", ")) needs --reason."
        return "Legal moves:\n  " + moves.joined(separator: "\n  ") + reason
    }
}
