import Foundation

extension ShownText {
    /// What a refusal expects of a number: "0.5 to 15 mmol/L" in English, "0.5 至 15 mmol/L" in Chinese; the figures
    /// written as the board writes a number (`ClinicalNumber.plain`), the unit as given (a unit symbol, or words).
    static func between(_ low: Double, _ high: Double, _ unit: ShownText) -> ShownText {
        .tr("error.board.expected.betweenIn", ["low": "\(ClinicalNumber.plain(low))", "high": "\(ClinicalNumber.plain(high))", "unit": unit])
    }
}
