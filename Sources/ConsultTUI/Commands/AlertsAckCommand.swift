import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board alerts ack MRN ALERT_KEY --reason TEXT`: acknowledges a current alert (prints the record id).
struct AlertsAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge a patient's current alert, with the reason (kept in the audit trail).",
        discussion: "ALERT_KEY is the `key:` line of `consult-board alerts MRN`. An alert that is not current, or is already acknowledged, is refused.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Argument(help: ArgumentHelp("The alert's key, as `alerts MRN` prints it.", valueName: "alert-key"))
    var alertKey: String

    @Option(help: "Why the alert is acknowledged (what was done or decided); - reads standard input.")
    var reason: String

    func run() throws {
        try options.submit(.acknowledgeAlert(AcknowledgeAlert(
            mrn: mrn, alertKey: alertKey, reason: try CLIInput.text(reason, field: "reason"))))
    }
}
