import Foundation

/// What the person entering an order must hear at once (the CLI's stderr warning): an unrecognised drug
/// (recorded, but no safety checks), contrast in the text that the contrast field denies, a conflict with the
/// patient's allergies, an antithrombotic beside a spinal procedure (either order entered second: the ASRA
/// intervals), and a procedure at a spinal site that no rule could check. The alerts themselves stay on the
/// patient (TUI, `alerts`, handoff) until acknowledged.
public enum OrderEntryCheck {
    /// The rules whose alerts are said at entry.
    public static let entryRules: Set<String> = [
        "unrecognised-medication", "imaging-contrast-contradiction", "allergy-conflict", "anticoagulant-spinal-procedure",
        "unrecognised-spinal-procedure",
    ]

    /// One line each, most important first.
    public static func warnings(
        for orderID: RecordID, in record: PatientRecord, now: Date, timeZone: TimeZone = .current,
        terminology: Terminology = .active
    ) -> [String] {
        guard record.orders.contains(where: { $0.id == orderID }) else { return [] }
        var lines: [String] = []
        let alerts = SafetyRuleSet.current.evaluate(record, now: now, timeZone: timeZone, terminology: terminology)
            .filter { entryRules.contains($0.ruleID) && $0.triggeringRecords.contains(orderID) && $0.isOpen }
        for alert in alerts { lines.append(line(alert)) }
        return lines
    }

    /// An alert as a warning line, in the reader's words: "warning alert allergy-conflict:O-9: ..." in English (as
    /// scripts have always read it), "警告警示 allergy-conflict:O-9：..." in Chinese.
    public static func line(_ alert: Alert) -> String {
        tr("cli.warning.alert", [
            "severity": Localisation.language == .english ? alert.severity.rawValue : alert.severity.shownWord,
            "key": alert.key, "message": alert.shownMessage,
        ])
    }
}
