import Foundation

/// MAP below the target in the first days after acute spinal cord injury: spinal cord perfusion is the one
/// treatment shown to matter then.
///
/// Sources: Kwon BK et al., A clinical practice guideline for the management of patients with acute spinal cord
/// injury: recommendations on hemodynamic management, Global Spine J 2024;14(3 Suppl):187S-211S (AO Spine/Praxis:
/// MAP at least 75-80 mmHg, not above 90-95 mmHg, for 3-7 days); Ryken TC et al., The acute cardiopulmonary
/// management of patients with cervical spinal cord injuries, Neurosurgery 2013;72 Suppl 2:84-92 (AANS/CNS:
/// 85-90 mmHg for the first 7 days). The ward's numbers are `SCIThresholds` (shipped: 80 mmHg, 7 days).
struct MAPTargetRule: SafetyRule {
    let id = "map-target"
    /// 2: counts from the injury time when one is recorded.
    let version = 2
    let severity = AlertSeverity.urgent
    let title = "MAP below target after acute spinal cord injury"
    let checks =
        "A cord injury (diagnosis or ISNCSCI level), within 7 days of the injury (of admission when no injury time is recorded), whose latest MAP (from a systolic and diastolic pair) is below 80 mmHg."
    let source =
        "AO Spine/Praxis 2024 (Kwon BK et al., Global Spine J 2024;14(3 Suppl):187S-211S); AANS/CNS 2013 (Ryken TC et al., Neurosurgery 2013;72 Suppl 2:84-92)"
    let notify: [Service] = [.ward, .spineSurgery, .anesthesiology]
    var thresholds = SCIThresholds.shipped
    /// The numbers of `SCIThresholds` this rule reads (named in its alerts when the ward set them).
    static let thresholdKeys = ["mapLowerLimit", "mapUpperLimit", "mapDays"]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let patient = facts.record.patient
        // Counted from the injury when it is recorded; else from admission (later than the injury in a transfer).
        let start = patient.injuredAt ?? patient.admittedAt
        guard let level = InjuryLevel.of(facts.record, neuro: facts.neuro),
            facts.now.timeIntervalSince(start) <= thresholds.mapDays * 86400,
            let latest = MeanArterialPressure.series(facts.record).last(where: { $0.at <= facts.now }),
            latest.value < thresholds.mapLowerLimit
        else { return [] }
        let day = Int((facts.now.timeIntervalSince(start) / 86400).rounded(.down)) + 1
        let counted: ShownText = patient.injuredAt.map { .tr("alert.map.dayOfInjury", ["day": "\(day)", "time": "\(facts.time($0))"]) }
            ?? .tr("alert.map.dayOfAdmission", ["day": "\(day)", "time": "\(facts.time(patient.admittedAt))"])
        let target = "\(ClinicalNumber.plain(thresholds.mapLowerLimit))-\(ClinicalNumber.plain(thresholds.mapUpperLimit)) mmHg"
        return [alert(
            message: .tr("alert.map.message", [
                "value": "\(ClinicalNumber.format(latest.value, maxDecimals: 0))", "target": "\(target)",
                "days": "\(ClinicalNumber.plain(thresholds.mapDays))",
            ]),
            data: [
                .tr("alert.map.reading", [
                    "value": "\(ClinicalNumber.plain(latest.value.rounded()))", "systolic": "\(ClinicalNumber.plain(latest.systolic.value))",
                    "diastolic": "\(ClinicalNumber.plain(latest.diastolic.value))", "ids": "\(latest.systolic.id)/\(latest.diastolic.id)",
                    "time": "\(facts.time(latest.at))",
                ]),
                counted,
                .tr("alert.data.injuryLevel", ["level": "\(level.name)", "basis": level.basisText]),
            ] + (thresholds.wardLineText(for: Self.thresholdKeys).map { [$0] } ?? []),
            triggering: [latest.systolic.id, latest.diastolic.id])]
    }
}
