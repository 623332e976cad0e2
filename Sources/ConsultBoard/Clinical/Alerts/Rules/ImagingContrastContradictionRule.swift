import Foundation

/// An imaging order whose text says contrast ("增强", "enhanced", "with contrast", "钆", an agent's name) while its
/// contrast field says none, or names another kind of contrast. The other rules treat the text as contrast
/// (`ContrastReading`); this alert asks for the order to be corrected.
struct ImagingContrastContradictionRule: SafetyRule {
    let id = "imaging-contrast-contradiction"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Imaging order: text and contrast field disagree"
    let checks =
        "A live imaging order whose text names contrast (enhanced, with contrast, 增强, 钆, an agent) while --contrast is none, or names gadolinium while the field says iodinated (or the reverse)."
    let source = "ACR Manual on Contrast Media 2024 (contrast screening needs the agent known); ConsultBoard terminology"
    let notify: [Service] = [.imaging]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        facts.record.orders.compactMap { order in
            guard order.status.isLive, let reading = ContrastReading.of(order, terminology: facts.terminology),
                let said = reading.textSays, reading.contradicts
            else { return nil }
            let field = order.imaging?.contrast.rawValue ?? "none"
            return alert(
                message: .tr("alert.contrastContradiction.message", [
                    "id": "\(order.id)", "field": "\(field)", "said": "\(said.term)", "effective": "\(reading.effective.rawValue)",
                ]),
                data: [facts.orderText(order, text: order.text)],
                triggering: [order.id], alsoNotify: [order.service])
        }
    }
}
