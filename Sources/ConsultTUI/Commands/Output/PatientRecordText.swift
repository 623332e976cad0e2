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
        section("CONSULTS", record.consults, into: &out) { consult($0, into: &$1) }
        section("ORDERS", record.orders, into: &out) { order($0, weightKg: record.patient.weightKg, into: &$1) }
        section("RESULTS", record.results, into: &out) { result($0, into: &$1) }
        labs(record, into: &out)
        section("COMPLICATIONS", record.complications, into: &out) { complication($0, into: &$1) }
        section("NOTES", record.notes, into: &out) { note($0, into: &$1) }
        section("ACTIONS", record.actions, into: &out) { action($0, into: &$1) }
        section("CONTINGENCIES", record.contingencies, into: &out) { contingency($0, into: &$1) }
        section("ISNCSCI EXAMS", record.examsByTime, into: &out) { exam($0, into: &$1) }
        section("ALERT ACKNOWLEDGEMENTS", record.acknowledgements, into: &out) { acknowledgement($0, into: &$1) }
        return out.text
    }

    // MARK: - Parts

    private func header(_ record: PatientRecord, into out: inout Lines) {
        let p = record.patient
        out.line("\(p.mrn)  \(clean(p.name))  \(p.age) \(p.sex.rawValue)  bed \(clean(p.bed))  \(p.severity.rawValue.uppercased())", indent: 0)
        out.wrapped("Diagnosis: \(clean(p.diagnosis))", indent: 0)
        var facts = ["Admitted: \(time(p.admittedAt))"]
        facts.append("Weight: \(p.weightKg.map { "\(ClinicalNumber.plain($0)) kg" } ?? "not recorded")")
        facts.append("Allergies: \(clean(record.allergySummary))")
        out.wrapped(facts.joined(separator: "   "), indent: 0)
        if !p.summary.isEmpty { out.wrapped("Summary: \(clean(p.summary))", indent: 0) }
        if !p.problems.isEmpty {
            out.line("Problems:", indent: 0)
            for (number, problem) in p.problems.enumerated() { out.wrapped("\(number + 1). \(clean(problem))", indent: 2) }
        }
    }

    private func clinical(_ summary: ClinicalSummary, into out: inout Lines) {
        out.blank()
        out.line("CLINICAL NOW (derived from the record at \(time(summary.asOf)); rules \(summary.ruleSetVersion))", indent: 0)
        out.wrapped("Kidney: " + (summary.kidneyLine(time: time) ?? "no creatinine recorded"))
        if summary.renal.latest != nil {
            let aki = summary.aki.summary(timeZone: timeZone)  // "AKI stage 1: ..." or "no AKI by KDIGO criteria"
            out.wrapped(aki.prefix(1).uppercased() + aki.dropFirst())
        }
        out.wrapped("Temperature: " + (summary.temperatureLine(time: time) ?? "none recorded"))
        if let latest = summary.neuro.latest {
            let classification: String
            switch latest.classification {
            case let .success(result): classification = result.summary
            case let .failure(error): classification = "cannot be classified: \(error.description)"
            }
            var line = "ISNCSCI \(latest.exam.id) \(time(latest.exam.at)): \(clean(classification))"
            if let change = summary.neuro.latestDeterioration { line += "; WORSE: " + clean(change.description) }
            out.wrapped(line)
        }
        let open = summary.openAlerts
        out.line("Open safety alerts: \(open.isEmpty ? "none" : "\(open.count)")\(summary.acknowledgedAlerts.isEmpty ? "" : " (\(summary.acknowledgedAlerts.count) acknowledged)")")
        for alert in open {
            out.wrapped("\(alert.severity.rawValue.uppercased()) \(alert.ruleID): \(clean(alert.message))", indent: 4)
        }
    }

    private func consult(_ c: Consult, into out: inout Lines) {
        out.line("\(c.id)  \(c.service.rawValue)  \(c.urgency.rawValue)  \(c.status.rawValue)")
        out.wrapped("Question: \(clean(c.question))", indent: 4)
        out.line("Requested by \(clean(c.requestedBy)) \(time(c.requestedAt))", indent: 4)
        let timing = settings.consultClock.timing(c, now: now)
        var clock = "Due \(time(timing.dueAt))"
        if let accepted = timing.acceptedAt { clock += "; accepted \(time(accepted))" }
        if let seen = timing.seenAt { clock += "; seen \(time(seen))\(timing.seenLate ? " (late)" : "")" }
        if timing.overdue { clock += "; OVERDUE" }
        out.line(clock, indent: 4)
        history(c.history, into: &out)
        for r in c.recommendations {
            out.wrapped("Recommendation (\(clean(r.by)) \(time(r.at))): \(clean(r.text))", indent: 4)
        }
    }

    private func order(_ o: Order, weightKg: Double?, into out: inout Lines) {
        out.wrapped("\(o.id)  \(o.status.rawValue)  \(o.kind.rawValue)  \(o.service.rawValue)  \(clean(o.headline))")
        if o.text != o.headline { out.wrapped(clean(o.text), indent: 4) }
        out.line("Ordered by \(clean(o.orderedBy)) \(time(o.orderedAt))", indent: 4)
        history(o.history, into: &out)
        if !o.doses.isEmpty || AdministrationRecord.overdueSince(o, now: now) != nil {
            out.line("Administration record:", indent: 4)
            for dose in o.doses { out.wrapped(AdministrationLines.dose(dose, time: time), indent: 6) }
            for line in AdministrationLines.status(o, now: now, timeZone: timeZone, weightKg: weightKg, time: time) { out.wrapped(line, indent: 6) }
        }
    }

    private func result(_ r: DiagnosticResult, into out: inout Lines) {
        var title = ["\(r.id)", r.kind.label, r.status.rawValue]
        if let region = r.region { title.append(clean(region)) }
        if let levels = r.levels { title.append("levels \(clean(levels))") }
        out.wrapped(title.joined(separator: "  "))
        out.wrapped("Impression: \(clean(r.summary))", indent: 4)
        if !r.findings.isEmpty {
            out.line("Findings:", indent: 4)
            out.paragraphs(r.findings, indent: 6)
        }
        out.line("Reported by \(clean(r.reportedBy)) \(time(r.reportedAt))\(r.orderID.map { " for order \($0)" } ?? "")", indent: 4)
        history(r.history, into: &out)
    }

    private func labs(_ record: PatientRecord, into out: inout Lines) {
        guard !record.labs.isEmpty else { return }
        out.blank()
        out.line("LABS AND VITALS (\(record.labs.count))", indent: 0)
        var tests: [String] = []
        for lab in record.labs where !tests.contains(lab.test) { tests.append(lab.test) }
        let ranges = settings.referenceRanges
        for test in tests {
            let series = record.labs(named: test)
            let range = series.first.flatMap { ranges.range(for: $0, of: record.patient) }
            out.line("\(clean(test)) (\(range.map { "reference \($0.description)" } ?? clean(series.first?.unit ?? ""))):", indent: 2)
            for lab in series {
                let unit = lab.unit == series.first?.unit ? "" : " \(clean(lab.unit))"
                let period = lab.periodHours.map { " over \(ClinicalNumber.plain($0)) h" } ?? ""
                let mark = ranges.flag(lab, of: record.patient).map(\.mark) ?? ""
                let value = "\(ClinicalNumber.plain(lab.value))\(unit)\(period)"
                out.line("\(time(lab.at))  \(value) \(mark.padding(toLength: 2, withPad: " ", startingAt: 0))  \(lab.id) by \(clean(lab.enteredBy))", indent: 4)
            }
        }
        let pressures = MeanArterialPressure.series(record)
        if !pressures.isEmpty {
            out.line("mean arterial pressure (derived from the pairs above):", indent: 2)
            for map in pressures { out.line("\(time(map.at))  \(map.description)", indent: 4) }
        }
    }

    private func complication(_ c: Complication, into out: inout Lines) {
        out.wrapped("\(c.id)  \(c.kind.label)  \(c.status.rawValue)  \(clean(c.summary))")
        out.line("Onset \(time(c.onset))\(c.resolvedAt.map { ", resolved \(time($0))" } ?? "")", indent: 4)
        for (label, value) in c.details.labelled { out.wrapped("\(label.capitalized): \(clean(value))", indent: 4) }
        out.line("Recorded by \(clean(c.recordedBy))", indent: 4)
        history(c.history, into: &out)
    }

    private func note(_ n: Note, into out: inout Lines) {
        out.line("\(n.id)  \(time(n.at))  \(n.service.rawValue)  \(n.type.rawValue)  signed by \(clean(n.author))")
        if let cosignature = n.cosignature {
            if let by = cosignature.by {
                out.line("cosigned by \(clean(by))\(cosignature.at.map { " \(time($0))" } ?? "")", indent: 4)
            } else {
                out.line("AWAITING COSIGNATURE by an attending (上级医师审签): consult-board note cosign \(n.id)", indent: 4)
            }
        }
        if let mark = n.enteredInError {
            out.wrapped(
                "ENTERED IN ERROR (marked by \(clean(mark.by)) \(time(mark.at))): \(clean(mark.reason))", indent: 4)
        }
        out.paragraphs(n.text, indent: 4)
        for addendum in n.addenda {
            out.line("Addendum \(addendum.id) by \(clean(addendum.author)) \(time(addendum.at)):", indent: 4)
            out.paragraphs(addendum.text, indent: 6)
        }
    }

    private func action(_ a: ActionItem, into out: inout Lines) {
        var line = "\(a.done ? "[x]" : "[ ]") \(a.id)  \(clean(a.text))"
        if let owner = a.owner { line += "  (owner \(clean(owner)))" }
        if let due = a.due { line += "  due \(time(due))" }
        out.wrapped(line)
        var signed = "Added by \(clean(a.createdBy)) \(time(a.createdAt))"
        if a.done { signed += "; done by \(clean(a.doneBy ?? "?")) \(a.doneAt.map(time) ?? "")" }
        out.line(signed, indent: 4)
    }

    private func contingency(_ k: Contingency, into out: inout Lines) {
        out.wrapped("\(k.id)  If \(clean(k.condition))")
        out.wrapped("then \(clean(k.action))", indent: 4)
        out.line("Added by \(clean(k.author)) \(time(k.at))", indent: 4)
    }

    private func exam(_ e: ExamRecord, into out: inout Lines) {
        let anal = ["analSensation": "anal sensation", "analContraction": "anal contraction"]
            .sorted { $0.key > $1.key }
            .compactMap { key, label in e.values[key].map { "\(label) \(clean($0))" } }
        let details = (["\(e.values.count) values"] + anal).joined(separator: ", ")
        out.line("\(e.id)  \(time(e.at))  examined by \(clean(e.examinedBy)): \(details)")
    }

    private func acknowledgement(_ a: AlertAcknowledgement, into out: inout Lines) {
        out.wrapped("\(a.id)  \(clean(a.alertKey))  by \(clean(a.by)) \(time(a.at)): \(clean(a.reason))")
    }

    /// One line a move: `2026-11-25 08:30  on-hold  by dr.ma: LP today`.
    private func history<S>(_ changes: [StatusChange<S>], into out: inout Lines) {
        out.line("History:", indent: 4)
        for change in changes {
            let reason = change.reason.map { ": \(clean($0))" } ?? ""
            out.wrapped("\(time(change.at))  \(change.to.rawValue)  by \(clean(change.by))\(reason)", indent: 6)
        }
    }

    private func section<T>(_ title: String, _ items: [T], into out: inout Lines, _ body: (T, inout Lines) -> Void) {
        guard !items.isEmpty else { return }
        out.blank()
        out.line("\(title) (\(items.count))", indent: 0)
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
