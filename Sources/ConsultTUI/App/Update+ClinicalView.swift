import ConsultBoard

extension AppState {
    /// Opens the flowsheet of the open patient.
    mutating func openFlowsheet() {
        clinicalView = ClinicalViewState(mode: .flowsheet)
    }

    /// Opens the chart of `test` (from the Labs tab: the selected value's test).
    mutating func openChart(_ test: String) {
        clinicalView = ClinicalViewState(mode: .chart(test: test, fromFlowsheet: false))
    }

    /// Keys of the flowsheet and the chart: presets, rows and time in the flowsheet; back or close.
    mutating func handleClinicalViewKey(_ key: Key, record: PatientRecord?) -> [Effect] {
        guard var view = clinicalView, let record else {
            clinicalView = nil
            return []
        }
        switch view.mode {
        case let .chart(_, fromFlowsheet):
            switch key {
            case .escape, .backspace, .char("q"), .char("t"):
                if fromFlowsheet { view.mode = .flowsheet } else { clinicalView = nil; return [] }
            default: return []
            }
        case .flowsheet:
            let sheet = Flowsheet(record, preset: view.preset, ranges: settings.referenceRanges)
            switch key {
            case .escape, .backspace, .char("q"), .char("f"):
                clinicalView = nil
                return []
            case .tab, .char("]"):
                view.preset = view.preset.next
                view.row = 0
                view.olderBy = 0
            case .up, .char("k"): view.row = max(0, view.row - 1)
            case .down, .char("j"): view.row = min(max(0, sheet.rows.count - 1), view.row + 1)
            case .left, .char("h"): view.olderBy = min(max(0, sheet.times.count - 1), view.olderBy + 1)
            case .right, .char("l"): view.olderBy = max(0, view.olderBy - 1)
            case .home: view.olderBy = max(0, sheet.times.count - 1)
            case .end: view.olderBy = 0
            case .enter, .char("t"):
                if sheet.rows.indices.contains(view.row) {
                    view.mode = .chart(test: sheet.rows[view.row].test, fromFlowsheet: true)
                }
            default: return []
            }
        }
        clinicalView = view
        return []
    }
}
