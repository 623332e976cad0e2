import ConsultBoard
import Foundation

/// The flowsheet and the trend chart over the body of the patient screen. The words a person reads are kept
/// together (`Words`) for the message catalogue.
enum ClinicalViewScreen {
    enum Words {
        // Computed, not stored: a `static let` would keep the language it was first read in.
        static var flowsheet: String { tr("flowsheet.title") }
        static var flowsheetKeys: String { tr("flowsheet.keys") }
        static var chartKeys: String { tr("chart.keys") }
        static var noValues: String { tr("flowsheet.noValues") }
        static var noChart: String { tr("chart.noValues") }
        static var older: String { tr("flowsheet.older") }
        static var legend: String { tr("flowsheet.legend") }
        static func preset(_ preset: FlowsheetPreset) -> String {
            switch preset {
            case .vitals: tr("flowsheet.preset.vitals")
            case .renal: tr("flowsheet.preset.renal")
            case .infection: tr("flowsheet.preset.infection")
            case .coagulation: tr("flowsheet.preset.coagulation")
            }
        }
        static func latest(_ count: Int, _ value: String, _ flag: String) -> String {
            tr("chart.latest", count: count, ["value": value, "flag": flag.isEmpty ? "" : " " + flag])
        }
    }

    static func draw(_ view: ClinicalViewState, record: PatientRecord, state: AppState, into canvas: inout Canvas) {
        let layout = state.layout
        canvas.fill(x: 0, y: layout.bodyTop, width: canvas.width, height: layout.bodyHeight)
        let time = TimeFormat(timeZone: state.timeZone, now: state.now)
        switch view.mode {
        case .flowsheet: flowsheet(view, record: record, state: state, time: time, into: &canvas)
        case let .chart(test, _): chart(test, record: record, state: state, time: time, into: &canvas)
        }
    }

    // MARK: - Flowsheet

    private static let nameWidth = 17
    private static let columnWidth = 8

    private static func flowsheet(_ view: ClinicalViewState, record: PatientRecord, state: AppState, time: TimeFormat, into canvas: inout Canvas) {
        let top = state.layout.bodyTop
        let sheet = Flowsheet(record, preset: view.preset, ranges: state.settings.referenceRanges)
        let presets = FlowsheetPreset.allCases.map { $0 == view.preset ? "[\(Words.preset($0))]" : Words.preset($0) }.joined(separator: " ")
        canvas.rule(y: top, title: "\(Words.flowsheet) · \(presets) · \(Words.flowsheetKeys)")
        guard !sheet.rows.isEmpty else {
            canvas.put(Words.noValues, x: 1, y: top + 2, maxWidth: canvas.width - 2, style: .muted)
            return
        }
        let fit = max(1, (canvas.width - 2 - nameWidth) / columnWidth)
        let end = max(0, sheet.times.count - view.olderBy)
        let start = max(0, end - fit)
        let shown = Array(start..<end)
        var x = 1 + nameWidth
        if start > 0 { canvas.put(Words.older, x: 1, y: top + 1, style: .muted) }
        for column in shown {
            // "11-25 08:30" as two header lines (another year's date has no clock time in `short`).
            let parts = time.short(sheet.times[column]).split(separator: " ").map(String.init)
            canvas.put(parts.first ?? "", x: x, y: top + 1, maxWidth: columnWidth - 1, style: .muted)
            canvas.put(parts.count > 1 ? parts[1] : "", x: x, y: top + 2, maxWidth: columnWidth - 1, style: .muted)
            x += columnWidth
        }
        for (index, row) in sheet.rows.enumerated() {
            let y = top + 3 + index
            guard y < top + state.layout.bodyHeight - 1 else { break }
            let selected = index == view.row
            canvas.put("\(LabTestWords.shown(row.test)) \(row.unit)", x: 1, y: y, maxWidth: nameWidth - 1, style: selected ? .selected : .plain)
            var cx = 1 + nameWidth
            for column in shown {
                if let cell = row.cells[column] { canvas.put(cell.text, x: cx, y: y, maxWidth: columnWidth - 1, style: LabsTab.style(cell.flag)) }
                cx += columnWidth
            }
        }
        let legendY = top + 4 + sheet.rows.count
        if legendY < top + state.layout.bodyHeight { canvas.put(Words.legend, x: 1, y: legendY, maxWidth: canvas.width - 2, style: .muted) }
    }

    // MARK: - Chart

    private static func chart(_ test: String, record: PatientRecord, state: AppState, time: TimeFormat, into canvas: inout Canvas) {
        let top = state.layout.bodyTop
        let ranges = state.settings.referenceRanges
        guard let chart = TrendChart.of(record, test: test, ranges: ranges, now: state.now) else {
            canvas.rule(y: top, title: "\(Sanitizer.line(LabTestWords.shown(test))) · \(Words.chartKeys)")
            canvas.put(Words.noChart, x: 1, y: top + 2, maxWidth: canvas.width - 2, style: .muted)
            return
        }
        canvas.rule(y: top, title: "\(Sanitizer.line(chart.title)) · \(Words.chartKeys)")
        let latestLab = record.labs(named: test).last
        let flag = latestLab.flatMap { ranges.flag($0, of: record.patient) }
        let latest = chart.points.last.map { ClinicalNumber.format($0.value, maxDecimals: 2) } ?? ""
        canvas.put(Words.latest(chart.points.count, latest, flag.map { $0 == .normal ? "" : "\($0.mark) \($0.shown)" } ?? ""),
                   x: 1, y: top + 1, maxWidth: canvas.width - 2, style: LabsTab.style(flag))
        let height = max(3, state.layout.bodyHeight - 5)
        let lines = BrailleChart.lines(chart, width: canvas.width - 2, height: height, time: time.short)
        for (index, line) in lines.enumerated() where top + 2 + index < top + state.layout.bodyHeight {
            canvas.put(line, x: 1, y: top + 2 + index, maxWidth: canvas.width - 2, style: index < height ? .accent : .muted)
        }
    }
}
