import Foundation

/// One rule of the safety rule set: what it checks, how severe, whom to tell, and the published source it
/// follows. A rule is a pure function of the patient's `ClinicalFacts`.
///
/// To change what a rule checks, raise its `version` and record the change in docs/safety-rules.md.
public protocol SafetyRule: Sendable {
    /// Stable id (part of every alert key; never reuse one for a different check).
    var id: String { get }
    var version: Int { get }
    var severity: AlertSeverity { get }
    /// A short name for lists ("Gadolinium with eGFR < 30 or AKI").
    var title: String { get }
    /// What the rule checks, in a sentence.
    var checks: String { get }
    /// The published source it follows.
    var source: String { get }
    /// The services every alert of the rule notifies (alerts may add the ordering service).
    var notify: [Service] { get }

    func evaluate(_ facts: ClinicalFacts) -> [Alert]

    /// This rule with the ward's numbers, for a rule that takes any (see `SafetyRuleSet.configured(by:)`).
    func configured(by settings: WardSettings) -> any SafetyRule
}

extension SafetyRule {
    /// Most rules take no ward numbers: the rule as it is.
    public func configured(by settings: WardSettings) -> any SafetyRule { self }

    /// An alert of this rule.
    func alert(
        message: ShownText, data: [ShownText], triggering: [RecordID], supporting: [RecordID] = [],
        alsoNotify: [Service] = [], severity: AlertSeverity? = nil
    ) -> Alert {
        var services = notify
        for service in alsoNotify where !services.contains(service) { services.append(service) }
        return Alert(
            ruleID: id, ruleVersion: version, severity: severity ?? self.severity, message: message, data: data,
            triggeringRecords: triggering, supportingRecords: supporting, notify: services)
    }
}

extension SafetyRule {
    /// An alert whose data lines are values shown as they are in every language.
    func alert(
        message: ShownText, data: [String], triggering: [RecordID], supporting: [RecordID] = [],
        alsoNotify: [Service] = [], severity: AlertSeverity? = nil
    ) -> Alert {
        alert(
            message: message, data: data.map { ShownText.plain($0) }, triggering: triggering, supporting: supporting,
            alsoNotify: alsoNotify, severity: severity)
    }
}

extension String {
    /// The text with its first letter upper-cased ("enoxaparin" -> "Enoxaparin"), for the start of a sentence.
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
