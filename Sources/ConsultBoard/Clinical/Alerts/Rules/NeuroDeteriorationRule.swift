import Foundation

/// Neurological deterioration between consecutive ISNCSCI exams: an urgent alert for spine surgery and neurology.
///
/// Sources: the International Standards for Neurological Classification of Spinal Cord Injury (ISNCSCI), revised
/// 2019: Rupp R, Biering-Sørensen F, Burns SP, et al. Top Spinal Cord Inj Rehabil 2021;27(2):1-22 (AIS grade, upper
/// and lower extremity motor scores); the deterioration itself is found by `ISNCSCITrend.deteriorations` (AIS grade
/// certainly lower, or UEMS + LEMS down by 4 points or more; docs/isncsci.md). New or worsening deficit after
/// spinal cord injury calls for urgent assessment and imaging for compression, haematoma or ischaemia (AANS/CNS
/// Guidelines for the management of acute cervical spine and spinal cord injuries, Neurosurgery 2013;72 Suppl 2).
struct NeuroDeteriorationRule: SafetyRule {
    let id = "neuro-deterioration"
    let version = 1
    let severity = AlertSeverity.urgent
    let title = "Neurological deterioration on ISNCSCI"
    let checks =
        "Two consecutive ISNCSCI exams in which the AIS grade certainly fell (every grade the later exam allows is below every grade the earlier one allows) or the motor score (UEMS + LEMS) fell by 4 points or more, while the later exam is the patient's latest exam or was taken in the last 7 days."
    let source =
        "ISNCSCI 2019 (Rupp R et al., Top Spinal Cord Inj Rehabil 2021;27(2):1-22); ISNCSCITrend (docs/isncsci.md); AANS/CNS acute cervical spine and spinal cord injury guidelines, Neurosurgery 2013;72 Suppl 2"
    let notify: [Service] = [.spineSurgery, .neurology]
    /// How long a deterioration stays current once a newer exam has been recorded.
    static let window: TimeInterval = 7 * 24 * 3600

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let exams = facts.neuro.exams.map(\.exam)
        let latest = exams.last?.id
        return facts.neuro.deteriorations.filter { change in
            change.toExam == latest || facts.now.timeIntervalSince(change.toAt) <= Self.window
        }.map { change in
            let examiners = [change.fromExam, change.toExam].compactMap { id in
                exams.first { $0.id == id }.map {
                    ShownText.tr("alert.neuroDeterioration.exam", ["id": "\($0.id)", "time": "\(facts.time($0.at))", "by": "\(Sanitizer.line($0.examinedBy))"])
                }
            }
            return alert(
                message: .tr("alert.neuroDeterioration.message", ["change": change.text]),
                data: [change.text] + examiners,
                triggering: [change.fromExam, change.toExam])
        }
    }
}
