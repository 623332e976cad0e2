import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board calc aki --unit U TIME=VALUE ... [--json]`: the KDIGO stage of a creatinine series.
///
/// ```
/// consult-board calc aki --unit umol/L 2026-11-20T08:00Z=80 2026-11-21T08:00+08:00=125
/// ```
struct CalcAKICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aki", abstract: "KDIGO AKI stage (0-3) of a creatinine series.",
        discussion: """
            Each reading is TIME=VALUE, TIME in ISO 8601 (2026-11-25T08:30:00Z, 2026-11-25T16:30+08:00; without a \
            zone, the machine's time zone). Urine output is not assessed.
            """)

    @Option(help: ArgumentHelp("The unit of every value: umol/L or mg/dL.", valueName: "unit"))
    var unit: String

    @Argument(help: ArgumentHelp("Creatinine readings as TIME=VALUE, in any order.", valueName: "time=value"))
    var readings: [String]

    @Flag(help: "Print a JSON object {\"stage\": 0-3, \"baseline\": {...}, \"trigger\": {...}} instead of text.")
    var json = false

    /// One reading in the JSON document.
    struct Reading: Encodable {
        var at: Date
        var value: Double
        var unit: String
        init(_ sample: CreatinineSample) {
            at = sample.at
            value = sample.creatinine.value
            unit = sample.creatinine.unit.rawValue
        }
    }

    /// The JSON document; `baseline` and `trigger` are null at stage 0.
    struct Output: Encodable {
        var stage: Int
        var criterion: String
        var explanation: String
        var baseline: Reading?
        var trigger: Reading?

        enum CodingKeys: String, CodingKey { case stage, criterion, explanation, baseline, trigger }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(stage, forKey: .stage)
            try c.encode(criterion, forKey: .criterion)
            try c.encode(explanation, forKey: .explanation)
            try c.encode(baseline, forKey: .baseline)  // encodes null when absent
            try c.encode(trigger, forKey: .trigger)
        }
    }

    func run() throws {
        guard !readings.isEmpty else { throw CLIError.noReadings }
        let unit = try CreatinineInputOptions.unit(self.unit)
        let samples = try readings.map { try Self.sample($0, unit: unit) }
        let aki = KDIGOAKI.assess(samples)
        if json {
            try JSONOutput.print(Output(
                stage: aki.stage, criterion: aki.criterion.rawValue, explanation: aki.explanation,
                baseline: aki.baseline.map(Reading.init), trigger: aki.trigger.map(Reading.init)))
        } else {
            print(aki.summaryText(timeZone: .current).shown)
        }
    }

    /// Reads "TIME=VALUE" (the value after the last "=").
    static func sample(_ text: String, unit: CreatinineUnit) throws -> CreatinineSample {
        guard let split = text.lastIndex(of: "=") else {
            throw CLIError.badReading(text: text)
        }
        let at = try ISODate.parse(String(text[..<split]), field: "reading time")
        let creatinine = Creatinine(try CLIInput.number(String(text[text.index(after: split)...]), field: "creatinine"), unit)
        guard creatinine.isPlausible else { throw RenalInputError.implausibleCreatinine(creatinine) }
        return CreatinineSample(at: at, creatinine: creatinine)
    }
}
