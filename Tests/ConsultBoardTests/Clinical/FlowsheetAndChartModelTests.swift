import Foundation
import Testing
@testable import ConsultBoard

/// The flowsheet's rows and columns and the one chart model the text chart, the TUI, the sparklines and the
/// handoff draw.
@Suite struct FlowsheetAndChartModelTests {
    @Test func rowsAreThePresetsTestsWithValuesAndColumnsTheirSampleTimes() throws {
        var ward = try TestWard()
        try ward.lab("systolic-bp", 120, "mmHg", at: TestWard.at(hours: -12))
        try ward.lab("systolic-bp", 168, "mmHg", at: TestWard.at(hours: -6))
        try ward.lab("heart-rate", 48, "/min", at: TestWard.at(hours: -6))
        try ward.lab("potassium", 6.4, "mmol/L", at: TestWard.at(hours: -1))
        let sheet = Flowsheet(ward.record, preset: .vitals, ranges: .shipped)
        #expect(sheet.rows.map(\.test) == ["systolic-bp", "heart-rate"])
        #expect(sheet.times == [TestWard.at(hours: -12), TestWard.at(hours: -6)])
        #expect(sheet.rows[1].cells[0] == nil)
        #expect(sheet.rows[1].cells[1]?.value == 48)
        let renal = Flowsheet(ward.record, preset: .renal, ranges: .shipped)
        #expect(renal.rows.first?.cells.first??.text == "6.4HH")
    }

    @Test func chartsCarryTheirThresholds() throws {
        var ward = try TestWard()
        try ward.temperature(37.2, at: TestWard.at(hours: -12))
        try ward.temperature(38.6, at: TestWard.at(hours: -1))
        let fever = try #require(TrendChart.of(ward.record, test: "temp", ranges: .shipped, now: TestWard.t0))
        #expect(fever.thresholds.contains(TrendChart.Threshold(value: 38.0, label: "fever 38.0")))
        #expect(fever.sparkline() == Sparkline.of([37.2, 38.6]))
        try ward.creatinine(1.0, at: TestWard.at(hours: -48))
        try ward.creatinine(3.0, at: TestWard.at(hours: -2))
        let egfr = try #require(TrendChart.of(ward.record, test: "egfr", ranges: .shipped, now: TestWard.t0))
        #expect(egfr.points.count == 2)
        #expect(egfr.thresholds == [TrendChart.Threshold(value: 30, label: "eGFR 30")])
        #expect(TrendChart.of(ward.record, test: "fvc", ranges: .shipped, now: TestWard.t0)?.title == nil)
    }
}
