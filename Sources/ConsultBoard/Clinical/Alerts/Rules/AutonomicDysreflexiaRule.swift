import Foundation

/// Autonomic dysreflexia: in injury at T6 or above, a systolic pressure 20 mmHg or more above the patient's own
/// baseline. Urgent: a hypertensive crisis that can cause seizures, stroke and death within minutes.
///
/// Source: Consortium for Spinal Cord Medicine. Acute management of autonomic dysreflexia: individuals with spinal
/// cord injury presenting to health-care facilities. 2nd ed. Washington DC: Paralyzed Veterans of America; 2001
/// (a rise of 20-40 mmHg above baseline in adults; usual resting systolic 90-110 mmHg at T6 and above; the first
/// steps below). The injury level comes from `InjuryLevel`; the baseline from `SystolicBaseline` (which says
/// which baseline it used).
struct AutonomicDysreflexiaRule: SafetyRule {
    let id = "autonomic-dysreflexia"
    let version = 1
    let severity = AlertSeverity.urgent
    let title = "Autonomic dysreflexia (SBP 20 mmHg above baseline, injury at T6 or above)"
    let checks =
        "Injury at T6 or above (latest ISNCSCI neurological level, else the diagnosis) and a systolic pressure of the last 24 hours 20 mmHg or more above the patient's baseline: the median of the 7 days before it (leaving out the last hour, at least 3 readings), else 110 mmHg."
    let source =
        "Consortium for Spinal Cord Medicine, Acute management of autonomic dysreflexia, 2nd ed., Paralyzed Veterans of America 2001"
    let notify: [Service] = [.ward, .rehabilitation]
    var thresholds = SCIThresholds.shipped
    /// The numbers of `SCIThresholds` this rule reads (named in its alerts when the ward set them).
    static let thresholdKeys = ["dysreflexiaRise", "baselineDays", "baselineGapHours", "baselineMinimumReadings", "fallbackBaseline", "dysreflexiaWindowHours"]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        guard let level = InjuryLevel.of(facts.record, neuro: facts.neuro), level.isT6OrAbove else { return [] }
        let series = facts.record.labs(named: "systolic-bp")
        guard let latest = series.last,
            facts.now.timeIntervalSince(latest.at) <= thresholds.dysreflexiaWindowHours * 3600
        else { return [] }
        // The highest reading of the window is the one that matters; each is judged against its own baseline.
        let recent = series.filter { facts.now.timeIntervalSince($0.at) <= thresholds.dysreflexiaWindowHours * 3600 && $0.at <= facts.now }
        let judged = recent.map { ($0, SystolicBaseline.before($0, in: series, thresholds: thresholds, time: facts.time)) }
        guard let (reading, baseline) = judged.filter({ $0.0.value - $0.1.value >= thresholds.dysreflexiaRise })
            .max(by: { $0.0.value - $0.1.value < $1.0.value - $1.1.value })
        else { return [] }
        let rise = reading.value - baseline.value
        let ward = thresholds.wardLineText(for: Self.thresholdKeys).map { [$0] } ?? []
        return [alert(
            message: .tr("alert.autonomicDysreflexia.message", [
                "systolic": "\(ClinicalNumber.plain(reading.value))", "rise": "\(ClinicalNumber.format(rise, maxDecimals: 0))", "level": "\(level.name)",
            ]),
            data: [
                .tr("alert.data.systolic", ["value": "\(ClinicalNumber.plain(reading.value))", "id": "\(reading.id)", "time": "\(facts.time(reading.at))"]),
                .tr("alert.data.baseline", ["baseline": baseline.text]),
                .tr("alert.data.injuryLevel", ["level": "\(level.name)", "basis": level.basisText]),
            ] + ward,
            triggering: [reading.id])]
    }
}
