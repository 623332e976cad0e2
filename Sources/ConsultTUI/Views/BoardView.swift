import ConsultBoard

/// The board screen: the ward's patient list, and the selected patient's summary beside it (wide terminals)
/// or below it (narrow ones).
///
/// Only the visible rows are built, and each row reads only the patient's header, consults and alert count,
/// never their notes, so the first frame of a big board is quick.
enum BoardView {
    /// Column widths of the patient list.
    struct Columns {
        let mark = 2, bed = 6, name: Int, age = 5, severity = 9, alerts = 4
        let consults: Int
        init(width: Int) {
            name = width >= 100 ? 20 : 16
            consults = max(0, width - (2 + 6 + name + 1 + 5 + 1 + 9 + 4))
        }
    }

    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let layout = state.layout
        let patients = state.visiblePatients
        drawInfoLine(state, count: patients.count, into: &canvas)
        let width = layout.boardListWidth
        let columns = Columns(width: width)
        let headingRow = layout.bodyTop + 1
        var heading = "  " + TextLayout.pad(tr("board.heading.bed"), width: columns.bed)
        heading += TextLayout.pad(tr("board.heading.name"), width: columns.name) + " "
        heading += TextLayout.pad(tr("board.heading.age"), width: columns.age) + " "
        heading += TextLayout.pad(tr("board.heading.severity"), width: columns.severity)
        heading += TextLayout.pad("⚠", width: columns.alerts) + tr("board.heading.consults")
        canvas.put(heading, x: 0, y: headingRow, maxWidth: width, style: .muted)

        if patients.isEmpty {
            let message = state.board.patients.isEmpty ? tr("board.empty") : tr("board.noMatch")
            canvas.put(message, x: 2, y: layout.boardListTop, maxWidth: width - 2, style: .muted)
        }
        let top = min(state.boardTop, max(0, patients.count - layout.boardListRows))
        for row in 0..<layout.boardListRows {
            let index = top + row
            guard index < patients.count else { break }
            let record = patients[index]
            let y = layout.boardListTop + row
            drawRow(record, state: state, selected: record.mrn == state.selectedMRN, columns: columns, width: width, y: y, into: &canvas)
            canvas.addHitRegion(x: 0, y: y, width: width, target: .patient(record.mrn))
        }
        if top > 0 { canvas.put("↑", x: width - 1, y: layout.boardListTop, style: .accent) }
        if top + layout.boardListRows < patients.count {
            canvas.put("↓", x: width - 1, y: layout.boardListTop + layout.boardListRows - 1, style: .accent)
        }

