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
    let version = 2
    let severity = AlertSeverity.warning
    let title = "Fever on immunosuppression or with active infection"
    let checks =
        "A temperature >= 38.0 °C in the last 24 hours while a live order gives immunosuppressive therapy (high-dose or pulse corticosteroid, or a drug the terminology classes as an immunosuppressant or biologic: rituximab, cyclophosphamide, azathioprine, mycophenolate, tacrolimus, ciclosporin, tocilizumab...) or an infection complication is active, or during or within 24 h of an IVIG infusion (IVIG is not an immunosuppressant: the alert then weighs an infusion reaction against infection). One alert per fever episode (febrile readings each within 24 h of the last)."
    let source =
        "SCCM/IDSA new fever guideline: O'Grady NP et al., Crit Care Med 2023;51:1570-86; Surviving Sepsis Campaign 2021: Evans L et al., Crit Care Med 2021;49:e1063-143"
    let notify: [Service] = [.infectiousDisease, .ward]
    /// How long after an IVIG infusion a fever may still be an infusion reaction.
    static let ivigWindow: TimeInterval = 24 * 3600

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        guard let episode = facts.fever.currentEpisode, let first = episode.first, let peak = episode.peak else { return [] }
        let weight = facts.record.patient.weightKg
        var risks: [String] = []
        var riskRecords: [RecordID] = []
        for medication in facts.liveMedications {
            let why: String
            if medication.drug.isA(DrugClass.immunosuppressant) {
                why = "immunosuppressant"
            } else if let exposure = CorticosteroidExposure.of(medication, weightKg: weight, terminology: facts.terminology) {
                guard exposure.isHighDose else { continue }
                why = "corticosteroid, " + exposure.formatted
            } else {
                continue
            }
            risks.append("\(medication.citation): \(why)")
            riskRecords.append(medication.order.id)
        }
        // IVIG running, or stopped within 24 h of the fever: an infusion reaction is as likely as infection.
        let ivig = facts.record.orders.filter { order in
            guard order.kind == .medication, facts.terminology.drug(for: order)?.isA(DrugClass.immunoglobulin) == true else { return false }
            if order.status.isLive { return true }
            let ended = order.history.last?.at ?? order.orderedAt
            return ended >= first.at.addingTimeInterval(-Self.ivigWindow) && ended <= peak.at
        }
        let ivigLines = ivig.map { order in
            "order \(order.id): \(Sanitizer.line(order.headline)) (\(order.status.rawValue)): IVIG during or within 24 h of the fever: an infusion reaction (slow or stop the infusion, check vital signs) as well as infection"
        }
        for infection in facts.record.complications where infection.kind == .infection && infection.status == .active {
            let details = infection.details.labelled.map { "\($0.label) \($0.value)" }.joined(separator: ", ")
            risks.append("complication \(infection.id): infection, \(Sanitizer.line(infection.summary))\(details.isEmpty ? "" : " (\(Sanitizer.line(details)))"), active since \(facts.time(infection.onset))")
            riskRecords.append(infection.id)
        }
        guard !risks.isEmpty || !ivig.isEmpty else { return [] }

        var feverLines = ["fever \(peak.formatted) (\(peak.id), \(facts.time(peak.at))); episode since \(facts.time(first.at)) (\(first.id))"]
        if facts.fever.recurrentFever {
            feverLines.append("recurrent fever: \(facts.fever.recentFeverDays.count) fever days in the last \(FeverSummary.recurrenceWindowDays) days (\(facts.fever.recentFeverDays.map(\.day).joined(separator: ", ")))")
        }
        let message: ShownText = risks.isEmpty ? .tr("alert.fever.ivig") : .tr("alert.fever.immunosuppressed")
        return [
            alert(
                message: message,
                data: (feverLines + risks + ivigLines).map { ShownText.plain($0) },
                triggering: [first.id], supporting: [peak.id] + riskRecords + ivig.map(\.id)),
        ]
    }
}
