import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board chart MRN --test NAME [--width N] [--height N]`: a test's trend as a text chart, with the
/// reference limits (and the fever threshold for temperature) drawn across it.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Print the trend of a lab or vital as a text chart with its thresholds.",
        discussion: """
            Example: consult-board chart SCI-0001 --test creatinine --width 80
            Values in another unit than the latest are left out (the chart never converts).
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "The test (creatinine, potassium, systolic-bp, fvc, temperature...).")
    var test: String

    @Option(help: "Width in display columns (40 to 400, default 80).")
    var width = 80

    @Option(help: "Height of the plot in rows (4 to 60, default 12).")
    var height = 12

    func run() throws {
        guard (40...400).contains(width) else { throw CLIError("--width \(width) is out of range; use 40 to 400") }
        guard (4...60).contains(height) else { throw CLIError("--height \(height) is out of range; use 4 to 60") }
        let record = try options.loadRecord(mrn)
        let series = record.labs(named: test)
        guard let latest = series.last else {
            throw CLIError("no \(Sanitizer.line(test)) values recorded for \(mrn)")
        }
        let sameUnit = series.filter { $0.unit == latest.unit }
        var thresholds: [TrendChart.Threshold] = []
        if let range = try options.wardSettings().referenceRanges.range(for: latest, of: record.patient) {
            if let v = range.criticalHigh { thresholds.append(.init(value: v, label: "critical \(ClinicalNumber.plain(v))")) }
            if let v = range.high { thresholds.append(.init(value: v, label: "high \(ClinicalNumber.plain(v))")) }
            if let v = range.low, v > 0 { thresholds.append(.init(value: v, label: "low \(ClinicalNumber.plain(v))")) }
            if let v = range.criticalLow { thresholds.append(.init(value: v, label: "critical \(ClinicalNumber.plain(v))")) }
        }
        if latest.test == "temperature", !thresholds.contains(where: { $0.value == FeverSummary.thresholdCelsius }) {
            thresholds.append(.init(value: FeverSummary.thresholdCelsius, label: "fever 38.0"))
        }
        let chart = TrendChart(
            title: "\(Sanitizer.line(record.patient.name)) \(record.mrn): \(Sanitizer.line(latest.test)) (\(Sanitizer.line(latest.unit)))",
            points: sameUnit.map { TrendChart.Point(at: $0.at, value: $0.value) }, thresholds: thresholds)
        let time = TimeFormat(timeZone: .current)
        for line in chart.lines(width: width, height: height, time: time.short) { print(line) }
    }
}
