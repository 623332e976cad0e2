/// Where a lab value or vital sign lies against its reference interval and critical limits.
///
/// Marks follow the convention of laboratory reports: H and L outside the reference interval, HH and LL at or
/// beyond a critical limit (a critical value, 危急值, which must be reported and acted on; see `CriticalValueTask`).
/// The mark is text, so it shows without colour (NO_COLOR, print, a screen reader).
public enum LabFlag: String, Codable, Sendable, CaseIterable {
    case normal
    case low
    case high
    case criticalLow = "critical-low"
    case criticalHigh = "critical-high"

    /// "", "L", "H", "LL", "HH".
    public var mark: String {
        switch self {
        case .normal: ""
        case .low: "L"
        case .high: "H"
        case .criticalLow: "LL"
        case .criticalHigh: "HH"
        }
    }

    /// "critical high".
    public var label: String { rawValue.hyphensAsSpaces }

    public var isCritical: Bool { self == .criticalLow || self == .criticalHigh }
    public var isAbnormal: Bool { self != .normal }
}
