import Foundation

/// The ward's own SCI numbers: `<board>/ward/sci-thresholds.json`, the field names of `SCIThresholds`, every
/// field optional (a missing one keeps the shipped value and its source):
///
/// ```json
/// {"mapLowerLimit": 85, "mapUpperLimit": 90, "fallbackBaseline": 100}
/// ```
///
/// Checked strictly, because a wrong number here silences an urgent alert: an unknown name (a typo would
/// otherwise leave the shipped value in force unnoticed), a value that is not a number, or a number outside
/// what is plausible for it is refused with the file and the JSON path, and nothing of the file is used.
extension SCIThresholds {
    /// One number the ward may set: its JSON name, how people call it, its unit and the plausible values.
    struct Field: Sendable {
        let key: String
        let label: String
        let unit: String
        /// The smallest plausible value, and whether it is itself allowed.
        let minimum: Double
        let minimumAllowed: Bool
        /// The largest plausible value, and whether it is itself allowed.
        let maximum: Double
        let maximumAllowed: Bool
        /// A count of readings: whole numbers only.
        var whole = false

        /// What the value must be, said for the person editing the file.
        var expectation: ShownText {
            let lowest: ShownText = "\(ClinicalNumber.plain(minimum))"
            let highest: ShownText = "\(ClinicalNumber.plain(maximum))"
            return .tr("ward.expect", [
                "kind": whole ? .tr("ward.expect.wholeNumber") : .tr("ward.expect.number"),
                "low": minimumAllowed ? .tr("ward.expect.atLeast", ["value": lowest]) : .tr("ward.expect.above", ["value": lowest]),
                "high": maximumAllowed ? .tr("ward.expect.atMost", ["value": highest]) : .tr("ward.expect.below", ["value": highest]),
                "unit": unitWords,
            ])
        }

        /// " mmHg" / "（单位：天）", or nothing for a count.
        private var unitWords: ShownText {
            switch unit {
            case "": ""
            case "days": .tr("ward.expect.unit", ["unit": .tr("ward.unit.days")])
            case "hours": .tr("ward.expect.unit", ["unit": .tr("ward.unit.hours")])
            default: .tr("ward.expect.unit", ["unit": .plain(unit)])
            }
        }

        func allows(_ value: Double) -> Bool {
            guard value.isFinite else { return false }
            if whole, value.rounded() != value { return false }
            let aboveMinimum = minimumAllowed ? value >= minimum : value > minimum
            let belowMaximum = maximumAllowed ? value <= maximum : value < maximum
            return aboveMinimum && belowMaximum
        }
    }

    /// Every number of the file. The plausible ranges are wide (they catch typos and wrong units, not clinical
    /// choices): a rise of 20-40 mmHg is AD (PVA 2001); MAP targets in the guidelines lie between 75 and 95 mmHg.
    static let fields: [Field] = [
        Field(key: "dysreflexiaRise", label: "autonomic dysreflexia rise above baseline", unit: "mmHg",
              minimum: 0, minimumAllowed: false, maximum: 60, maximumAllowed: true),
        Field(key: "baselineDays", label: "baseline window", unit: "days", minimum: 0, minimumAllowed: false, maximum: 90, maximumAllowed: true),
        Field(key: "baselineGapHours", label: "hours left out before the reading", unit: "hours",
              minimum: 0, minimumAllowed: true, maximum: 72, maximumAllowed: true),
        Field(key: "baselineMinimumReadings", label: "readings that make a baseline", unit: "",
              minimum: 1, minimumAllowed: true, maximum: 100, maximumAllowed: true, whole: true),
        Field(key: "fallbackBaseline", label: "baseline without own readings", unit: "mmHg",
              minimum: 70, minimumAllowed: true, maximum: 160, maximumAllowed: true),
        Field(key: "dysreflexiaWindowHours", label: "hours a high reading still alerts", unit: "hours",
              minimum: 0, minimumAllowed: false, maximum: 168, maximumAllowed: true),
        Field(key: "mapLowerLimit", label: "MAP target lower limit", unit: "mmHg", minimum: 50, minimumAllowed: true, maximum: 120, maximumAllowed: true),
        Field(key: "mapUpperLimit", label: "MAP target upper limit", unit: "mmHg", minimum: 50, minimumAllowed: true, maximum: 140, maximumAllowed: true),
        Field(key: "mapDays", label: "days of the MAP target after injury", unit: "days", minimum: 0, minimumAllowed: false, maximum: 30, maximumAllowed: true),
        Field(key: "fvcMillilitresPerKg", label: "FVC threshold", unit: "mL/kg", minimum: 0, minimumAllowed: false, maximum: 60, maximumAllowed: true),
        Field(key: "fvcDeclineFraction", label: "FVC fall from the best value", unit: "(a fraction: 0.3 is 30 %)",
              minimum: 0, minimumAllowed: false, maximum: 1, maximumAllowed: false),
        Field(key: "fvcDays", label: "days the best FVC is looked for", unit: "days", minimum: 0, minimumAllowed: false, maximum: 90, maximumAllowed: true),
    ]

