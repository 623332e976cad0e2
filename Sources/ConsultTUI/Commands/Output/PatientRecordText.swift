import ConsultBoard
import Foundation

/// A patient's whole record as readable text for `consult-board show`: the header, then every consult, order,
/// result, lab, complication, note, I-PASS item, exam and alert acknowledgement, each with its id (for the
/// commands that act on it), who and when, and its full status history.
///
/// After the header come the facts derived from the record as of `now` (kidney function and AKI, fever, open
/// safety alerts, the latest ISNCSCI classification): computed when shown, never stored.
///
/// All stored text is sanitised (`Sanitizer`) and long text wrapped to `width` display columns.
struct PatientRecordText {
    var width = 100
    var timeZone = TimeZone.current
    var now = Date()
    /// The reference ranges the labs are flagged against.
    var settings = WardSettings.shipped

    func render(_ record: PatientRecord) -> String {
        var out = Lines(width: width)
        header(record, into: &out)
        clinical(ClinicalSummary.of(record, now: now, timeZone: timeZone, rules: settings.safetyRules), into: &out)
        out.blank()
        for line in HandoverText(timeZone: timeZone, now: now).lines(record) { out.wrapped(line, indent: 0) }
        section(tr("cli.show.consults"), record.consults, into: &out) { consult($0, into: &$1) }
        section(tr("cli.show.orders"), record.orders, into: &out) { order($0, weightKg: record.patient.weightKg, into: &$1) }
        section(tr("cli.show.results"), record.results, into: &out) { result($0, into: &$1) }
        labs(record, into: &out)
        section(tr("cli.show.complications"), record.complications, into: &out) { complication($0, into: &$1) }
        section(tr("cli.show.notes"), record.notes, into: &out) { note($0, into: &$1) }
        section(tr("cli.show.actions"), record.actions, into: &out) { action($0, into: &$1) }
        section(tr("cli.show.contingencies"), record.contingencies, into: &out) { contingency($0, into: &$1) }
        section(tr("cli.show.exams"), record.examsByTime, into: &out) { exam($0, into: &$1) }
        section(tr("cli.show.acknowledgements"), record.acknowledgements, into: &out) { acknowledgement($0, into: &$1) }
        return out.text
    }

    // MARK: - Parts

    private func header(_ record: PatientRecord, into out: inout Lines) {
        let p = record.patient
        out.line(tr("cli.show.header", ["mrn": p.mrn, "name": clean(p.name), "age": String(p.age), "sex": p.sex.rawValueText.shown, "bed": clean(p.bed),
            "severity": ShownText.englishOr(p.severity.rawValue.uppercased(), p.severity.shownText).shown,
        ]), indent: 0)
        out.wrapped(tr("cli.show.diagnosis", ["text": clean(p.diagnosis)]), indent: 0)
        var facts = [tr("cli.show.admitted", ["time": time(p.admittedAt)])]
        facts.append(tr("cli.show.weight", ["weight": p.weightKg.map { "\(ClinicalNumber.plain($0)) kg" } ?? tr("cli.show.notRecorded")]))
        facts.append(tr("cli.show.allergies", ["text": clean(record.allergySummaryText.shown)]))
        out.wrapped(facts.joined(separator: "   "), indent: 0)
        if !p.summary.isEmpty { out.wrapped(tr("cli.show.summary", ["text": clean(p.summary)]), indent: 0) }
        if !p.problems.isEmpty {
            out.line(tr("cli.show.problems"), indent: 0)
            for (number, problem) in p.problems.enumerated() { out.wrapped("\(number + 1). \(clean(problem))", indent: 2) }
        }
    }

