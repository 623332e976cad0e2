import ArgumentParser
import ConsultBoard

/// `--status S [--reason T]`: the options of every `set` command, for any lifecycle. The help lists the
/// statuses and which of them need a reason, from the lifecycle's own table.
struct StatusMoveOptions<Status: Lifecycle>: ParsableArguments {
    @Option(help: .oneOf("New status", Status.self, valueName: "status"))
    var status: String

    @Option(help: ArgumentHelp(Self.reasonHelp, valueName: "text"))
    var reason: String?

    private static var reasonHelp: String {
        let needed = Status.allCases.filter(\.needsReason).map(\.rawValue)
        return needed.isEmpty ? "Why (optional)." : "Why (required for \(needed.joined(separator: ", ")))."
    }

    /// The status asked for; `field` names it in the error for an unknown value ("unknown order status 'x'").
    func newStatus(field: String) throws(BoardError) -> Status {
        try CLIInput.vocabulary(status, field: field)
    }
}