    /// The file's name inside the board's `ward/` folder, as alerts cite it.
    public static let wardFile = "ward/sci-thresholds.json"

    /// The value of the field named `key`.
    func value(_ key: String) -> Double? {
        switch key {
        case "dysreflexiaRise": dysreflexiaRise
        case "baselineDays": baselineDays
        case "baselineGapHours": baselineGapHours
        case "baselineMinimumReadings": Double(baselineMinimumReadings)
        case "fallbackBaseline": fallbackBaseline
        case "dysreflexiaWindowHours": dysreflexiaWindowHours
        case "mapLowerLimit": mapLowerLimit
        case "mapUpperLimit": mapUpperLimit
        case "mapDays": mapDays
        case "fvcMillilitresPerKg": fvcMillilitresPerKg
        case "fvcDeclineFraction": fvcDeclineFraction
        case "fvcDays": fvcDays
        default: nil
        }
    }

    /// Sets the field named `key` (a known key and an allowed value: `decode` checked both).
    mutating func set(_ key: String, to value: Double) {
        switch key {
        case "dysreflexiaRise": dysreflexiaRise = value
        case "baselineDays": baselineDays = value
        case "baselineGapHours": baselineGapHours = value
        case "baselineMinimumReadings": baselineMinimumReadings = Int(exactly: value) ?? baselineMinimumReadings
        case "fallbackBaseline": fallbackBaseline = value
        case "dysreflexiaWindowHours": dysreflexiaWindowHours = value
        case "mapLowerLimit": mapLowerLimit = value
        case "mapUpperLimit": mapUpperLimit = value
        case "mapDays": mapDays = value
        case "fvcMillilitresPerKg": fvcMillilitresPerKg = value
        case "fvcDeclineFraction": fvcDeclineFraction = value
        case "fvcDays": fvcDays = value
        default: break
        }
    }

    /// Reads and checks a ward's file: the shipped thresholds with the file's numbers in their place.
    public static func decode(_ data: Data, file: String) throws(WardSettingsError) -> SCIThresholds {
        let entries: [String: WardNumber]
        do { entries = try BoardJSON.decoder().decode([String: WardNumber].self, from: data) } catch {
            throw .unreadable(file: file, reason: .tr("ward.problem.notNumbers", ["detail": DecodingProblem(error).words]))
        }
        var thresholds = SCIThresholds.shipped
        for key in entries.keys.sorted() {
            guard let field = fields.first(where: { $0.key == key }) else {
                throw .invalid(
                    file: file, entry: "$.\(key)",
                    problem: .tr("ward.problem.unknownSetting", ["settings": .plain(fields.map(\.key).joined(separator: ", "))]))
            }
            guard case let .number(value) = entries[key] else {
                throw .invalid(
                    file: file, entry: "$.\(key)",
                    problem: .tr("ward.problem.expected", ["expected": field.expectation, "found": entries[key]?.found ?? .tr("ward.found.nothing")]))
            }
            guard field.allows(value) else {
                throw .invalid(
                    file: file, entry: "$.\(key)",
                    problem: .tr("ward.problem.implausible", ["value": "\(ClinicalNumber.plain(value))", "expected": field.expectation]))
            }
            thresholds.set(key, to: value)
        }
        if thresholds.mapLowerLimit > thresholds.mapUpperLimit {
            throw .invalid(
                file: file, entry: entries["mapLowerLimit"] != nil ? "$.mapLowerLimit" : "$.mapUpperLimit",
                problem: .tr("ward.problem.mapOrder", [
                    "lower": "\(ClinicalNumber.plain(thresholds.mapLowerLimit))", "upper": "\(ClinicalNumber.plain(thresholds.mapUpperLimit))",
                ]))
        }
        if thresholds.baselineGapHours >= thresholds.baselineDays * 24 {
            throw .invalid(
                file: file, entry: entries["baselineGapHours"] != nil ? "$.baselineGapHours" : "$.baselineDays",
                problem: .tr("ward.problem.baselineGap", [
                    "hours": "\(ClinicalNumber.plain(thresholds.baselineGapHours))", "days": "\(ClinicalNumber.plain(thresholds.baselineDays))",
                ]))
        }
        return thresholds
    }

