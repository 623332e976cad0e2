import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board alerts [list] MRN [--json]`: the patient's current alerts, open ones first.
struct AlertsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Show a patient's current safety alerts (the default of `alerts`).")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Flag(help: "Print a JSON object instead of text.")
    var json = false

    /// One alert in the JSON document.
    struct AlertOutput: Encodable {
        var key: String
        var rule: String
        var ruleVersion: Int
        var severity: String
        var message: String
        var data: [String]
        var triggeringRecords: [String]
        var supportingRecords: [String]
        var notify: [String]
        var acknowledged: Bool
        var acknowledgement: Acknowledgement?

        struct Acknowledgement: Encodable {
            var id: String
            var by: String
            var at: Date
            var reason: String
        }

        enum CodingKeys: String, CodingKey {
            case key, rule, ruleVersion, severity, message, data, triggeringRecords, supportingRecords, notify,
                acknowledged, acknowledgement
        }

        init(_ alert: Alert) {
            key = alert.key
            rule = alert.ruleID
            ruleVersion = alert.ruleVersion
            severity = alert.severity.rawValue
            message = alert.message
            data = alert.data
            triggeringRecords = alert.triggeringRecords
            supportingRecords = alert.supportingRecords
            notify = alert.notify.map(\.rawValue)
            acknowledged = !alert.isOpen
            acknowledgement = alert.acknowledgement.map {
                Acknowledgement(id: $0.id, by: $0.by, at: $0.at, reason: $0.reason)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key)
            try c.encode(rule, forKey: .rule)
            try c.encode(ruleVersion, forKey: .ruleVersion)
            try c.encode(severity, forKey: .severity)
            try c.encode(message, forKey: .message)
            try c.encode(data, forKey: .data)
            try c.encode(triggeringRecords, forKey: .triggeringRecords)
            try c.encode(supportingRecords, forKey: .supportingRecords)
            try c.encode(notify, forKey: .notify)
            try c.encode(acknowledged, forKey: .acknowledged)
            try c.encode(acknowledgement, forKey: .acknowledgement)  // null while open
        }
    }

    struct Output: Encodable {
        var mrn: String
        var ruleSet: String
        var asOf: Date
        var open: Int
        var alerts: [AlertOutput]
    }

    func run() throws {
        let store = try options.store()
        let record = try options.loadRecord(mrn, from: store)
        let now = BoardJSON.wholeSeconds(Date())
        let summary = ClinicalSummary.of(record, now: now, rules: try options.wardSettings(of: store).safetyRules)
        // Open alerts first, each group most severe first (the summary's order).
        let alerts = summary.openAlerts + summary.acknowledgedAlerts
        if json {
            try JSONOutput.print(Output(
                mrn: record.mrn, ruleSet: summary.ruleSetVersion, asOf: now, open: summary.openAlerts.count,
                alerts: alerts.map(AlertOutput.init)))
            return
        }
        let name = Sanitizer.line(record.patient.name)
        guard !alerts.isEmpty else {
            print(tr("cli.alerts.none", ["mrn": record.mrn, "name": name, "rules": summary.ruleSetVersion]))
            return
        }
        print(tr("cli.alerts.counts", ["mrn": record.mrn, "name": name, "open": String(summary.openAlerts.count), "acknowledged": String(summary.acknowledgedAlerts.count), "rules": summary.ruleSetVersion]))
        for alert in alerts {
            print("")
            print(Self.text(alert))
        }
    }

    /// One alert as text: a heading line, the message, the data, who to notify, the key to acknowledge it by.
    static func text(_ alert: Alert) -> String {
        var lines = ["\(alert.severity.shownWord) \(alert.ruleID) v\(alert.ruleVersion)"]
        if let ack = alert.acknowledgement {
            lines[0] += tr("cli.alerts.acknowledged", ["by": Sanitizer.line(ack.by), "time": ClinicalTime.format(ack.at, in: .current), "reason": Sanitizer.line(ack.reason)])
        } else {
            lines[0] += tr("cli.alerts.open")
        }
        // The reader's words (`--json` keeps the English `message` and `data`), sanitised as every shown line is.
        lines.append("  \(alert.shownMessage)")
        lines += alert.shownData.map { "  - \($0)" }
        lines.append(tr("cli.alerts.notify", ["whom": alert.notify.map(\.shown).joined(separator: tr("text.enumeration"))]))
        lines.append(tr("cli.alerts.key", ["key": alert.key]))
        return lines.joined(separator: "\n")
    }
}
