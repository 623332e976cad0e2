import Foundation

/// Gadolinium contrast ordered while eGFR is below 30, AKI is present, or the patient is on dialysis.
///
/// Sources: ACR-NKF consensus: Weinreb JC, Rodby RA, Yee J, et al. Use of intravenous gadolinium-based contrast
/// media in patients with kidney disease. Radiology 2021;298:28-35: with eGFR < 30 mL/min/1.73 m², dialysis or AKI,
/// use a group II agent at the lowest diagnostic dose after weighing the indication; do not withhold needed
/// imaging; patients on haemodialysis should be dialysed soon after. ACR Manual on Contrast Media 2024: group I
/// agents (gadodiamide, gadopentetate, gadoversetamide) are contraindicated in these patients (also their US
/// labels). The agent and its group come from the terminology; contrast is read from the field and the text.
struct GadoliniumRenalRule: SafetyRule {
    let id = "gadolinium-renal"
    let version = 3
    let severity = AlertSeverity.warning
    let title = "Gadolinium contrast with eGFR < 30, AKI or dialysis"
    let checks =
        "A live imaging order with gadolinium (the contrast field, or its text: 钆, gadolinium, an agent or brand, or 增强/enhanced/with contrast on an MRI) while the latest eGFR (CKD-EPI 2021; bedside Schwartz under 18 with a recorded height) is below 30 mL/min/1.73 m², KDIGO AKI is present, the patient is on dialysis (stated in the history, or RRT running), or the latest creatinine's eGFR cannot be computed (under 18 without a height). A named group I agent is contraindicated (urgent) with eGFR < 30, AKI or dialysis."
    let source = "ACR-NKF consensus 2020: Weinreb JC et al., Radiology 2021;298:28-35; ACR Manual on Contrast Media 2024"
    let notify: [Service] = [.imaging, .nephrology]
    static let eGFRThreshold = 30.0

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let renal = facts.renal
        let lowEGFR = renal.latestEGFR.map { $0 < Self.eGFRThreshold } ?? false
        let dialysis = facts.dialysis
        // A creatinine whose eGFR cannot be computed (a child, an implausible value) must not read as normal.
        let unestimated = renal.latest.flatMap { latest in latest.eGFR == nil ? renal.estimateUnavailable.map { (latest, $0) } : nil }
        guard lowEGFR || renal.aki.isAKI || dialysis != nil || unestimated != nil else { return [] }

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
        if let dialysis { reasons.append("on dialysis: \(dialysis)") }
        if let (latest, why) = unestimated {
            reasons.append("latest \(facts.citation(latest)); eGFR not computed: \(why)")
            supporting += [latest.sample.id].compactMap { $0 }
        }
        let condition = [
            lowEGFR ? "eGFR < 30" : nil, renal.aki.isAKI ? "AKI stage \(renal.aki.stage)" : nil, dialysis == nil ? nil : "dialysis",
            unestimated == nil ? nil : "kidney function not estimated (assess it before the contrast)",
        ].compactMap { $0 }.joined(separator: " and ")
        let afterwards = dialysis == nil ? "" : " Arrange haemodialysis soon after the scan (ACR)."

        return facts.record.orders.compactMap { order in
            guard order.status.isLive, let reading = ContrastReading.of(order, terminology: facts.terminology),
                reading.effective == .gadolinium
            else { return nil }
            var agent: DrugTerm?
            if case let .gadolinium(named, _)? = reading.textSays { agent = named }
            let orderLine = "order \(order.id): \(Sanitizer.line(order.headline)) (\(order.status.rawValue), \(order.service.label), \(facts.time(order.orderedAt)))"
                + (reading.contradicts ? "; the text says '\(reading.textSays?.term ?? "")' although the contrast field says \(order.imaging?.contrast.rawValue ?? "none")" : "")
            let message: String
            var severity: AlertSeverity?
            // Group I is contraindicated where the ACR says so (eGFR < 30, AKI, dialysis); when kidney function
            // could not be estimated the contraindication is not known to apply, so the alert says what to check.
            let contraindicated = lowEGFR || renal.aki.isAKI || dialysis != nil
            switch agent?.gadoliniumGroup {
            case "I"? where contraindicated:
                severity = .urgent
                message = "\(agent?.name.sentenceCased ?? "This agent") is an ACR group I gadolinium agent: contraindicated with \(condition) (nephrogenic systemic fibrosis). Change to a group II agent (gadobutrol, gadoterate, gadoteridol, gadobenate) at the lowest diagnostic dose, or image without contrast.\(afterwards)"
            case "I"?:
                message = "\(agent?.name.sentenceCased ?? "This agent") is an ACR group I gadolinium agent, contraindicated with eGFR < 30, AKI or dialysis; \(condition). Prefer a group II agent (gadobutrol, gadoterate, gadoteridol, gadobenate) at the lowest diagnostic dose."
            case "II"?:
                message = "Gadolinium contrast with \(condition): \(agent?.name ?? "the agent") is a group II agent; confirm it, give the lowest diagnostic dose, and document the indication. Do not delay imaging that is needed.\(afterwards)"
            case let group?:
                message = "Gadolinium contrast with \(condition): \(agent?.name ?? "the agent") is ACR group \(group) (\(agent?.gadoliniumNote ?? "limited data in kidney disease")); prefer a group II agent (gadobutrol, gadoterate, gadoteridol, gadobenate) at the lowest diagnostic dose and document the indication.\(afterwards)"
            case nil:
                message = "Gadolinium contrast with \(condition): use a group II agent (gadobutrol, gadoterate, gadoteridol or gadobenate), give the lowest diagnostic dose, and document the indication (why non-contrast imaging will not do). Do not delay imaging that is needed.\(afterwards)"
            }
            return alert(
                message: message, data: [orderLine] + reasons, triggering: [order.id], supporting: supporting,
                alsoNotify: [order.service], severity: severity)
        }
    }
}
