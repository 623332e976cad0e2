import Foundation

/// A live medication order whose drug the terminology does not know: no safety rule can check it, and the ward
/// must see that rather than believe the silence.
struct UnrecognisedMedicationRule: SafetyRule {
    let id = "unrecognised-medication"
    let version = 1
    let severity = AlertSeverity.info
    let title = "Unrecognised medication: no safety checks"
    let checks =
        "A live medication order whose drug field and text name no drug of the terminology (built-in or the ward's extension). One alert per order."
    let source = "ConsultBoard terminology (docs/safety-rules.md): a miss is made visible, never silent"
    let notify: [Service] = [.pharmacy]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        facts.unrecognisedMedications.map { order in
            alert(
                message: .tr("alert.unrecognisedMedication.message", ["id": "\(order.id)"]),
                data: [.tr("alert.unrecognisedMedication.order", [
                    "order": .tr("alert.allergy.order", [
                        "id": "\(order.id)", "text": "\(Sanitizer.line(order.headline))", "status": order.status.shownText, "service": order.service.shownText,
                    ]),
                    "version": "\(facts.terminology.version)",
                ])],
                triggering: [order.id], alsoNotify: [order.service])
        }
    }
}
