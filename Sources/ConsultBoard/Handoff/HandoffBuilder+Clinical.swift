import Foundation

// S: what the clinical module derives from the record (ClinicalSummary): kidney function and AKI stage, fever,
// and the safety alerts nobody has acknowledged yet. Derived at the handoff's time, never stored.
extension HandoffBuilder {
    func renal(_ summary: RenalSummary) -> HandoffRenal? {
        // Urine output alone can stage AKI: the section is shown then even without a creatinine.
        guard summary.latest != nil || summary.aki.isAKI else { return nil }
        let latest = summary.latest
        let creatinine = layout.clean(latest?.sample.creatinine.formatted ?? "not measured")
        let at = latest.map { clock.short($0.sample.at) } ?? ""
        let schwartz = latest?.schwartzHeightCm == nil ? "" : " (\(BedsideSchwartz.name))"
        let eGFR = latest?.eGFR.map { "\(ClinicalNumber.format($0, maxDecimals: 0)) \(CKDEPI2021.unit)\(schwartz)" }
        let clearance = latest?.creatinineClearance.map { "\(ClinicalNumber.format($0, maxDecimals: 0)) \(CockcroftGault.unit)" }
        let aki = akiReason(summary.aki)
        var estimates: [String] = []
        if let eGFR { estimates.append("eGFR \(eGFR)") }
        if let clearance { estimates.append("CrCl \(clearance)") }
        if estimates.isEmpty, let why = layout.cleanOrNil(summary.estimateUnavailable) { estimates.append(why) }
        let line = (estimates.isEmpty ? "" : estimates.joined(separator: ", ") + " ")
            + (latest == nil ? "" : "from creatinine \(creatinine) (\(at)); ") + aki
        let caveat = layout.clean(summary.caveat)
        return HandoffRenal(
            creatinine: creatinine, at: at, eGFR: eGFR, creatinineClearance: clearance, akiStage: summary.aki.stage,
            aki: aki, caveat: caveat, caveatLines: layout.lines(caveat), summary: line, lines: layout.lines(line))
    }

    /// "AKI stage 2 (KDIGO): ...", naming the criterion that set the stage and, beside it, the other one.
    private func akiReason(_ aki: AKIAssessment) -> String {
        guard aki.isAKI else { return "no AKI by KDIGO criteria" }
        guard let urine = aki.urineOutput else { return "AKI stage \(aki.stage) (KDIGO): \(aki.explanation)" }
        // The handoff writes every time one way (clock.short), the urine output's window too.
        let finding = layout.clean(urine.described(time: clock.short))
        if aki.stagedByUrineOutput {
            let creatinine = (aki.creatinineStage ?? 0) > 0
                ? "creatinine alone stage \(aki.creatinineStage ?? 0)" : "creatinine: no criterion met"
            return "AKI stage \(aki.stage) (KDIGO) by urine output: \(finding); \(creatinine)"
        }
        return "AKI stage \(aki.stage) (KDIGO): \(aki.explanation); urine output stage \(urine.stage): \(finding)"
    }

    func fever(_ summary: FeverSummary) -> HandoffFever? {
        guard let latest = summary.latest else { return nil }
        let latestText = "\(latest.formatted) (\(clock.short(latest.at)))"
        let days = summary.recentFeverDays.compactMap { $0.readings.first.map { clock.day($0.at) } }
        var parts = [summary.isFebrileNow ? "Febrile now" : "No fever in the last 24 h"]
        parts.append(
            days.isEmpty
                ? "no fever day in the last \(FeverSummary.recurrenceWindowDays) days"
                : "fever on \(days.count) of the last \(FeverSummary.recurrenceWindowDays) days (\(days.joined(separator: ", ")))")
        if summary.recurrentFever { parts.append("RECURRENT FEVER") }
        parts.append("\(summary.feverDays.count) fever day\(summary.feverDays.count == 1 ? "" : "s") this stay")
        parts.append("latest \(latestText)")
        let line = parts.joined(separator: "; ")
        return HandoffFever(
            febrileNow: summary.isFebrileNow, recurrent: summary.recurrentFever, recentDays: days,
            totalDays: summary.feverDays.count, latest: latestText, summary: line, lines: layout.lines(line))
    }

    /// "2 acknowledged alerts", nil when there are none.
    func acknowledged(_ count: Int) -> String? {
        count == 0 ? nil : "\(count) acknowledged alert\(count == 1 ? "" : "s")"
    }

    /// An acknowledged alert with who acknowledged it, when and why; nil for an alert not acknowledged.
    func acknowledgedAlert(_ alert: Alert) -> HandoffAcknowledgedAlert? {
        guard let ack = alert.acknowledgement else { return nil }
        let message = layout.clean(alert.shownMessage)
        let by = layout.clean(ack.by)
        let at = clock.short(ack.at)
        let reason = layout.clean(ack.reason)
        let line = "Acknowledged \(alert.severity.rawValue.uppercased()): \(message) (by \(by) \(at): \(reason))"
        return HandoffAcknowledgedAlert(
            key: layout.clean(alert.key), severity: alert.severity.rawValue, message: message, by: by, at: at,
            reason: reason, summary: line, lines: layout.lines(line))
    }

    func alert(_ alert: Alert) -> HandoffAlert {
        let message = layout.clean(alert.shownMessage)
        let data = alert.shownData.compactMap(layout.cleanOrNil)
        let services = alert.notify.map(\.label).joined(separator: ", ")
        let notify = services.isEmpty ? nil : services
        let label = alert.severity.rawValue.uppercased()
        let line = "\(label): \(message)" + (notify.map { " (tell: \($0))" } ?? "")
        return HandoffAlert(
            key: layout.clean(alert.key), severity: alert.severity.rawValue, severityLabel: label,
            urgent: alert.severity == .urgent, message: message, data: data, dataLines: data.flatMap(layout.nestedLines),
            notify: notify, summary: line, lines: layout.lines(line))
    }
}
