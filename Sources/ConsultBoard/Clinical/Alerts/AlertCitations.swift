import Foundation

/// The records an alert cites, as data lines in the reader's language. The English forms are word for word the
/// `citation` strings other programs read (`--json`).
extension ClinicalFacts {
    /// "creatinine 250 umol/L (L-3, 2026-11-24 06:00): eGFR 18 ...".
    func citationText(_ estimate: CreatinineEstimate) -> ShownText {
        let estimates = estimate.estimates.isEmpty ? "" : ": " + estimate.estimates
        let when: ShownText = estimate.sample.id.map { "\($0), \(time(estimate.sample.at))" } ?? "\(time(estimate.sample.at))"
        return .tr("alert.cite.creatinine", ["value": "\(estimate.sample.creatinine.formatted)", "when": when, "estimates": "\(estimates)"])
    }

    /// "order O-12: MRI C-spine (active, imaging, 2026-11-24 09:00)".
    func orderText(_ order: Order, text: String? = nil) -> ShownText {
        .tr("alert.cite.orderFull", [
            "id": "\(order.id)", "text": "\(Sanitizer.line(text ?? order.headline))", "status": order.status.shownText,
            "service": order.service.shownText, "time": "\(time(order.orderedAt))",
        ])
    }
}

extension MedicationOrder {
    /// "order O-192: enoxaparin 60 mg SC q12h (active)".
    var citationText: ShownText {
        .tr("alert.cite.order", ["id": "\(order.id)", "text": "\(Sanitizer.line(order.headline))", "status": order.status.shownText])
    }
}
