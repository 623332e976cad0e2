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
            (tr("overview.severity"), .muted), (severity.text, severity.style), (tr("overview.admitted"), .muted),
            (time.dateTime(p.admittedAt), .plain),
        ])
        // The Overview's own keys, on a line of their own so that none is cut at 80 columns.
        doc.text(tr("overview.keys"), style: .muted)
        doc.field(tr("overview.diagnosis"), p.diagnosis)
        let allergies = BoardView.shownAllergies(record)
        doc.field(tr("patient.allergies"), allergies, valueStyle: record.allergiesNotRecorded ? .muted : .warning)
        doc.field(tr("overview.weight"), p.weightKg.map { "\($0.formatted()) kg" } ?? tr("patient.notRecorded"))
        // The injury time the MAP target counts from (shown once recorded: `e`, or `patient set --injured-at`).
        if let injured = p.injuredAt { doc.field(tr("overview.injured"), time.dateTime(injured)) }
        OverviewHandover.add(record, state: state, time: time, into: &doc)
        let critical = CriticalValueLoop.open(record, ranges: state.settings.referenceRanges)
        if !critical.isEmpty {
            doc.heading(tr("overview.critical", ["count": String(critical.count)]))
            for item in critical {
                doc.text("‼ \(item.shownHeadline) · \(time.short(item.lab.at)) · \(CriticalValueForm.stateWords(item.state))", style: .danger, hanging: 2)
            }
        }
        doc.heading(tr("patient.summary"))
        doc.text(p.summary.isEmpty ? tr("overview.noSummary") : p.summary, style: p.summary.isEmpty ? .muted : .plain)
        if !p.problems.isEmpty {
            doc.heading(tr("overview.problems"))
            for (number, problem) in p.problems.enumerated() { doc.text("\(number + 1). \(problem)", hanging: "\(number + 1). ".count) }
        }
        ClinicalPanel.overview(record, now: state.now, timeZone: state.timeZone, time: time, rules: state.settings.safetyRules, into: &doc)
        let open = record.actions.filter { !$0.done }
        doc.heading(tr("overview.actions", ["count": String(open.count)]))
        if open.isEmpty { doc.line(tr("overview.noneOpen"), .muted) }
        for action in open {
            var suffix = ""
            if let owner = action.owner { suffix += " · \(owner)" }
            if let due = action.due { suffix += tr("overview.due", ["time": time.short(due)]) }
            doc.text("☐ \(action.id) \(action.text)\(suffix)", style: (action.due.map { $0 < state.now } ?? false) ? .danger : .plain, hanging: 2)
        }
        let done = record.actions.filter(\.done)
        for action in done.suffix(3) {
            let done = tr("overview.done", ["time": action.doneAt.map(time.short) ?? "", "by": action.doneBy ?? ""])
            doc.text("☑ \(action.id) \(action.text)\(done)", style: .muted)
        }
        doc.heading(tr("overview.contingencies"))
        if record.contingencies.isEmpty { doc.line(tr("overview.none"), .muted) }
        for contingency in record.contingencies {
            doc.text(tr("overview.ifThen", ["condition": contingency.condition, "action": contingency.action]))
        }
        let active = record.complications.filter { $0.status == .active }
        if !active.isEmpty {
            doc.heading(tr("overview.activeComplications"))
            for c in active {
                doc.text(tr("overview.since", ["kind": c.kind.shown, "summary": c.summary, "time": time.short(c.onset)]), style: .danger)
            }
        }
        let consults = record.consults.filter { $0.status.isOpen }
        if !consults.isEmpty {
            doc.heading(tr("patient.openConsults"))
            for c in consults.reversed() {
                doc.text("\(c.service.shownBadge)\(Badges.consultMark(c.status)) \(c.status.shown) · \(c.question)")
            }
        }
        return doc
    }
}
