import Foundation

// S: what the clinical module derives from the record (ClinicalSummary): kidney function and AKI stage, fever,
// and the safety alerts nobody has acknowledged yet. Derived at the handoff's time, never stored.
extension HandoffBuilder {
    func renal(_ summary: RenalSummary) -> HandoffRenal? {
        // Urine output alone can stage AKI: the section is shown then even without a creatinine.
        guard summary.latest != nil || summary.aki.isAKI else { return nil }
        let latest = summary.latest
        let creatinine = layout.clean(latest?.sample.creatinine.formatted ?? tr("handoff.renal.notMeasured"))
        let at = latest.map { clock.short($0.sample.at) } ?? ""
        let schwartz = latest?.schwartzHeightCm == nil ? "" : tr("handoff.renal.schwartz")
        let eGFR = latest?.eGFR.map { "\(ClinicalNumber.format($0, maxDecimals: 0)) \(CKDEPI2021.unit)\(schwartz)" }
        let clearance = latest?.creatinineClearance.map { "\(ClinicalNumber.format($0, maxDecimals: 0)) \(CockcroftGault.unit)" }
        let aki = akiReason(summary.aki)
        var estimates: [String] = []
        if let eGFR { estimates.append(tr("kidney.eGFR", ["value": eGFR])) }
        if let clearance { estimates.append(tr("kidney.crcl", ["value": clearance])) }
        if estimates.isEmpty, let why = layout.cleanOrNil(summary.estimateUnavailableText?.shown) { estimates.append(why) }
        // English separates the estimates from "from creatinine ..." by a space; Chinese runs on into "（据肌酐 ...".
        let gap = Localisation.language == .english ? " " : ""
        let line = (estimates.isEmpty ? "" : estimates.joined(separator: tr("text.comma")) + gap)
            + (latest == nil ? "" : tr("handoff.renal.fromCreatinine", ["creatinine": creatinine, "time": at])) + aki
        let caveat = layout.clean(MuscleMassCaveat.shown)
        return HandoffRenal(
            creatinine: creatinine, at: at, eGFR: eGFR, creatinineClearance: clearance, akiStage: summary.aki.stage,
            aki: aki, caveat: caveat, caveatLines: layout.lines(caveat), summary: line, lines: layout.lines(line))
    }

    /// "AKI stage 2 (KDIGO): ...", naming the criterion that set the stage and, beside it, the other one.
    private func akiReason(_ aki: AKIAssessment) -> String {
        guard aki.isAKI else { return tr("aki.summary.none") }
        let stage = tr("handoff.aki.stage", ["stage": String(aki.stage), "explanation": aki.explanationText.shown])
        guard let urine = aki.urineOutput else { return stage }
        // The handoff writes every time one way (clock.short), the urine output's window too.
        let finding = layout.clean(urine.shownText(time: clock.short).shown)
        if aki.stagedByUrineOutput {
            let creatinine = (aki.creatinineStage ?? 0) > 0
                ? tr("handoff.aki.creatinineAlone", ["stage": String(aki.creatinineStage ?? 0)]) : tr("handoff.aki.creatinineNone")
            return tr("handoff.aki.byUrineOutput", ["stage": String(aki.stage), "finding": finding, "creatinine": creatinine])
        }
        return stage + tr("handoff.aki.urineBeside", ["stage": String(urine.stage), "finding": finding])
    }

    func fever(_ summary: FeverSummary) -> HandoffFever? {
        guard let latest = summary.latest else { return nil }
        let latestText = tr("handoff.fever.reading", ["value": latest.formatted, "time": clock.short(latest.at)])
        let days = summary.recentFeverDays.compactMap { $0.readings.first.map { clock.day($0.at) } }
        let window = String(FeverSummary.recurrenceWindowDays)
        var parts = [summary.isFebrileNow ? tr("handoff.fever.now") : tr("handoff.fever.notNow")]
        parts.append(
            days.isEmpty
                ? tr("handoff.fever.noRecentDay", ["days": window])
                : tr("handoff.fever.recentDays", ["count": String(days.count), "days": window, "dates": days.joined(separator: tr("text.comma"))]))
        if summary.recurrentFever { parts.append(tr("handoff.fever.recurrent")) }
        parts.append(tr("handoff.fever.stayDays", count: summary.feverDays.count, ["count": String(summary.feverDays.count)]))
        parts.append(tr("handoff.fever.latest", ["latest": latestText]))
        let line = parts.joined(separator: tr("text.semicolon"))
        return HandoffFever(
            febrileNow: summary.isFebrileNow, recurrent: summary.recurrentFever, recentDays: days,
            totalDays: summary.feverDays.count, latest: latestText, summary: line, lines: layout.lines(line))
    }

    /// "2 acknowledged alerts", nil when there are none.
    func acknowledged(_ count: Int) -> String? {
        count == 0 ? nil : tr("handoff.acknowledgedCount", count: count, ["count": String(count)])
    }

    /// An acknowledged alert with who acknowledged it, when and why; nil for an alert not acknowledged.
    func acknowledgedAlert(_ alert: Alert) -> HandoffAcknowledgedAlert? {
        guard let ack = alert.acknowledgement else { return nil }
        let message = layout.clean(alert.shownMessage)
        let by = layout.clean(ack.by)
        let at = clock.short(ack.at)
        let reason = layout.clean(ack.reason)
        let line = tr("handoff.acknowledgedAlert", ["severity": alert.severity.shownWord, "message": message, "by": by, "time": at, "reason": reason])
        return HandoffAcknowledgedAlert(
            key: layout.clean(alert.key), severity: alert.severity.rawValue, message: message, by: by, at: at,
            reason: reason, summary: line, lines: layout.lines(line))
    }

    func alert(_ alert: Alert) -> HandoffAlert {
        let message = layout.clean(alert.shownMessage)
        let data = alert.shownData.compactMap(layout.cleanOrNil)
        let services = alert.notify.map(\.shownLabel).joined(separator: tr("text.enumeration"))
        let notify = services.isEmpty ? nil : services
        let label = alert.severity.shownWord
        let line = tr("handoff.alert", ["severity": label, "message": message]) + (notify.map { tr("handoff.alert.tell", ["services": $0]) } ?? "")
        return HandoffAlert(
            key: layout.clean(alert.key), severity: alert.severity.rawValue, severityLabel: label,
            urgent: alert.severity == .urgent, message: message, data: data, dataLines: data.flatMap(layout.nestedLines),
            notify: notify, summary: line, lines: layout.lines(line))
    }
}
