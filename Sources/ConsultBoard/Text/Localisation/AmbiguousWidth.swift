import Foundation

/// How wide the terminal draws East Asian Ambiguous characters (Unicode Standard Annex #11: • ↑ ↓ → … ✓ ☐ ·
/// box drawing, accented Latin letters, Greek and Cyrillic letters): one column in most terminals, two in a
/// terminal set for Chinese, Japanese or Korean (a CJK font, `ambiwidth=double`).
public enum AmbiguousWidth {
    /// `CONSULT_BOARD_AMBIGUOUS=wide|narrow`.
    public static let environmentVariable = "CONSULT_BOARD_AMBIGUOUS"

    /// `wide` or `narrow` from the environment, else wide for a zh/ja/ko locale and narrow otherwise.
    /// Any other value of the variable is refused.
    public static func resolve(environment: [String: String]) throws(AmbiguousWidthError) -> Bool {
        if let value = environment[environmentVariable], !value.isEmpty {
            switch value.lowercased() {
            case "wide": return true
            case "narrow": return false
            default: throw AmbiguousWidthError(value: value)
            }
        }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let prefix = locale.lowercased().prefix(2)
        return prefix == "zh" || prefix == "ja" || prefix == "ko"
    }
}

/// A `CONSULT_BOARD_AMBIGUOUS` value that is neither wide nor narrow.
public struct AmbiguousWidthError: Error, Equatable, Sendable, CustomStringConvertible {
    public let value: String
    public var description: String {
        "\(AmbiguousWidth.environmentVariable)=\(Sanitizer.line(value)) is not a width setting; use wide (a terminal that draws • → … ✓ as two columns) or narrow"
    }
}

extension AmbiguousWidth {
    /// Whether `value` is an East Asian Ambiguous code point (binary search of the generated ranges).
    public static func isAmbiguous(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