    private func clinical(_ summary: ClinicalSummary, into out: inout Lines) {
        out.blank()
        out.line(tr("cli.show.clinicalNow", ["time": time(summary.asOf), "rules": summary.ruleSetVersion]), indent: 0)
        out.wrapped(tr("cli.show.kidney", ["text": summary.kidneyLine(time: time) ?? tr("cli.show.noCreatinine")]))
        if summary.renal.latest != nil {
            let aki = summary.aki.summaryText(timeZone: timeZone).shown  // "AKI stage 1: ..." or "no AKI by KDIGO criteria"
            out.wrapped(aki.prefix(1).uppercased() + aki.dropFirst())
        }
        out.wrapped(tr("cli.show.temperature", ["text": summary.temperatureLine(time: time) ?? tr("cli.show.noneRecorded")]))
        if let latest = summary.neuro.latest {
            let classification: String
            switch latest.classification {
            case let .success(result): classification = result.shownSummary
            case let .failure(error): classification = tr("cli.show.notClassified", ["reason": error.shown])
            }
            var line = "ISNCSCI \(latest.exam.id) \(time(latest.exam.at)): \(clean(classification))"
            if let change = summary.neuro.latestDeterioration { line += tr("cli.show.worse", ["change": clean(change.text.shown)]) }
            out.wrapped(line)
        }
        let open = summary.openAlerts
        let acknowledged = summary.acknowledgedAlerts.isEmpty ? "" : tr("cli.show.acknowledgedCount", count: summary.acknowledgedAlerts.count)
        out.line(tr("cli.show.openAlerts", ["count": open.isEmpty ? tr("cli.show.none") : "\(open.count)", "acknowledged": acknowledged]))
        for alert in open {
            out.wrapped("\(alert.severity.shownWord) \(alert.ruleID): \(clean(alert.shownMessage))", indent: 4)
        }
    }

    private func consult(_ c: Consult, into out: inout Lines) {
        out.line("\(c.id)  \(c.service.rawValueText.shown)  \(c.urgency.rawValueText.shown)  \(c.status.rawValueText.shown)")
        out.wrapped(tr("cli.show.question", ["text": clean(c.question)]), indent: 4)
        out.line(tr("cli.show.requestedBy", ["by": clean(c.requestedBy), "time": time(c.requestedAt)]), indent: 4)
        let timing = settings.consultClock.timing(c, now: now)
        var clock = tr("cli.show.due", ["time": time(timing.dueAt)])
        if let accepted = timing.acceptedAt { clock += tr("cli.show.accepted", ["time": time(accepted)]) }
        if let seen = timing.seenAt { clock += tr("cli.show.seen", ["time": time(seen)]) + (timing.seenLate ? tr("cli.show.late") : "") }
        if timing.overdue { clock += tr("cli.show.overdue") }
        out.line(clock, indent: 4)
        history(c.history, into: &out)
        for r in c.recommendations {
            out.wrapped(tr("cli.show.recommendation", ["by": clean(r.by), "time": time(r.at), "text": clean(r.text)]), indent: 4)
        }
    }

    private func order(_ o: Order, weightKg: Double?, into out: inout Lines) {
        // English keeps the raw values scripts have always read; other languages say them in their words.
        out.wrapped("\(o.id)  \(o.status.rawValueText.shown)  \(o.kind.rawValueText.shown)  "
            + "\(o.service.rawValueText.shown)  \(clean(ShownText.englishOr(o.headline, o.headlineText).shown))")
        if o.text != o.headline { out.wrapped(clean(o.text), indent: 4) }
        out.line(tr("cli.show.orderedBy", ["by": clean(o.orderedBy), "time": time(o.orderedAt)]), indent: 4)
        history(o.history, into: &out)
        if !o.doses.isEmpty || AdministrationRecord.overdueSince(o, now: now) != nil {
            out.line(tr("cli.show.administration"), indent: 4)
            for dose in o.doses { out.wrapped(AdministrationLines.dose(dose, time: time), indent: 6) }
            for line in AdministrationLines.status(o, now: now, timeZone: timeZone, weightKg: weightKg, time: time) { out.wrapped(line, indent: 6) }
        }
    }

    private func result(_ r: DiagnosticResult, into out: inout Lines) {
        var title = ["\(r.id)", r.kind.labelText.shown, r.status.rawValueText.shown]
        if let region = r.region { title.append(clean(region)) }
        if let levels = r.levels { title.append(tr("cli.show.levels", ["levels": clean(levels)])) }
        out.wrapped(title.joined(separator: "  "))
        out.wrapped(tr("cli.show.impression", ["text": clean(r.summary)]), indent: 4)
        if !r.findings.isEmpty {
            out.line(tr("cli.show.findings"), indent: 4)
            out.paragraphs(r.findings, indent: 6)
        }
        out.line(tr("cli.show.reportedBy", ["by": clean(r.reportedBy), "time": time(r.reportedAt)]) + (r.orderID.map { tr("cli.show.forOrder", ["id": $0]) } ?? ""), indent: 4)
        history(r.history, into: &out)
    }

