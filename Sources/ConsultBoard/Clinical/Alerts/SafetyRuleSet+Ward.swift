import Foundation

extension SafetyRuleSet {
    /// This set with the ward's numbers in the rules that take them: the SCI thresholds (autonomic dysreflexia,
    /// MAP target, FVC) and the consult clock (consult overdue). When a ward file changes a rule's numbers the
    /// set's version says so ("2026.6 + ward sci-thresholds.json"), and the rule's alerts carry a line naming the
    /// ward setting they used.
    public func configured(by settings: WardSettings) -> SafetyRuleSet {
        let configured: [any SafetyRule] = rules.map { rule in
            switch rule {
            case var rule as AutonomicDysreflexiaRule:
                rule.thresholds = settings.sciThresholds
                return rule
            case var rule as MAPTargetRule:
                rule.thresholds = settings.sciThresholds
                return rule
            case var rule as FVCDeclineRule:
                rule.thresholds = settings.sciThresholds
                return rule
            case var rule as ConsultOverdueRule:
                rule.clock = settings.consultClock
                return rule
            default:
                return rule
            }
        }
        var files: [String] = []
        if settings.sciThresholds.isWardSet { files.append("sci-thresholds.json") }
        if settings.consultClock != .shipped { files.append("consult-clock.json") }
        return SafetyRuleSet(version: files.isEmpty ? version : "\(version) + ward \(files.joined(separator: ", "))", rules: configured)
    }
}
