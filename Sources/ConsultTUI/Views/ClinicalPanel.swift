import ConsultBoard
import Foundation

/// The clinical facts the board and the Overview show beside the record, from the library's clinical module
/// (`ClinicalSummary`: renal function, AKI, fever, safety alerts; `ISNCSCI`: exam classification and trend).
///
/// Derived facts are computed when drawn, never stored. One place adapts the clinical API to what the views
/// draw, so the views never compute clinical facts themselves.
enum ClinicalPanel {
    /// How many safety alerts of this patient are open (not acknowledged): the board's ⚠ count.
    static func openAlertCount(_ record: PatientRecord, now: Date, timeZone: TimeZone, rules: SafetyRuleSet = .current) -> Int {
        ClinicalSummary.openAlertCount(record, now: now, timeZone: timeZone, rules: rules)
    }

    /// The same for many patients at once (on every core), in the order given.
    static func openAlertCounts(_ records: [PatientRecord], now: Date, timeZone: TimeZone, rules: SafetyRuleSet = .current) -> [Int] {
        ClinicalSummary.openAlertCounts(records, now: now, timeZone: timeZone, rules: rules)
    }

    /// Short facts for the board's summary pane (open alerts, kidney function, fever), each with its style;
    /// the pane wraps them, or cuts them to one line (alerts: the Overview has them in full).
    static func summaryLines(
        _ record: PatientRecord, now: Date, timeZone: TimeZone, rules: SafetyRuleSet = .current
    ) -> [(text: String, style: Style, oneLine: Bool)] {
        let summary = ClinicalSummary.of(record, now: now, timeZone: timeZone, rules: rules)
        var lines: [(text: String, style: Style, oneLine: Bool)] = []
        for alert in summary.openAlerts.prefix(3) {
            lines.append((alertLabel(alert.severity) + " " + alert.shownMessage, alertStyle(alert.severity), true))
        }
        if summary.openAlerts.count > 3 { lines.append((tr("clinical.moreAlerts", ["count": String(summary.openAlerts.count - 3)]), .danger, true)) }
        if var text = summary.kidneyLine(time: nil) {
            if summary.aki.isAKI { text += tr("clinical.akiStage", ["stage": "\(summary.aki.stage)"]) }
            lines.append((text, summary.aki.isAKI ? .danger : .plain, false))
        }
        if let temperature = summary.fever.latest {
            var text = tr("clinical.temperatureValue", ["value": temperature.formatted])
            if summary.fever.isFebrileNow { text += tr("clinical.febrileNow") }
            if summary.fever.recurrentFever { text += tr("clinical.recurrentFever") }
            lines.append((text, summary.fever.isFebrileNow ? .danger : summary.fever.recurrentFever ? .warning : .plain, false))
        }
        return lines
    }

    /// The Overview's clinical sections: alerts, kidney, fever, ISNCSCI.
    static func overview(
        _ record: PatientRecord, now: Date, timeZone: TimeZone, time: TimeFormat, rules: SafetyRuleSet = .current, into doc: inout Document
    ) {
        let summary = ClinicalSummary.of(record, now: now, timeZone: timeZone, rules: rules)
        let open = summary.openAlerts
        doc.heading(tr("clinical.alerts", ["count": String(open.count), "version": summary.ruleSetVersion]))
        if summary.alerts.isEmpty { doc.line(tr("overview.none"), .muted) }
        for alert in open {
            doc.line([(alertLabel(alert.severity) + " ", alertStyle(alert.severity)), (alert.ruleID, .muted)])
            doc.text(alert.shownMessage, indent: 2)
            for data in alert.shownData { doc.text("· " + data, style: .muted, indent: 2, hanging: 2) }
            if !alert.notify.isEmpty { doc.text(tr("clinical.notify") + alert.notify.map(\.shown).joined(separator: tr("text.enumeration")), style: .muted, indent: 2) }
        }
        for alert in summary.acknowledgedAlerts {
            let ack = alert.acknowledgement.map { tr("clinical.acknowledged", ["by": $0.by, "time": time.short($0.at), "reason": $0.reason]) } ?? ""
            doc.text("✓ \(alert.shownMessage)\(ack)", style: .muted)
        }

        doc.heading(tr("clinical.kidney"))
        if let kidney = summary.kidneyLine(time: time.short) {
            doc.text(kidney)
            doc.text(summary.aki.summaryText(timeZone: timeZone).shown, style: summary.aki.isAKI ? .danger : .plain)
            doc.text(MuscleMassCaveat.shown, style: .muted)
        } else {
            doc.line(tr("clinical.noCreatinine"), .muted)
        }

        doc.heading(tr("clinical.temperature"))
        if let line = summary.temperatureLine(time: time.short) {
            doc.text(line, style: summary.fever.isFebrileNow ? .danger : .plain)
        } else {
            doc.line(tr("clinical.noTemperature"), .muted)
        }

        doc.heading("ISNCSCI")
        guard let latest = summary.neuro.latest else {
            doc.line(tr("clinical.noExam"), .muted)
            return
        }
        let exam = latest.exam
        switch latest.classification {
        case let .success(result):
            doc.text("\(time.short(exam.at)) \(exam.examinedBy): \(result.shownSummary)")
        case let .failure(error):
            doc.text("\(time.short(exam.at)) \(exam.examinedBy): \(tr("clinical.cannotClassify"))\(error.shown)", style: .danger)
        }
        if let previous = summary.neuro.previous {
            if let change = summary.neuro.latestDeterioration {
                doc.text(tr("clinical.worse") + change.text.shown, style: .danger)
            } else {
                doc.text(tr("clinical.noDeterioration", ["time": time.short(previous.exam.at)]), style: .good)
            }
        }
    }

    static func alertLabel(_ severity: AlertSeverity) -> String {
        switch severity {
        case .urgent: tr("clinical.urgent")
        case .warning: tr("clinical.warning")
        case .info: tr("clinical.info")
        }
    }

    static func alertStyle(_ severity: AlertSeverity) -> Style {
        switch severity {
        case .urgent: .danger
        case .warning: Style(tone: .warning, bold: true)
        case .info: .accent
        }
    }
}
