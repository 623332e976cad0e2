import Foundation

/// Fever in a patient on immunosuppressive therapy or with an active infection: an infection work-up with cultures.
///
/// Sources: O'Grady NP, Alexander E, Alhazzani W, et al. Society of Critical Care Medicine and Infectious
/// Diseases Society of America guidelines for evaluating new fever in adult patients in the ICU. Crit Care Med
/// 2023;51:1570-86 (fever >= 38.0 °C; blood cultures, targeted cultures of likely sources). Evans L, Rhodes A,
/// Alhazzani W, et al. Surviving Sepsis Campaign: international guidelines 2021. Crit Care Med 2021;49:e1063-143
/// (cultures before antimicrobials when it causes no substantial delay).
struct FeverImmunosuppressionRule: SafetyRule {
    let id = "fever-immunosuppressed"
    let version = 3
    let severity = AlertSeverity.warning
    let title = "Fever on immunosuppression or with active infection"
    let checks =
        "A temperature >= 38.0 °C in the last 24 hours while a live order gives immunosuppressive therapy (high-dose or pulse systemic corticosteroid, not one depot injected into a joint, the epidural space or near a nerve; or a drug the terminology classes as an immunosuppressant or biologic: rituximab, cyclophosphamide, azathioprine, mycophenolate, tacrolimus, ciclosporin, tocilizumab...) or an infection complication is active, or during or within 24 h of an IVIG infusion (IVIG is not an immunosuppressant: the alert then weighs an infusion reaction against infection). One alert per fever episode (febrile readings each within 24 h of the last)."
    let source =
        "SCCM/IDSA new fever guideline: O'Grady NP et al., Crit Care Med 2023;51:1570-86; Surviving Sepsis Campaign 2021: Evans L et al., Crit Care Med 2021;49:e1063-143"
    let notify: [Service] = [.infectiousDisease, .ward]
    /// How long after an IVIG infusion a fever may still be an infusion reaction.
    static let ivigWindow: TimeInterval = 24 * 3600

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        guard let episode = facts.fever.currentEpisode, let first = episode.first, let peak = episode.peak else { return [] }
        let weight = facts.record.patient.weightKg
        var risks: [ShownText] = []
        var riskRecords: [RecordID] = []
        for medication in facts.liveMedications {
            let why: ShownText
            if medication.drug.isA(DrugClass.immunosuppressant) {
                why = .tr("alert.fever.immunosuppressant")
            } else if let exposure = CorticosteroidExposure.of(medication, weightKg: weight, terminology: facts.terminology) {
                // One depot injected into a joint or the epidural space is not immunosuppressive therapy.
                guard exposure.isHighDose, !exposure.injected else { continue }
                why = .tr("alert.fever.corticosteroid", ["exposure": exposure.formattedText])
            } else {
                continue
            }
            risks.append([medication.citationText, why].joined(.tr("text.colon")))
            riskRecords.append(medication.order.id)
        }
        // IVIG running, or stopped within 24 h of the fever: an infusion reaction is as likely as infection.
        let ivig = facts.record.orders.filter { order in
            guard order.kind == .medication, facts.terminology.drug(for: order)?.isA(DrugClass.immunoglobulin) == true else { return false }
            if order.status.isLive { return true }
            let ended = order.history.last?.at ?? order.orderedAt
            return ended >= first.at.addingTimeInterval(-Self.ivigWindow) && ended <= peak.at
        }
        let ivigLines: [ShownText] = ivig.map { order in
            .tr("alert.fever.ivigLine", [
                "order": .tr("alert.cite.order", ["id": "\(order.id)", "text": "\(Sanitizer.line(order.headline))", "status": order.status.shownText]),
            ])
        }
        for infection in facts.record.complications where infection.kind == .infection && infection.status == .active {
            let details: [ShownText] = infection.details.labelled.map { .tr("alert.fever.detail", ["label": Self.detailLabel($0.label), "value": "\(Sanitizer.line($0.value))"]) }
            risks.append(.tr("alert.fever.infection", [
                "id": "\(infection.id)", "summary": "\(Sanitizer.line(infection.summary))",
                "details": details.isEmpty ? "" : .tr("alert.fever.details", ["details": details.joined(.tr("text.comma"))]),
                "since": "\(facts.time(infection.onset))",
            ]))
            riskRecords.append(infection.id)
        }
        guard !risks.isEmpty || !ivig.isEmpty else { return [] }

        var feverLines: [ShownText] = [.tr("alert.fever.episode", [
            "peak": "\(peak.formatted)", "peakAt": facts.recordTime(peak.id, peak.at), "since": "\(facts.time(first.at))", "first": "\(first.id)",
        ])]
        if facts.fever.recurrentFever {
            feverLines.append(.tr("alert.fever.recurrent", [
                "count": "\(facts.fever.recentFeverDays.count)", "days": "\(FeverSummary.recurrenceWindowDays)",
                "dates": facts.fever.recentFeverDays.map { ShownText.plain($0.day) }.joined(.tr("text.comma")),
            ]))
        }
        let message: ShownText = risks.isEmpty ? .tr("alert.fever.ivig") : .tr("alert.fever.immunosuppressed")
        return [
            alert(
                message: message,
                data: feverLines + risks + ivigLines,
                triggering: [first.id], supporting: [peak.id] + riskRecords + ivig.map(\.id)),
        ]
    }

    /// A complication detail's name (`ComplicationDetails.labelled`) in the reader's words.
    static func detailLabel(_ label: String) -> ShownText {
        switch label {
        case "site": .tr("alert.detail.site")
        case "organism": .tr("alert.detail.organism")
        case "antibiotic": .tr("alert.detail.antibiotic")
        case "confirmed by": .tr("alert.detail.confirmedBy")
        case "anticoagulation": .tr("alert.detail.anticoagulation")
        case "type": .tr("alert.detail.type")
        default: "\(label)"
        }
    }
}