    /// The fields among `keys` whose value differs from the shipped one, in the order of `fields`.
    func changed(among keys: [String]) -> [Field] {
        Self.fields.filter { keys.contains($0.key) && value($0.key) != Self.shipped.value($0.key) }
    }

    /// The alert line that says the ward's file set the numbers the rule used, or `nil` when the rule used the
    /// shipped numbers: "ward setting (ward/sci-thresholds.json): MAP target lower limit 85 mmHg (shipped 80)".
    func wardLineText(for keys: [String]) -> ShownText? {
        let changed = changed(among: keys)
        guard !changed.isEmpty else { return nil }
        let parts: [ShownText] = changed.map { field in
            let unit: ShownText
            switch field.unit {
            case "days": unit = .tr("threshold.unit.days")
            case "hours": unit = .tr("threshold.unit.hours")
            case let other where other.hasPrefix("(") || other.isEmpty: unit = ""
            case let other: unit = " \(other)"
            }
            return .tr("threshold.changed", [
                "label": Self.labelText(field), "value": "\(ClinicalNumber.plain(value(field.key) ?? 0))", "unit": unit,
                "shipped": "\(ClinicalNumber.plain(Self.shipped.value(field.key) ?? 0))",
            ])
        }
        return .tr("threshold.wardLine", ["file": "\(Self.wardFile)", "parts": parts.joined(.tr("text.comma"))])
    }

    /// A field's label in the reader's words (each key written out, so the catalogue tests find it).
    static func labelText(_ field: Field) -> ShownText {
        switch field.key {
        case "dysreflexiaRise": .tr("threshold.label.dysreflexiaRise")
        case "baselineDays": .tr("threshold.label.baselineDays")
        case "baselineGapHours": .tr("threshold.label.baselineGapHours")
        case "baselineMinimumReadings": .tr("threshold.label.baselineMinimumReadings")
        case "fallbackBaseline": .tr("threshold.label.fallbackBaseline")
        case "dysreflexiaWindowHours": .tr("threshold.label.dysreflexiaWindowHours")
        case "mapLowerLimit": .tr("threshold.label.mapLowerLimit")
        case "mapUpperLimit": .tr("threshold.label.mapUpperLimit")
        case "mapDays": .tr("threshold.label.mapDays")
        case "fvcMillilitresPerKg": .tr("threshold.label.fvcMillilitresPerKg")
        case "fvcDeclineFraction": .tr("threshold.label.fvcDeclineFraction")
        case "fvcDays": .tr("threshold.label.fvcDays")
        default: "\(field.label)"
        }
    }

    /// Whether any number differs from the shipped one.
    public var isWardSet: Bool { !changed(among: Self.fields.map(\.key)).isEmpty }
}

/// One value of a ward's numbers file: a number, or what was found instead (said in the refusal).
private enum WardNumber: Decodable {
    case number(Double)
    case other(found: ShownText)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .other(found: "null")
        } else if let flag = try? container.decode(Bool.self) {
            self = .other(found: flag ? "true" : "false")
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .other(found: .tr("ward.found.text", ["text": .plain(Sanitizer.line(text))]))
        } else {
            self = .other(found: .tr("ward.found.structure"))
        }
    }

    var found: ShownText {
        switch self {
        case let .number(value): .plain(ClinicalNumber.plain(value))
        case let .other(found): found
        }
    }
}
