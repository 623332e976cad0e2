import Foundation

/// How urgently an alert needs someone.
public enum AlertSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Worth knowing; no action needed now.
    case info
    /// Act before the next dose, scan or procedure.
    case warning
    /// Act now: harm is imminent or happening.
    case urgent

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .urgent: 2
        }
    }

    public static func < (a: AlertSeverity, b: AlertSeverity) -> Bool { a.rank < b.rank }
}

/// A cross-consult safety alert: what a rule found in a patient's record, and who must hear of it.
///
/// Alerts are derived, never stored: the rule set evaluates the record whenever a view needs them, so every view is
/// current. Only acknowledgements are stored (`AlertAcknowledgement`), by `key`.
public struct Alert: Sendable, Equatable, Codable, Identifiable {
    /// The rule that raised it (`gadolinium-renal`).
    public var ruleID: String
    /// The version of the rule's definition that raised it.
    public var ruleVersion: Int
    public var severity: AlertSeverity
    /// What to do, in a sentence or two (sanitised: safe for terminals and documents).
    public var message: String
    /// The data that triggered it, one human-readable line each, with record ids (sanitised).
    public var data: [String]
    /// The records the alert is about (the orders, exams or fever episode): they make its key.
    public var triggeringRecords: [RecordID]
    /// Further records cited as evidence (the creatinine, the temperature...): these may change without making a
    /// new alert.
    public var supportingRecords: [RecordID]
    /// The services that must hear of it.
    public var notify: [Service]
    /// The rule id and the triggering records: `gadolinium-renal:O-12`, `anticoagulant-spinal-procedure:O-3+O-9`.
    /// Stable while the same records trigger the rule, so an acknowledgement keeps applying to it.
    public var key: String
    /// The acknowledgement on record for this key, if any (the latest).
    public var acknowledgement: AlertAcknowledgement?

    public var id: String { key }
    /// Not acknowledged yet: counted in the board's open-alert badges.
    public var isOpen: Bool { acknowledgement == nil }

    public init(
        ruleID: String, ruleVersion: Int, severity: AlertSeverity, message: String, data: [String],
        triggeringRecords: [RecordID], supportingRecords: [RecordID] = [], notify: [Service],
        acknowledgement: AlertAcknowledgement? = nil
    ) {
        self.ruleID = ruleID
        self.ruleVersion = ruleVersion
        self.severity = severity
        self.message = Sanitizer.line(message)
        self.data = data.map(Sanitizer.line)
        self.triggeringRecords = triggeringRecords
        self.supportingRecords = supportingRecords
        self.notify = notify
        self.key = Self.key(ruleID: ruleID, records: triggeringRecords)
        self.acknowledgement = acknowledgement
    }

    /// The key of an alert of `ruleID` triggered by `records` (in any order).
    public static func key(ruleID: String, records: [RecordID]) -> String {
        records.isEmpty ? ruleID : ruleID + ":" + Set(records).sorted().joined(separator: "+")
    }
}
