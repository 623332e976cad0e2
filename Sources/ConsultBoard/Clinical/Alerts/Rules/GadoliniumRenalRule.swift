import Foundation

/// Gadolinium contrast ordered while eGFR is below 30 or AKI is present.
///
/// Source: ACR-NKF consensus: Weinreb JC, Rodby RA, Yee J, et al. Use of intravenous gadolinium-based contrast
/// media in patients with kidney disease: consensus statements from the American College of Radiology and the
/// National Kidney Foundation. Radiology 2021;298:28-35. For patients with eGFR < 30 mL/min/1.73 m², on dialysis,
/// or with AKI, use a group II agent when contrast is needed, at the lowest diagnostic dose, after weighing the
/// indication; do not withhold needed imaging.
struct GadoliniumRenalRule: SafetyRule {
    let id = "gadolinium-renal"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Gadolinium contrast with eGFR < 30 or AKI"
    let checks =
        "A live imaging order (draft, active, on hold) with gadolinium contrast while the latest CKD-EPI 2021 eGFR is below 30 mL/min/1.73 m² or KDIGO AKI (any stage, or renal replacement therapy) is present."
    let source = "ACR-NKF consensus 2020: Weinreb JC et al., Radiology 2021;298:28-35"
    let notify: [Service] = [.imaging, .nephrology]
    static let eGFRThreshold = 30.0

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let renal = facts.renal
        let lowEGFR = renal.latestEGFR.map { $0 < Self.eGFRThreshold } ?? false
        guard lowEGFR || renal.aki.isAKI else { return [] }

        var reasons: [String] = []
        var supporting: [RecordID] = []
        if lowEGFR, let latest = renal.latest, let eGFR = latest.eGFR {
            reasons.append("latest \(facts.citation(latest)); eGFR \(ClinicalNumber.format(eGFR, maxDecimals: 1)) is below 30")
            supporting += [latest.sample.id].compactMap { $0 }
        }
        if renal.aki.isAKI {
            reasons.append(renal.aki.summary(timeZone: facts.timeZone))
            supporting += [renal.aki.trigger?.id, renal.aki.baseline?.id, renal.aki.renalReplacementTherapy?.orderID].compactMap { $0 }
        }
        let condition = [lowEGFR ? "eGFR < 30" : nil, renal.aki.isAKI ? "AKI stage \(renal.aki.stage)" : nil]
            .compactMap { $0 }.joined(separator: " and ")

        return facts.record.orders.filter { order in
            order.kind == .imaging && order.status.isLive && order.imaging?.contrast == .gadolinium
        }.map { order in
            let named = ClinicalTerms.groupIIGadolinium.firstMatch(in: order.text)
            let agent = named.map { "a group II agent is named (\($0)); confirm it, " }
                ?? "use a group II agent (gadobutrol, gadoterate, gadoteridol or gadobenate), "
            return alert(
                message: "Gadolinium contrast with \(condition): \(agent)give the lowest diagnostic dose, and document the indication (why non-contrast imaging will not do). Do not delay imaging that is needed.",
                data: ["order \(order.id): \(Sanitizer.line(order.headline)) (\(order.status.rawValue), \(order.service.label), \(facts.time(order.orderedAt)))"] + reasons,
                triggering: [order.id], supporting: supporting, alsoNotify: [order.service])
        }
    }
}