    private func labs(_ record: PatientRecord, into out: inout Lines) {
        guard !record.labs.isEmpty else { return }
        out.blank()
        out.line(tr("cli.show.section", ["title": tr("cli.show.labs"), "count": String(record.labs.count)]), indent: 0)
        var tests: [String] = []
        for lab in record.labs where !tests.contains(lab.test) { tests.append(lab.test) }
        let ranges = settings.referenceRanges
        for test in tests {
            let series = record.labs(named: test)
            let range = series.first.flatMap { ranges.range(for: $0, of: record.patient) }
            out.line(tr("cli.show.labTest", ["test": clean(test), "range": range.map { tr("cli.show.reference", ["range": $0.shownDescription]) } ?? clean(series.first?.unit ?? "")]), indent: 2)
            for lab in series {
                let unit = lab.unit == series.first?.unit ? "" : " \(clean(lab.unit))"
                let period = lab.periodHours.map { tr("cli.show.overHours", ["hours": ClinicalNumber.plain($0)]) } ?? ""
                let mark = ranges.flag(lab, of: record.patient).map(\.mark) ?? ""
                let value = "\(ClinicalNumber.plain(lab.value))\(unit)\(period)"
                out.line("\(time(lab.at))  \(value) \(mark.padding(toLength: 2, withPad: " ", startingAt: 0))  " + tr("cli.show.labEntered", ["id": lab.id, "by": clean(lab.enteredBy)]), indent: 4)
            }
        }
        let pressures = MeanArterialPressure.series(record)
        if !pressures.isEmpty {
            out.line(tr("cli.show.meanArterialPressure"), indent: 2)
            for map in pressures { out.line("\(time(map.at))  \(map.description)", indent: 4) }
        }
    }

    private func complication(_ c: Complication, into out: inout Lines) {
        out.wrapped("\(c.id)  \(c.kind.labelText.shown)  \(c.status.rawValueText.shown)  \(clean(c.summary))")
        out.line(tr("cli.show.onset", ["time": time(c.onset)]) + (c.resolvedAt.map { tr("cli.show.resolved", ["time": time($0)]) } ?? ""), indent: 4)
        for (label, value) in c.details.labelled {
            let shown = Localisation.language == .english ? label.capitalized : ComplicationsTab.detailLabel(label)
            out.wrapped(tr("cli.show.detail", ["label": shown, "value": clean(value)]), indent: 4)
        }
        out.line(tr("cli.show.recordedBy", ["by": clean(c.recordedBy)]), indent: 4)
        history(c.history, into: &out)
    }

    private func note(_ n: Note, into out: inout Lines) {
        out.line("\(n.id)  \(time(n.at))  \(n.service.rawValueText.shown)  \(n.type.rawValueText.shown)  " + tr("cli.show.signedBy", ["by": clean(n.author)]))
        if let cosignature = n.cosignature {
            if let by = cosignature.by {
                out.line(tr("cli.show.cosignedBy", ["by": clean(by)]) + (cosignature.at.map { " \(time($0))" } ?? ""), indent: 4)
            } else {
                out.line(tr("cli.show.awaitingCosignature", ["id": n.id]), indent: 4)
            }
        }
        if let mark = n.enteredInError {
            out.wrapped(
                tr("cli.show.enteredInError", ["by": clean(mark.by), "time": time(mark.at), "reason": clean(mark.reason)]), indent: 4)
        }
        out.paragraphs(n.text, indent: 4)
        for addendum in n.addenda {
            out.line(tr("cli.show.addendum", ["id": addendum.id, "by": clean(addendum.author), "time": time(addendum.at)]), indent: 4)
            out.paragraphs(addendum.text, indent: 6)
        }
    }

