import Foundation

/// Gadolinium contrast ordered while eGFR is below 30, AKI is present, or the patient is on dialysis.
///
/// Sources: ACR-NKF consensus: Weinreb JC, Rodby RA, Yee J, et al. Use of intravenous gadolinium-based contrast
/// media in patients with kidney disease. Radiology 2021;298:28-35: with eGFR < 30 mL/min/1.73 m², dialysis or AKI,
/// use a group II agent at the lowest diagnostic dose after weighing the indication; do not withhold needed
/// imaging; patients on haemodialysis should be dialysed soon after. ACR Manual on Contrast Media 2024: group I
/// agents (gadodiamide, gadopentetate, gadoversetamide) are contraindicated in these patients (also their US
/// labels). The agent and its group come from the terminology; contrast is read from the field and the text.
///
/// AKI and CKD stage 4-5 (eGFR < 30, KDIGO 2024) count as the team states them in the history too, not only as the
/// creatinines on the board compute them: a patient admitted with "急性肾损伤" or "CKD 4期" and no creatinine here
/// yet met no alert.
struct GadoliniumRenalRule: SafetyRule {
    let id = "gadolinium-renal"
    let version = 4
    let severity = AlertSeverity.warning
    let title = "Gadolinium contrast with eGFR < 30, AKI or dialysis"
    let checks =
        "A live imaging order with gadolinium (the contrast field, or its text: 钆, gadolinium, an agent or brand, or 增强/enhanced/with contrast on an MRI) while the latest eGFR (CKD-EPI 2021; bedside Schwartz under 18 with a recorded height) is below 30 mL/min/1.73 m², KDIGO AKI is present, the patient is on dialysis (stated in the history, or RRT running), or the latest creatinine's eGFR cannot be computed (under 18 without a height). AKI and CKD stage 4-5 (eGFR < 30) stated in the diagnosis, problems, summary or an active complication count as computed ones do. A named group I agent is contraindicated (urgent) with eGFR < 30, AKI or dialysis."
    let source = "ACR-NKF consensus 2020: Weinreb JC et al., Radiology 2021;298:28-35; ACR Manual on Contrast Media 2024"
    let notify: [Service] = [.imaging, .nephrology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        // The gadolinium orders first: the kidney's history is read (each statement parsed) only beside one.
        let gadolinium: [(order: Order, reading: ContrastReading)] = facts.record.orders.compactMap { order in
            guard order.status.isLive, let reading = ContrastReading.of(order, terminology: facts.terminology),
                reading.effective == .gadolinium
            else { return nil }
            return (order, reading)
        }
        guard !gadolinium.isEmpty else { return [] }
        let renal = facts.renal
        let reduced = facts.severelyReducedKidneyFunction
        let kidneyInjury = facts.kidneyInjury
        let lowEGFR = reduced != nil
        let aki = kidneyInjury != nil
        let dialysis = facts.dialysisText
        // A creatinine whose eGFR cannot be computed (a child, an implausible value) must not read as normal.
        let unestimated = renal.latest.flatMap { latest in latest.eGFR == nil ? renal.estimateUnavailableError.map { (latest, $0) } : nil }
        guard lowEGFR || aki || dialysis != nil || unestimated != nil else { return [] }

        var reasons: [ShownText] = (reduced?.lines ?? []) + [kidneyInjury?.line].compactMap { $0 }
        var supporting: [RecordID] = (reduced?.supporting ?? []) + (kidneyInjury?.supporting ?? [])
        if let dialysis { reasons.append(.tr("alert.gadolinium.onDialysis", ["dialysis": dialysis])) }
        if let (latest, why) = unestimated {
            reasons.append(.tr("alert.gadolinium.latestNotEstimated", ["creatinine": facts.citationText(latest), "why": why.text]))
            supporting += [latest.sample.id].compactMap { $0 }
        }
        let conditions: [ShownText?] = [
            lowEGFR ? .tr("alert.kidney.lowEGFR") : nil,
            kidneyInjury?.condition,
            dialysis == nil ? nil : .tr("alert.gadolinium.dialysis"),
            unestimated == nil ? nil : .tr("alert.gadolinium.notEstimated"),
        ]
        let condition = conditions.compactMap { $0 }.joined(.tr("alert.and"))
        let afterwards: ShownText = dialysis == nil ? "" : .tr("alert.gadolinium.afterwards")

        return gadolinium.map { order, reading in
            var agent: DrugTerm?
            if case let .gadolinium(named, _)? = reading.textSays { agent = named }
            let contradiction: ShownText = reading.contradicts
                ? .tr("alert.gadolinium.textSays", [
                    "said": "\(reading.textSays?.term ?? "")", "field": (order.imaging?.contrast ?? Contrast.none).shownText,
                ]) : ""
            let orderLine: ShownText = [facts.orderText(order), contradiction].joined("")
            let message: ShownText
            var severity: AlertSeverity?
            // Group I is contraindicated where the ACR says so (eGFR < 30, AKI, dialysis); when kidney function
            // could not be estimated the contraindication is not known to apply, so the alert says what to check.
            let contraindicated = lowEGFR || aki || dialysis != nil
            switch agent?.gadoliniumGroup {
            case "I"? where contraindicated:
                severity = .urgent
                message = .tr("alert.gadolinium.groupIContraindicated", [
                    "agent": agent.map(\.shownName) ?? .tr("alert.gadolinium.thisAgent"), "condition": condition, "afterwards": afterwards,
                ])
            case "I"?:
                message = .tr("alert.gadolinium.groupI", [
                    "agent": agent.map(\.shownName) ?? .tr("alert.gadolinium.thisAgent"), "condition": condition,
                ])
            case "II"?:
                message = .tr("alert.gadolinium.groupII", [
                    "agent": agent.map(\.shownNameInSentence) ?? .tr("alert.gadolinium.theAgent"), "condition": condition, "afterwards": afterwards,
                ])
            case let group?:
                message = .tr("alert.gadolinium.otherGroup", [
                    "agent": agent.map(\.shownNameInSentence) ?? .tr("alert.gadolinium.theAgent"), "condition": condition, "group": "\(group)",
                    "note": agent?.gadoliniumNote.map { "\($0)" } ?? .tr("alert.gadolinium.limitedData"), "afterwards": afterwards,
                ])
            case nil:
                message = .tr("alert.gadolinium.unnamed", ["condition": condition, "afterwards": afterwards])
            }
            return alert(
                message: message, data: [orderLine] + reasons, triggering: [order.id], supporting: supporting,
                alsoNotify: [order.service], severity: severity)
        }
    }
}
