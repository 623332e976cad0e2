import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The flowsheet (`f`) and the trend chart (`t`) of a patient: golden screens at 80x24 and 120x40, and what
/// their keys do.
@Suite struct ClinicalViewTests {
    /// Bed 12 (SCI-0001) open, with a night of vitals and potassium added to the test ward.
    static func open(width: Int, height: Int) throws -> AppState {
        var state = TestWard.state(width: width, height: height)
        let readings: [(String, [Double], String)] = [
            ("systolic-bp", [118, 126, 168], "mmHg"), ("diastolic-bp", [72, 78, 96], "mmHg"),
            ("heart-rate", [82, 74, 48], "/min"), ("spo2", [97, 95, 93], "%"), ("potassium", [4.1, 5.4, 6.4], "mmol/L"),
        ]
        for (test, values, unit) in readings {
            for (index, value) in values.enumerated() {
                let at = TestWard.date("2026-11-24T18:00:00Z").addingTimeInterval(Double(index) * 6 * 3600)
                try state.board.apply(
                    .addLab(AddLab(mrn: "SCI-0001", test: test, value: value, unit: unit, at: at)),
                    context: ChangeContext(sequence: state.board.revision + 1, author: "rn.zhang", at: at.addingTimeInterval(300)))
            }
        }
        return Golden.after([.end, .enter], from: state)
    }

    @Test func flowsheetAndChartGoldenScreens() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let open = try Self.open(width: width, height: height)
            try Golden.check(Golden.after([.char("f")], from: open), "flowsheet-vitals-\(width)x\(height)")
            try Golden.check(Golden.after([.char("f"), .tab], from: open), "flowsheet-renal-\(width)x\(height)")
            try Golden.check(Golden.after([.char("f"), .enter], from: open), "chart-systolic-\(width)x\(height)")
            try Golden.check(Golden.after([.char("t")], from: open), "chart-creatinine-\(width)x\(height)")
        }
    }

    @Test func flagsAreWrittenSoTheyReadWithoutColour() throws {
        let state = Golden.after([.char("f"), .tab], from: try Self.open(width: 120, height: 40))
        var canvas = Canvas(width: state.width, height: state.height)
        ScreenView.draw(state, into: &canvas)
        let screen = canvas.text
        #expect(screen.contains("6.4HH"))
        #expect(screen.contains("5.4H"))
        #expect(screen.contains("HH/LL critical"))
    }

    @Test func theBrailleChartPlacesValuesByTimeAndDrawsItsThresholds() {
        let t0 = TestWard.date("2026-11-20T00:00:00Z")
        let chart = TrendChart(
            title: "creatinine", points: [.init(at: t0, value: 100), .init(at: t0.addingTimeInterval(86400), value: 300)],
            thresholds: [.init(value: 200, label: "high 200")])
        let lines = BrailleChart.lines(chart, width: 40, height: 4, time: { _ in "t" })
        // Top row: the highest value (300) at the right end; bottom row: the lowest (100) at the left end.
        #expect(lines[0].hasPrefix("300 ┤"))
        #expect(lines[3].hasPrefix("100 ┤"))
        let bottom = Array(lines[3].unicodeScalars.filter { (0x2800...0x28FF).contains($0.value) })
        let top = Array(lines[0].unicodeScalars.filter { (0x2800...0x28FF).contains($0.value) })
        #expect(bottom.first?.value != 0x2800, "the first value is drawn at the bottom left")
        #expect(top.last?.value != 0x2800, "the last value is drawn at the top right")
        #expect(lines.contains { $0.contains("┼") && $0.hasSuffix(" high 200") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func keysMoveThroughPresetsRowsTimeAndBack() throws {
        let open = try Self.open(width: 80, height: 24)
        var state = Golden.after([.char("f")], from: open)
        #expect(state.clinicalView?.mode == .flowsheet)
        state = Golden.after([.down, .down], from: state)
        #expect(state.clinicalView?.row == 2)
        state = Golden.after([.left], from: state)
        #expect(state.clinicalView?.olderBy == 1)
        state = Golden.after([.enter], from: state)
        #expect(state.clinicalView?.mode == .chart(test: "heart-rate", fromFlowsheet: true))
        state = Golden.after([.escape], from: state)
        #expect(state.clinicalView?.mode == .flowsheet)
        state = Golden.after([.escape], from: state)
        #expect(state.clinicalView == nil)
        #expect(state.screen == .patient("SCI-0001"))
        // Four presets, then back to the first.
        state = Golden.after([.char("f"), .tab, .tab, .tab, .tab], from: open)
        #expect(state.clinicalView?.preset == .vitals)
    }
}