    private func action(_ a: ActionItem, into out: inout Lines) {
        var line = "\(a.done ? "[x]" : "[ ]") \(a.id)  \(clean(a.text))"
        if let owner = a.owner { line += tr("cli.show.owner", ["owner": clean(owner)]) }
        if let due = a.due { line += tr("cli.show.actionDue", ["time": time(due)]) }
        out.wrapped(line)
        var signed = tr("cli.show.addedBy", ["by": clean(a.createdBy), "time": time(a.createdAt)])
        if a.done { signed += tr("cli.show.doneBy", ["by": clean(a.doneBy ?? "?"), "time": a.doneAt.map(time) ?? ""]) }
        out.line(signed, indent: 4)
    }

    private func contingency(_ k: Contingency, into out: inout Lines) {
        out.wrapped("\(k.id)  " + tr("cli.show.if", ["condition": clean(k.condition)]))
        out.wrapped(tr("cli.show.then", ["action": clean(k.action)]), indent: 4)
        out.line(tr("cli.show.addedBy", ["by": clean(k.author), "time": time(k.at)]), indent: 4)
    }

    private func exam(_ e: ExamRecord, into out: inout Lines) {
        let anal = ["analSensation": tr("cli.show.analSensation"), "analContraction": tr("cli.show.analContraction")]
            .sorted { $0.key > $1.key }
            .compactMap { key, label in e.values[key].map { "\(label) \(clean($0))" } }
        let details = ([tr("cli.show.examValues", count: e.values.count)] + anal).joined(separator: tr("cli.show.listSeparator"))
        out.line("\(e.id)  \(time(e.at))  " + tr("cli.show.examinedBy", ["by": clean(e.examinedBy), "details": details]))
    }

    private func acknowledgement(_ a: AlertAcknowledgement, into out: inout Lines) {
        out.wrapped("\(a.id)  \(clean(a.alertKey))  " + tr("cli.show.acknowledgedBy", ["by": clean(a.by), "time": time(a.at), "reason": clean(a.reason)]))
    }

    /// One line a move: `2026-11-25 08:30  on-hold  by dr.ma: LP today`.
    private func history<S>(_ changes: [StatusChange<S>], into out: inout Lines) {
        out.line(tr("cli.show.history"), indent: 4)
        for change in changes {
            let reason = change.reason.map { tr("cli.show.reason", ["reason": clean($0)]) } ?? ""
            out.wrapped("\(time(change.at))  \(change.to.rawValueText.shown)  " + tr("cli.show.changedBy", ["by": clean(change.by)]) + reason, indent: 6)
        }
    }

    private func section<T>(_ title: String, _ items: [T], into out: inout Lines, _ body: (T, inout Lines) -> Void) {
        guard !items.isEmpty else { return }
        out.blank()
        out.line(tr("cli.show.section", ["title": title, "count": String(items.count)]), indent: 0)
        for item in items { body(item, &out) }
    }

    private func clean(_ text: String) -> String { Sanitizer.line(text) }
    private func time(_ date: Date) -> String { ClinicalTime.format(date, in: timeZone) }
}

/// The text being built, with indentation and wrapping by display width.
private struct Lines {
    var width: Int
    private(set) var lines: [String] = []

    init(width: Int) { self.width = width }

    var text: String { lines.joined(separator: "\n") }

    mutating func blank() { lines.append("") }

    mutating func line(_ text: String, indent: Int = 2) {
        lines.append(String(repeating: " ", count: indent) + text)
    }

    /// One sanitised line of text, wrapped, continuation lines indented two more.
    mutating func wrapped(_ text: String, indent: Int = 2) {
        let pad = String(repeating: " ", count: indent)
        for (index, part) in TextLayout.wrap(text, width: max(width - indent - 2, 20)).enumerated() {
            lines.append(pad + (index == 0 ? "" : "  ") + part)
        }
    }

    /// Multi-line stored text: sanitised keeping its line breaks; each line wrapped, keeping its own
    /// indentation (a note's numbered list stays indented).
    mutating func paragraphs(_ text: String, indent: Int) {
        for paragraph in Sanitizer.multiline(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let body = paragraph.drop { $0 == " " }
            guard !body.isEmpty else {
                lines.append("")
                continue
            }
            let pad = String(repeating: " ", count: indent + paragraph.count - body.count)
            for part in TextLayout.wrap(String(body), width: max(width - pad.count, 20)) {
                lines.append(pad + part)
            }
        }
    }
}
