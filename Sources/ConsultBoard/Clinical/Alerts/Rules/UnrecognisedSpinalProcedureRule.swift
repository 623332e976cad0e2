import Foundation

/// A procedure ordered at a spinal site or level that the terminology does not know, while an antithrombotic is on
/// the chart: `anticoagulant-spinal-procedure` cannot tell whether it is a neuraxial puncture, a deep block or a
/// spine intervention, so the ward must see that it was not checked rather than believe the silence. (The index
/// case's facet block was such a procedure until terminology 2026.12.4 learnt its wording.)
struct UnrecognisedSpinalProcedureRule: SafetyRule {
    let id = "unrecognised-spinal-procedure"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Spinal procedure not recognised: no antithrombotic check"
    let checks =
        "A live procedure order whose text names a spinal site or level (腰椎, cervical spine, C5, L4/5...) but no procedure of the terminology, while a live antithrombotic that anticoagulant-spinal-procedure would time is on the chart (the same drugs; aspirin only together with another; line locks and flushes are not anticoagulation). One alert per procedure order."
    let source = "ConsultBoard terminology (docs/safety-rules.md): a miss is made visible, never silent; ASRA 2018 for what would be checked"
    let notify: [Service] = [.anesthesiology, .pharmacy]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let known = Set(facts.spinalProcedures.map(\.order.id))
        let unknown = facts.liveProcedures.filter { !known.contains($0.id) && facts.terminology.namesSpinalSite($0.text) }
        guard !unknown.isEmpty else { return [] }
        // The drugs anticoagulant-spinal-procedure would have timed: those it fires for, and beside them the ones
        // that count only in company (aspirin).
        let (alone, companions) = AnticoagulantSpinalProcedureRule.liveAntithrombotics(facts)
        guard !alone.isEmpty else { return [] }
        let atRisk = alone + companions
        return unknown.map { order in
            alert(
                message: .tr("alert.unrecognisedSpinalProcedure.message", [
                    "id": "\(order.id)", "drugs": atRisk.map { $0.0.drug.shownNameInSentence }.joined(.tr("text.comma")),
                ]),
                data: [facts.orderText(order)] + atRisk.map { $0.0.citationText },
                triggering: [order.id], supporting: atRisk.map { $0.0.order.id }, alsoNotify: [order.service])
        }
    }
}
