import ConsultBoard

/// The Overview tab: the patient's header in full, the I-PASS summary, problems, open actions, contingencies,
/// active complications and the clinical facts (renal function, fever, ISNCSCI, alerts) as one scrolling page.
enum OverviewTab {
    static func document(_ record: PatientRecord, state: AppState, width: Int) -> Document {
        let p = record.patient
        let time = TimeFormat(timeZone: state.timeZone, now: state.now)
        var doc = Document(width: width)
        let severity = Badges.severity(p.severity)
        doc.line([
            ("Severity: ", .muted), (severity.text, severity.style), ("   Admitted: ", .muted), (time.dateTime(p.admittedAt), .plain),
            ("   e edit · ! acknowledge an alert", .muted),
        ])
        doc.field("Diagnosis", p.diagnosis)
        doc.field("Allergies", record.allergySummary, valueStyle: record.allergySummary == "not recorded" ? .muted : .warning)
        doc.field("Weight", p.weightKg.map { "\($0.formatted()) kg" } ?? "not recorded")
        OverviewHandover.add(record, state: state, time: time, into: &doc)
        let critical = CriticalValueLoop.open(record, ranges: state.settings.referenceRanges)
        if !critical.isEmpty {
            doc.heading("‼ Critical values open (\(critical.count)): close each loop with consult-board critical")
            for item in critical {
                doc.text("‼ \(item.headline) · \(time.short(item.lab.at)) · \(item.state.label)", style: .danger, hanging: 2)
            }
        }
        doc.heading("Summary")
        doc.text(p.summary.isEmpty ? "No summary yet." : p.summary, style: p.summary.isEmpty ? .muted : .plain)
        if !p.problems.isEmpty {
            doc.heading("Problems")
            for (number, problem) in p.problems.enumerated() { doc.text("\(number + 1). \(problem)", hanging: "\(number + 1). ".count) }
        }
        ClinicalPanel.overview(record, now: state.now, timeZone: state.timeZone, time: time, into: &doc)
        let open = record.actions.filter { !$0.done }
        doc.heading("Action items (\(open.count) open)  a add · d done")
        if open.isEmpty { doc.line("None open.", .muted) }
        for action in open {
            var suffix = ""
            if let owner = action.owner { suffix += " · \(owner)" }
            if let due = action.due { suffix += " · due \(time.short(due))" }
            doc.text("☐ \(action.id) \(action.text)\(suffix)", style: (action.due.map { $0 < state.now } ?? false) ? .danger : .plain, hanging: 2)
        }
        let done = record.actions.filter(\.done)
        for action in done.suffix(3) {
            doc.text("☑ \(action.id) \(action.text) · done \(action.doneAt.map(time.short) ?? "") \(action.doneBy ?? "")", style: .muted)
        }
        doc.heading("Contingencies  c add")
        if record.contingencies.isEmpty { doc.line("None.", .muted) }
        for contingency in record.contingencies {
            doc.text("If \(contingency.condition) → \(contingency.action)")
        }
        let active = record.complications.filter { $0.status == .active }
        if !active.isEmpty {
            doc.heading("Active complications")
            for c in active { doc.text("\(c.kind.label): \(c.summary) (since \(time.short(c.onset)))", style: .danger) }
        }
        let consults = record.consults.filter { $0.status.isOpen }
        if !consults.isEmpty {
            doc.heading("Open consults")
            for c in consults.reversed() {
                doc.text("\(c.service.badge)\(Badges.consultMark(c.status)) \(c.status.rawValue) · \(c.question)")
            }
        }
        return doc
    }
}
