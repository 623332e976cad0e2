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
    /// What to do, in a sentence or two, in English (sanitised: safe for terminals and documents): what `--json`
    /// and other programs read. People read `shownMessage`.
    public var message: String
    /// The data that triggered it, one human-readable line each, with record ids, in English (sanitised).
    public var data: [String]
    /// The message as the rule built it, words to be chosen in the reader's language (not stored, not encoded).
    public var text: ShownText
    /// The data lines as the rule built them.
    public var dataText: [ShownText]
    /// The records the alert is about (the orders, exams or fever episode): they make its key.
    public var triggeringRecords: [RecordID]
    /// Further records cited as evidence (the creatinine, the temperature...): these may change without making a
    /// new alert.
    public var supportingRecords: [RecordID]
    /// The services that must hear of it.
    public var notify: [Service]
    private enum CodingKeys: String, CodingKey {
        case ruleID, ruleVersion, severity, message, data, triggeringRecords, supportingRecords, notify, key, acknowledgement
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ruleID = try c.decode(String.self, forKey: .ruleID)
        ruleVersion = try c.decode(Int.self, forKey: .ruleVersion)
        severity = try c.decode(AlertSeverity.self, forKey: .severity)
        message = try c.decode(String.self, forKey: .message)
        data = try c.decode([String].self, forKey: .data)
        triggeringRecords = try c.decode([RecordID].self, forKey: .triggeringRecords)
        supportingRecords = try c.decode([RecordID].self, forKey: .supportingRecords)
        notify = try c.decode([Service].self, forKey: .notify)
        key = try c.decode(String.self, forKey: .key)
        acknowledgement = try c.decodeIfPresent(AlertAcknowledgement.self, forKey: .acknowledgement)
        // An alert read back has only its English words.
        text = .plain(message)
        dataText = data.map { .plain($0) }
    }

    /// The rule id and the triggering records: `gadolinium-renal:O-12`, `anticoagulant-spinal-procedure:O-3+O-9`.
    /// Stable while the same records trigger the rule, so an acknowledgement keeps applying to it.
    public var key: String
    /// The acknowledgement on record for this key, if any (the latest).
    public var acknowledgement: AlertAcknowledgement?

    public var id: String { key }
    /// The message in the language of the moment (sanitised).
    public var shownMessage: String { Sanitizer.line(text.shown) }
    /// The data lines in the language of the moment (sanitised).
    public var shownData: [String] { dataText.map { Sanitizer.line($0.shown) } }
    /// Not acknowledged yet: counted in the board's open-alert badges.
    public var isOpen: Bool { acknowledgement == nil }

    public init(
        ruleID: String, ruleVersion: Int, severity: AlertSeverity, message: ShownText, data: [ShownText],
        triggeringRecords: [RecordID], supportingRecords: [RecordID] = [], notify: [Service],
        acknowledgement: AlertAcknowledgement? = nil
    ) {
        self.ruleID = ruleID
        self.ruleVersion = ruleVersion
        self.severity = severity
        self.text = message
        self.dataText = data
        self.message = Sanitizer.line(message.english)
        self.data = data.map { Sanitizer.line($0.english) }
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
