import Foundation

/// Orthostatic hypotension on mobilisation: the latest standing (or tilt) pressure of the last 24 hours fell by
/// 20 mmHg systolic or 10 mmHg diastolic or more from the lying pressure before it (`OrthostaticHypotension`).
struct OrthostaticHypotensionRule: SafetyRule {
    let id = "orthostatic-hypotension"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Orthostatic hypotension on mobilisation"
    let checks =
        "The latest standing or tilt blood pressure of the last 24 h is 20 mmHg systolic or 10 mmHg diastolic or more below the lying pressure taken up to 15 minutes before it."
    let source =
        "Freeman R et al., Clin Auton Res 2011;21:69-72 (consensus definition); Krassioukov A et al., Arch Phys Med Rehabil 2009;90:876-85 (after spinal cord injury)"
    let notify: [Service] = [.ward, .rehabilitation]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        guard let latest = OrthostaticHypotension.tests(facts.record).last(where: { $0.standing.at <= facts.now }),
            latest.standing.at >= facts.now.addingTimeInterval(-24 * 3600), latest.isOrthostaticHypotension
        else { return [] }
        let systolic: ShownText = "\(ClinicalNumber.plain(latest.systolicFall))"
        let fall: ShownText = latest.diastolicFall.map { diastolic in
            .tr("alert.orthostatic.fallBoth", ["systolic": systolic, "diastolic": "\(ClinicalNumber.plain(diastolic))"])
        } ?? .tr("alert.orthostatic.fallSystolic", ["systolic": systolic])
        return [alert(
            message: .tr("alert.orthostatic.message", ["fall": fall]),
            data: [
                "lying \(ClinicalNumber.plain(latest.lying.value)) mmHg (\(latest.lying.id), \(facts.time(latest.lying.at)))",
                "standing/tilt \(ClinicalNumber.plain(latest.standing.value)) mmHg (\(latest.standing.id), \(facts.time(latest.standing.at)))",
            ],
            triggering: [latest.standing.id], supporting: [latest.lying.id])]
    }
}