        let selected = patients.first { $0.mrn == state.selectedMRN } ?? patients.first
        if layout.isWide {
            let x = width + 1
            for y in layout.bodyTop..<layout.statusRow { canvas.put("│", x: width, y: y, style: .muted) }
            if let selected {
                summary(selected, state: state, width: canvas.width - x - 1).draw(
                    into: &canvas, x: x + 1, y: layout.bodyTop, width: canvas.width - x - 1, height: layout.bodyHeight,
                    scroll: state.boardSummaryScroll)
            }
        } else {
            let y = layout.boardListTop + layout.boardListRows
            let title = selected.map { "\(Sanitizer.line($0.patient.name)) · \($0.mrn)" }
            canvas.rule(y: y, title: title)
            if let selected {
                summary(selected, state: state, width: canvas.width - 2).draw(
                    into: &canvas, x: 1, y: y + 1, width: canvas.width - 2, height: layout.statusRow - y - 1,
                    scroll: state.boardSummaryScroll)
            }
        }
    }

    static func drawInfoLine(_ state: AppState, count: Int, into canvas: inout Canvas) {
        let y = state.layout.bodyTop
        let total = state.board.patients.values.reduce(0) { $0 + ($1.patient.isOnWard ? 1 : 0) }  // discharged ones are not counted
        var text = " " + tr("board.count", count: total, ["order": state.sort.label])
        if let input = state.filterInput {
            text += tr("board.filter.typing")
            let x = canvas.put(text, x: 0, y: y, style: .muted)
            let shown = Sanitizer.line(input.text)
            canvas.put(shown, x: x, y: y, maxWidth: canvas.width - x - 16, style: Style(tone: .accent, bold: true, underline: true))
            let cursorColumn = DisplayWidth.of(String(input.characters.prefix(input.cursor)))
            canvas.cursor = (x + min(cursorColumn, canvas.width - x - 17), y)
            canvas.put(tr("board.filter.matches", count: count), x: x + DisplayWidth.of(shown), y: y, style: .muted)
            return
        }
        if !state.markedForPrint.isEmpty { text += " · " + PrintWords.markedInfo(state.markedForPrint.count) }
        if state.filter.isActive {
            text += tr("board.filter.showing", ["count": String(count), "filter": Sanitizer.line(state.filter.summary)])
        }
        canvas.put(text, x: 0, y: y, maxWidth: canvas.width, style: .muted)
    }

    static func drawRow(
        _ record: PatientRecord, state: AppState, selected: Bool, columns: Columns, width: Int, y: Int,
        into canvas: inout Canvas
    ) {
        let p = record.patient
        func style(_ s: Style) -> Style { selected ? s.selected : s }
        if selected { canvas.fill(x: 0, y: y, width: width, height: 1, style: .selected) }
        var x = 0
        let unread = state.unread.contains(record.mrn, in: state.board)
        // The mark column: • changed since you last looked, ✓ marked for the handoff (Space).
        let printMark = state.markedForPrint.contains(record.mrn) ? "✓" : ""
        x += canvas.put(TextLayout.pad((unread ? "•" : printMark.isEmpty ? "" : " ") + printMark, width: columns.mark), x: x, y: y, style: style(Style(tone: .warning, bold: true)))
        x += canvas.put(TextLayout.pad(Sanitizer.line(p.bed), width: columns.bed), x: x, y: y, style: style(.bold))
        x += canvas.put(TextLayout.pad(Sanitizer.line(p.name), width: columns.name) + " ", x: x, y: y, style: style(.plain))
        x += canvas.put(TextLayout.pad("\(p.age) \(p.sex.shown)", width: columns.age) + " ", x: x, y: y, style: style(.plain))
        let severity = Badges.severity(p.severity)
        x += canvas.put(TextLayout.pad(severity.text, width: columns.severity), x: x, y: y, style: style(severity.style))
        let alerts = state.alertCounts.open(record, now: state.now, timeZone: state.timeZone, rules: state.settings.safetyRules)
        x += canvas.put(TextLayout.pad(alerts > 0 ? "⚠\(alerts)" : "", width: columns.alerts), x: x, y: y, style: style(.danger))
        var badgeX = x
        let limit = x + columns.consults
        for badge in Badges.consults(record, now: state.now, clock: state.settings.consultClock) {
            let w = DisplayWidth.of(badge.text)
            if badgeX + w > limit {
                canvas.put("…", x: limit - 1, y: y, style: style(.muted))
                break
            }
            badgeX += canvas.put(badge.text + " ", x: badgeX, y: y, maxWidth: limit - badgeX, style: style(badge.style))
        }
    }

    /// The selected patient at a glance.
    static func summary(_ record: PatientRecord, state: AppState, width: Int) -> Document {
        let p = record.patient
        let time = TimeFormat(timeZone: state.timeZone, now: state.now)
        var doc = Document(width: width)
        let severity = Badges.severity(p.severity)
        doc.line([
            (TextLayout.truncate(Sanitizer.line(p.name), width: width / 2), .bold),
            (tr("patient.ageSexBed", ["age": "\(p.age)", "sex": p.sex.shown, "bed": Sanitizer.line(p.bed)]), .plain),
        ])
        doc.line([("\(p.mrn) · ", .muted), (severity.text, severity.style)])
        doc.field(tr("patient.dx"), p.diagnosis)
        doc.field(tr("patient.allergies"), shownAllergies(record), valueStyle: record.allergiesNotRecorded ? .muted : .warning)
        if !p.summary.isEmpty { doc.field(tr("patient.summary"), p.summary) }
        for line in ClinicalPanel.summaryLines(record, now: state.now, timeZone: state.timeZone, rules: state.settings.safetyRules) {
            if line.oneLine {
                doc.line(TextLayout.truncate(line.text, width: width - 1), line.style)
            } else {
                doc.text(line.text, style: line.style)
            }
        }
        let open = record.consults.filter { $0.status.isOpen }
        if !open.isEmpty {
            doc.heading(tr("patient.openConsults"))
            for consult in open.reversed() {
                doc.line([
                    ("\(consult.service.shownBadge)\(Badges.consultMark(consult.status)) ", Badges.style(consult.status)),
                    (TextLayout.truncate("\(consult.status.shown), \(consult.urgency.shown): \(Sanitizer.line(consult.question))", width: width - 6), .plain),
                ])
            }
        }
        let actions = record.actions.filter { !$0.done }
        if !actions.isEmpty {
            doc.heading(tr("patient.openActions", ["count": String(actions.count)]))
            for action in actions.prefix(3) {
                doc.line(TextLayout.truncate("☐ " + Sanitizer.line(action.text), width: width - 1))
            }
        }
        if let note = record.notes.last {
            doc.heading(tr("patient.latestNote"))
            doc.line(TextLayout.truncate("\(time.short(note.at)) \(Sanitizer.line(note.author)) · \(note.shownKind)", width: width - 1), .muted)
            let firstLine = Sanitizer.line(String(note.text.prefix(400)))
            doc.line(TextLayout.truncate(firstLine, width: width - 1))
        }
        return doc
    }

    /// The allergy summary as people read it: "not recorded" is the one fixed phrase it can hold.
    static func shownAllergies(_ record: PatientRecord) -> String {
        record.allergiesNotRecorded ? tr("patient.notRecorded") : record.allergySummaryText.shown
    }
}
