import Foundation

/// How clinical figures are written on screens, in the CLI and in alert messages: a fixed decimal point (never
/// the locale's comma), no trailing zeros, so "1.2 mg/dL" reads the same on every machine.
public enum ClinicalNumber {
    /// `value` rounded to at most `maxDecimals` places: 1.20 -> "1.2", 88.0 -> "88", 0.305 -> "0.31".
    public static func format(_ value: Double, maxDecimals: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var text = String(format: "%.\(max(0, maxDecimals))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// `value` exactly as typed, the same in every locale: 1500, 0.3, 37.25 (no grouping separators, no trailing
    /// `.0`, no rounding). For values shown as entered (a lab result, a weight, a value refused as out of range).
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// `value` rounded to `decimals` places, as a number (for JSON output).
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }
}
