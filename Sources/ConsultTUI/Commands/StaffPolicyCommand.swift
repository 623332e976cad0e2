import ArgumentParser
import ConsultBoard

/// `consult-board staff policy [--require-signatures yes|no] [--syslog yes|no]`
struct StaffPolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Set the board's signing rules (admins only).",
        discussion: """
            --require-signatures yes: `validate` names every entry not signed by its writer's key as a problem.
            --syslog yes: every write sends the journal's latest hash to the system log (`logger -t consult-board`), \
            an outside record against which a rewrite of the whole journal shows.
            """)

    @OptionGroup var options: BoardOptions

    @Option(name: .customLong("require-signatures"), help: ArgumentHelp("Whether every change must be signed.", valueName: "yes|no"))
    var requireSignatures: String?

    @Option(help: ArgumentHelp("Whether each write logs the latest hash to syslog.", valueName: "yes|no"))
    var syslog: String?

    func run() throws {
        try options.submit(.setRosterPolicy(SetRosterPolicy(
            requireSignatures: try requireSignatures.map { try YesNo.parse($0, field: "--require-signatures") },
            syslog: try syslog.map { try YesNo.parse($0, field: "--syslog") })))
    }
}
