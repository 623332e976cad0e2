import Foundation

/// The reference interval and critical limits of one test in one unit, for one sex and age band.
///
/// A value is normal inside `low...high` (bounds included), low or high outside it, and critical at or beyond
/// `criticalLow` / `criticalHigh` (a potassium of 6.2 mmol/L with a critical-high limit of 6.2 is critical). Any
/// bound may be missing (procalcitonin has no lower limit; FVC has no fixed range at all).
public struct ReferenceRange: Codable, Sendable, Equatable {
    /// The canonical test name (`potassium`, `systolic-bp`).
    public var test: String
    /// The unit the limits are written in; a value in another unit is not compared (no silent conversion).
    public var unit: String
    /// `nil`: both sexes.
    public var sex: Sex?
    /// Ages in whole years, both included; `nil`: no bound.
    public var minAge: Int?
    public var maxAge: Int?
    public var low: Double?
    public var high: Double?
    public var criticalLow: Double?
    public var criticalHigh: Double?
    /// The published source of these numbers (or the ward's own decision, with who decided it).
    public var source: String

    public init(
        test: String, unit: String, sex: Sex? = nil, minAge: Int? = nil, maxAge: Int? = nil, low: Double? = nil,
        high: Double? = nil, criticalLow: Double? = nil, criticalHigh: Double? = nil, source: String
    ) {
        self.test = test
        self.unit = unit
        self.sex = sex
        self.minAge = minAge
        self.maxAge = maxAge
        self.low = low
        self.high = high
        self.criticalLow = criticalLow
        self.criticalHigh = criticalHigh
        self.source = source
    }

    /// Whether the range is meant for a patient of this sex and age.
    public func applies(sex: Sex, age: Int) -> Bool {
        (self.sex == nil || self.sex == sex) && (minAge.map { age >= $0 } ?? true) && (maxAge.map { age <= $0 } ?? true)
    }

    /// How specific the range is: a sex- and age-specific range wins over a general one.
    var specificity: Int { (sex == nil ? 0 : 2) + (minAge == nil ? 0 : 1) + (maxAge == nil ? 0 : 1) }

    /// The flag of `value` (in `unit`).
    public func flag(_ value: Double) -> LabFlag {
        if let limit = criticalLow, value <= limit { return .criticalLow }
        if let limit = criticalHigh, value >= limit { return .criticalHigh }
        if let low, value < low { return .low }
        if let high, value > high { return .high }
        return .normal
    }

    /// "3.5-5.3 mmol/L (critical <=2.8, >=6.2)".
    public var description: String {
        let interval: String
        switch (low, high) {
        case let (low?, high?): interval = "\(ClinicalNumber.plain(low))-\(ClinicalNumber.plain(high))"
        case let (low?, nil): interval = ">=\(ClinicalNumber.plain(low))"
        case let (nil, high?): interval = "<=\(ClinicalNumber.plain(high))"
        case (nil, nil): interval = "no interval"
        }
        let critical = [criticalLow.map { "<=\(ClinicalNumber.plain($0))" }, criticalHigh.map { ">=\(ClinicalNumber.plain($0))" }]
            .compactMap { $0 }
        return "\(interval) \(unit)" + (critical.isEmpty ? "" : " (critical \(critical.joined(separator: ", ")))")
    }

    /// `description` in the language of the moment ("3.5-5.3 mmol/L（危急值 <=2.8，>=6.2）").
    public var shownDescription: String {
        guard Localisation.language != .english else { return description }
        let interval: String
        switch (low, high) {
        case let (low?, high?): interval = "\(ClinicalNumber.plain(low))-\(ClinicalNumber.plain(high))"
        case let (low?, nil): interval = ">=\(ClinicalNumber.plain(low))"
        case let (nil, high?): interval = "<=\(ClinicalNumber.plain(high))"
        case (nil, nil): interval = tr("range.noInterval")
        }
        let critical = [criticalLow.map { "<=\(ClinicalNumber.plain($0))" }, criticalHigh.map { ">=\(ClinicalNumber.plain($0))" }]
            .compactMap { $0 }
        return "\(interval) \(unit)" + (critical.isEmpty ? "" : tr("range.critical", ["limits": critical.joined(separator: tr("text.comma"))]))
    }

    /// The problems that make the range unusable, one sentence each (empty when it is sound).
    func problems() -> [ShownText] {
        var problems: [ShownText] = []
        if test.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.tr("range.problem.noTest")) }
        if source.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.tr("range.problem.noSource"))
        }
        if let known = KnownTest.named(test) {
            if known.name != test { problems.append(.tr("range.problem.testName", ["name": .plain(known.name), "written": .plain(test)])) }
            if !known.units.contains(unit) {
                problems.append(.tr("range.problem.unit", [
                    "unit": .plain(unit), "test": .plain(known.name), "units": .plain(known.units.joined(separator: ", ")),
                ]))
            }
        }
        let bounds = [low, high, criticalLow, criticalHigh].compactMap { $0 }
        if bounds.isEmpty { problems.append(.tr("range.problem.noLimit")) }
        if bounds.contains(where: { !$0.isFinite }) { problems.append(.tr("range.problem.notFinite")) }
        if let low, let high, low > high {
            problems.append(.tr("range.problem.lowAboveHigh", ["low": .plain(ClinicalNumber.plain(low)), "high": .plain(ClinicalNumber.plain(high))]))
        }
        if let critical = criticalLow, let bound = low ?? high, critical >= bound {
            problems.append(.tr("range.problem.criticalLow", ["value": .plain(ClinicalNumber.plain(critical))]))
        }
        if let critical = criticalHigh, let bound = high ?? low, critical <= bound {
            problems.append(.tr("range.problem.criticalHigh", ["value": .plain(ClinicalNumber.plain(critical))]))
        }
        if let lowest = criticalLow, let highest = criticalHigh, lowest >= highest {
            problems.append(.tr("range.problem.criticalOrder"))
        }
        if let minAge, let maxAge, minAge > maxAge { problems.append(.tr("range.problem.ageOrder")) }
        if [minAge, maxAge].contains(where: { ($0 ?? 0) < 0 }) { problems.append(.tr("range.problem.negativeAge")) }
        return problems
    }
}
