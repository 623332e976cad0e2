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
        guard (40...400).contains(width) else { throw CLIError.outOfRange(option: "--width", value: width, low: 40, high: 400) }
        guard (4...60).contains(height) else { throw CLIError.outOfRange(option: "--height", value: height, low: 4, high: 60) }
        let store = try options.store()
        let record = try options.loadRecord(mrn, from: store)
        guard var chart = TrendChart.of(record, test: test, ranges: try options.wardSettings(of: store).referenceRanges, now: Date()) else {
            throw CLIError.noValuesRecorded(test: test, mrn: mrn)
        }
        chart.title = "\(Sanitizer.line(record.patient.name)) \(record.mrn): \(Sanitizer.line(chart.title))"
        let time = TimeFormat(timeZone: .current)
        for line in chart.lines(width: width, height: height, time: time.short) { print(line) }
    }
}
