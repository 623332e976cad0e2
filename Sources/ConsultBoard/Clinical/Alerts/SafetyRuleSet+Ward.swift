import Foundation

extension SafetyRuleSet {
    /// This set with the ward's numbers in the rules that take them: the SCI thresholds (autonomic dysreflexia,
    /// MAP target, FVC) and the consult clock (consult overdue). When a ward file changes a rule's numbers the
    /// set's version says so ("2026.6 + ward sci-thresholds.json"), and the rule's alerts carry a line naming the
    /// ward setting they used.
    public func configured(by settings: WardSettings) -> SafetyRuleSet {
        var files: [String] = []
        if settings.sciThresholds.isWardSet { files.append("sci-thresholds.json") }
        if settings.consultClock != .shipped { files.append("consult-clock.json") }
        return SafetyRuleSet(
            version: files.isEmpty ? version : "\(version) + ward \(files.joined(separator: ", "))",
            rules: rules.map { $0.configured(by: settings) })
    }
}

// The rules that take ward numbers.

/// A rule that reads the SCI thresholds (autonomic dysreflexia, MAP target, FVC): it takes the ward's by conforming.
protocol SCIThresholdRule: SafetyRule {
    var thresholds: SCIThresholds { get set }
}

extension SCIThresholdRule {
    func configured(by settings: WardSettings) -> any SafetyRule {
        var rule = self
        rule.thresholds = settings.sciThresholds
        return rule
    }
}

extension AutonomicDysreflexiaRule: SCIThresholdRule {}
extension MAPTargetRule: SCIThresholdRule {}
extension FVCDeclineRule: SCIThresholdRule {}

extension ConsultOverdueRule {
    func configured(by settings: WardSettings) -> any SafetyRule {
        var rule = self
        rule.clock = settings.consultClock
        return rule
    }
}
