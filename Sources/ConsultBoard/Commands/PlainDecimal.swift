import Foundation

/// The one number syntax of the CLI and the TUI: plain decimals with a point (`37.8`, `-2`, `250`, `.5`).
///
/// Swift's `Double("0x25")` is 37 and `Double("1e3")` is 1000: a clinician typing a value means neither, so
/// hex, exponents, `nan`, `inf`, spaces inside and digit groups are refused, and a decimal comma (`37,8`, how
/// much of the world writes it) is refused with a message saying to write a point, never guessed at: `1,234`
/// could be 1.234 or 1234.
public enum PlainDecimal {
    /// The value of `text` (spaces around it ignored), or the reason it is not a plain decimal.
    public static func parse(_ text: String, field: String) throws(BoardError) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var body = Substring(trimmed)
        if let sign = body.first, sign == "-" || sign == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        let shape = parts.count == 1 ? !body.isEmpty : parts.count == 2 && !(parts[0].isEmpty && parts[1].isEmpty) && !parts[1].isEmpty
        guard digits, shape, let value = Double(trimmed), value.isFinite else {
            if trimmed.contains(",") { throw .decimalComma(field: field, value: text) }
            throw .notANumber(field: field, value: text)
        }
        return value
    }
}
