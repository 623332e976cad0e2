import ConsultBoard

/// The legal status moves of a lifecycle, written out for a `set` command's help from the library's own table,
/// so the help can never disagree with what the board accepts.
enum LifecycleHelp {
    /// "Legal moves:", a line a status with where it may go, and which moves need a reason (put together with
    /// `HelpText.joined`: this runs at every start).
    static func moves<S: Lifecycle>(_: S.Type) -> String {
        let moves = S.allCases.map { status in
            "\(status.rawValue) -> \(status.next.isEmpty ? "(final)" : HelpText.joined(status.next.map(\.rawValue), separator: " | "))"
        }
        let needReason = S.allCases.filter(\.needsReason).map(\.rawValue)
        let reason = needReason.isEmpty ? "" : "\nMoving to \(HelpText.joined(needReason, separator: ", ")) needs --reason."
        return "Legal moves:\n  " + HelpText.joined(moves, separator: "\n  ") + reason
    }
}
