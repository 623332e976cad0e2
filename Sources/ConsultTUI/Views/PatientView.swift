import ConsultBoard

/// The patient screen: who the patient is (two lines), the tab bar, and the open tab.
enum PatientView {
    static func draw(_ state: AppState, mrn: MRN, into canvas: inout Canvas) {
        guard let record = state.board.patients[mrn] else { return }
        let layout = state.layout
        let p = record.patient
        let severity = Badges.severity(p.severity)
        var x = 1
        x += canvas.put(Sanitizer.line(p.name), x: x, y: 1, maxWidth: canvas.width / 3, style: .heading)
        let header = tr("patient.headerLine", ["age": "\(p.age)", "sex": p.sex.shown, "bed": Sanitizer.line(p.bed), "mrn": p.mrn])
        x += canvas.put(header, x: x, y: 1, style: .plain)
        canvas.put(severity.text, x: x, y: 1, style: severity.style)
        // Allergies whole, wrapped (a long diagnosis is what gets cut, never the allergies).
        for (row, line) in PatientHeader.lines(record, width: canvas.width - 2).prefix(layout.patientHeaderRows).enumerated() {
            canvas.put(line, x: 1, y: 2 + row, style: .muted)
        }
        drawTabBar(state, into: &canvas)

        let time = TimeFormat(timeZone: state.timeZone, now: state.now)
        let cursor = state.tabCursors[state.tab] ?? ListCursor()
        // Records others created or changed since this tab was last looked at carry "•" in the list's margin.
        let marked = state.unread.marked(mrn, tab: state.tab)
        switch state.tab {
        case .overview:
            let doc = OverviewTab.document(record, state: state, width: canvas.width - 2)
            let scroll = min(state.overviewScroll, doc.maxScroll(rows: layout.documentHeight))
            doc.draw(into: &canvas, x: 1, y: layout.patientContentTop, width: canvas.width - 2, height: layout.documentHeight, scroll: scroll)
        case .consults: RecordListView.draw(ConsultsTab.list(record, time: time), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        case .orders: RecordListView.draw(OrdersTab.list(record, time: time, now: state.now, timeZone: state.timeZone), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        case .results: RecordListView.draw(ResultsTab.list(record, time: time), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        case .labs: RecordListView.draw(LabsTab.list(record, time: time, ranges: state.settings.referenceRanges), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        case .complications: RecordListView.draw(ComplicationsTab.list(record, time: time), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        case .notes:
            RecordListView.draw(NotesTab.list(record, time: time, search: state.noteQuery), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        case .history: RecordListView.draw(HistoryTab.list(state.history[mrn], time: time), cursor: cursor, layout: layout, marked: marked, into: &canvas)
        }
    }

    /// "1 Overview  2 Consults ..." with the open tab highlighted; short titles when the full ones do not fit.
    static func drawTabBar(_ state: AppState, into canvas: inout Canvas) {
        let y = state.layout.tabBarRow
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1)
        // A tab with changes by others not yet looked at carries "•" (a mark, not a colour: NO_COLOR keeps it).
        let unread = state.currentMRN.flatMap { state.unread.patient($0, in: state.board) }?.areas ?? []
        func labels(short: Bool, padded: Bool) -> [String] {
            PatientTab.allCases.map {
                " \($0.rawValue) \(short ? $0.shortTitle : $0.title)" + ($0.area.map(unread.contains) == true ? "•" : "") + (padded ? " " : "")
            }
        }
        let candidates = [labels(short: false, padded: true), labels(short: false, padded: false), labels(short: true, padded: false)]
        let chosen = candidates.first { $0.reduce(0) { $0 + DisplayWidth.of($1) } <= canvas.width } ?? candidates[2]
        var x = 0
        for (tab, label) in zip(PatientTab.allCases, chosen) {
            let style = tab == state.tab ? Style(tone: .accent, bold: true, reverse: true) : Style.muted
            let w = canvas.put(label, x: x, y: y, style: style)
            canvas.addHitRegion(x: x, y: y, width: w, target: .tab(tab))
            x += w
        }
    }
}
