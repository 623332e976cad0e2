import Foundation
import Testing
@testable import ConsultBoard

/// The HTML handoff draws each figure's trend as an inline SVG from the same chart model as the sparkline: no
/// external file or script, every text escaped, the thresholds drawn and labelled.
@Suite struct HandoffSVGChartTests {
    @Test func aTrendIsAnInlinePictureWithItsThresholds() throws {
        var ward = try TestWard()
        try ward.lab("systolic-bp", 104, "mmHg", at: TestWard.at(hours: -12))
        try ward.lab("systolic-bp", 126, "mmHg", at: TestWard.at(hours: -6))
        try ward.lab("systolic-bp", 168, "mmHg", at: TestWard.at(hours: -1))
        try ward.temperature(37.9, at: TestWard.at(hours: -2))  // one value: no picture
        let html = try Handoff.render(
            board: ward.board, template: try HandoffTemplate.standard(.html), generatedBy: "dr.li", now: TestWard.t0,
            timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(html.components(separatedBy: "<svg ").count == 2, "one picture: the temperature has a single value")
        #expect(html.contains("aria-label=\"Systolic BP trend: 104, 126, 168 mmHg\""))
        #expect(html.contains("<polyline points=\"4,"))
        #expect(html.contains(">critical 220</text>") || html.contains(">high "), "a threshold is labelled")
        #expect(!html.contains("<script") && !html.contains("href=") && !html.contains("xlink"), "nothing external")
        let text = try Handoff.render(
            board: ward.board, template: try HandoffTemplate.standard(.text), generatedBy: "dr.li", now: TestWard.t0,
            timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(!text.contains("<svg"))
        #expect(text.contains(Sparkline.of([104, 126, 168])), "the text handoff has the same trend as a sparkline")
    }

    @Test func theLayoutPlacesValuesByTimeAndHeight() throws {
        let t0 = TestWard.t0
        let chart = TrendChart(
            title: "x", points: [.init(at: t0, value: 0), .init(at: t0.addingTimeInterval(3600), value: 10)],
            thresholds: [.init(value: 5, label: "<b>mid</b>")])
        let svg = try #require(SVGChart(chart, description: "d", width: 100, height: 50, labelWidth: 20))
        #expect(svg.dots == [SVGChart.Dot(x: "4", y: "46"), SVGChart.Dot(x: "76", y: "4")])
        #expect(svg.thresholds.first?.y == "25")
        #expect(SVGChart(TrendChart(title: "x", points: []), description: "d") == nil)
    }
}
