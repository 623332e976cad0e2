import Foundation

/// The two units the board accepts for serum creatinine (see `KnownTest`).
public enum CreatinineUnit: String, Sendable, Codable, CaseIterable {
    case micromolesPerLitre = "umol/L"
    case milligramsPerDecilitre = "mg/dL"

    /// µmol/L in one mg/dL of creatinine: 10 dL/L x 1000 µg/mg / 113.12 g/mol (creatinine's molar mass) = 88.4.
    /// The factor KDIGO and the CKD-EPI papers use for their SI equivalents.
    public static let micromolesPerMilligramPerDecilitre = 88.4

    /// The unit as the board writes it, or `nil` for a unit creatinine is never recorded in.
    public init?(unit: String) {
        guard let canonical = KnownTest.creatinine?.canonicalUnit(unit) else { return nil }
        self.init(rawValue: canonical)
    }
}

/// A serum creatinine concentration, readable in either unit whatever unit it was measured in.
public struct Creatinine: Sendable, Equatable, Codable {
    /// The value as measured, in `unit`.
    public var value: Double
    public var unit: CreatinineUnit

    public init(_ value: Double, _ unit: CreatinineUnit) {
        self.value = value
        self.unit = unit
    }

    /// mg/dL: the unit of the CKD-EPI and Cockcroft-Gault equations.
    public var milligramsPerDecilitre: Double {
        unit == .milligramsPerDecilitre ? value : value / CreatinineUnit.micromolesPerMilligramPerDecilitre
    }

    /// µmol/L: the unit the AKI staging compares in (KDIGO gives its absolute thresholds in both units).
    public var micromolesPerLitre: Double {
        unit == .micromolesPerLitre ? value : value * CreatinineUnit.micromolesPerMilligramPerDecilitre
    }

    /// The values a creatinine can take in its unit; outside is a typo (the board's own guard, `KnownTest`).
    public var plausibleRange: ClosedRange<Double> {
        KnownTest.creatinine?.plausible(in: unit.rawValue)
            ?? (unit == .micromolesPerLitre ? 5...3000 : 0.05...35)
    }

    public var isPlausible: Bool { value.isFinite && plausibleRange.contains(value) }

    /// "88 umol/L" or "1.15 mg/dL": the value as measured, without trailing zeros.
    public var formatted: String { "\(ClinicalNumber.format(value, maxDecimals: 2)) \(unit.rawValue)" }
}
