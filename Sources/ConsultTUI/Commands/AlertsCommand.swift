import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board alerts MRN [--json]` and `consult-board alerts ack MRN ALERT_KEY --reason TEXT`.
///
/// Alerts are evaluated when asked (never stored), so what this prints is current; acknowledging one records who,
/// when and why, and keeps the alert in the list, marked.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "A patient's safety alerts, and acknowledging one.",
        discussion: "The rule set is documented in docs/safety-rules.md.",
        subcommands: [AlertsListCommand.self, AlertsAckCommand.self],
        defaultSubcommand: AlertsListCommand.self)
}
