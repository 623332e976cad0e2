import Foundation

/// Respiratory failure risk in cervical spinal cord injury: forced vital capacity below 15 mL/kg, or fallen by
/// 30 % or more from the best value of the last 7 days.
///
/// Sources: Consortium for Spinal Cord Medicine, Respiratory management following spinal cord injury, J Spinal
/// Cord Med 2005;28:259-93 (serial vital capacity; below 15 mL/kg consider ventilatory support); Lawn ND et al.,
/// Anticipating mechanical ventilation in Guillain-Barré syndrome, Arch Neurol 2001;58:893-8 (a fall of 30 % in
/// vital capacity predicts respiratory failure in neuromuscular weakness). Numbers: `SCIThresholds`.
struct FVCDeclineRule: SafetyRule {
    let id = "fvc-decline"
    let version = 1
    let severity = AlertSeverity.urgent
    let title = "FVC low or falling in cervical cord injury"
    let checks =
        "Cervical cord injury (C1-C8) and the latest FVC below 15 mL/kg (when the weight is recorded) or 30 % or more below the best FVC of the 7 days before it."
    let source =
        "Consortium for Spinal Cord Medicine, Respiratory management following spinal cord injury, J Spinal Cord Med 2005;28:259-93; Lawn ND et al., Arch Neurol 2001;58:893-8"
    let notify: [Service] = [.ward, .anesthesiology]
    var thresholds = SCIThresholds.shipped
    /// The numbers of `SCIThresholds` this rule reads (named in its alerts when the ward set them).
    static let thresholdKeys = ["fvcMillilitresPerKg", "fvcDeclineFraction", "fvcDays"]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        guard let level = InjuryLevel.of(facts.record, neuro: facts.neuro), level.isCervical else { return [] }
        let series = facts.record.labs(named: "fvc").filter { $0.at <= facts.now }
        guard let latest = series.last else { return [] }
        var reasons: [ShownText] = []
        var data: [ShownText] = [.tr("alert.fvc.latest", ["value": "\(ClinicalNumber.plain(latest.value))", "when": facts.recordTime(latest.id, latest.at)])]
        if let weight = facts.record.patient.weightKg, weight > 0 {
            let perKg = latest.value / weight
            data.append(.tr("alert.fvc.perKg", ["value": "\(ClinicalNumber.format(perKg, maxDecimals: 1))", "weight": "\(ClinicalNumber.plain(weight))"]))
            if perKg < thresholds.fvcMillilitresPerKg {
                reasons.append(.tr("alert.fvc.belowPerKg", ["threshold": "\(ClinicalNumber.plain(thresholds.fvcMillilitresPerKg))"]))
            }
        } else {
            data.append(.tr("alert.fvc.noWeight"))
        }
        let start = latest.at.addingTimeInterval(-thresholds.fvcDays * 86400)
        var supporting: [RecordID] = []
        if let best = series.filter({ $0.at >= start && $0.at < latest.at }).max(by: { $0.value < $1.value }), best.value > 0 {
            let fall = (best.value - latest.value) / best.value
            if fall >= thresholds.fvcDeclineFraction {
                reasons.append(.tr("alert.fvc.fallFromBest", [
                    "fall": "\(ClinicalNumber.format(fall * 100, maxDecimals: 0))", "days": "\(ClinicalNumber.plain(thresholds.fvcDays))",
                ]))
                data.append(.tr("alert.fvc.best", ["value": "\(ClinicalNumber.plain(best.value))", "when": facts.recordTime(best.id, best.at)]))
                supporting.append(best.id)
            }
        }
        guard !reasons.isEmpty else { return [] }
        data.append(.tr("alert.data.injuryLevel", ["level": "\(level.name)", "basis": level.basisText]))
        if let ward = thresholds.wardLineText(for: Self.thresholdKeys) { data.append(ward) }
        return [alert(
            message: .tr("alert.fvc.message", ["value": "\(ClinicalNumber.plain(latest.value))", "reasons": reasons.joined(.tr("alert.and"))]),
            data: data, triggering: [latest.id], supporting: supporting)]
    }
}
