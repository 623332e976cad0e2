import Foundation

/// The amount of one dose, read from an order's dose text ("40 mg", "1 mg/kg", "5,000 units", "1 g").
public struct DoseQuantity: Sendable, Equatable {
    public enum Unit: String, Sendable, Equatable {
        case milligram = "mg"
        case unit = "units"
        case millilitre = "mL"
    }

    /// The amount, in `unit` (grams and micrograms are converted to mg).
    public var amount: Double
    public var unit: Unit
    /// Whether the amount is per kilogram of body weight ("1 mg/kg").
    public var perKilogram: Bool

    public init(amount: Double, unit: Unit, perKilogram: Bool = false) {
        self.amount = amount
        self.unit = unit
        self.perKilogram = perKilogram
    }

    /// Reads the dose text of an order. A range ("1-1.5 mg/kg") reads as its upper end, so the rules err on the
    /// side of warning. Returns `nil` when no amount with a known unit can be found.
    ///
    /// Units: mg, g, mcg/µg/ug, units/IU/U (anti-Xa IU included), mL, and 毫克/克/微克/单位; the amount in digits or
    /// in Chinese numerals (四十毫克, 一点五克, 两千单位).
    public static func parse(_ text: String) -> DoseQuantity? {
        let chars = Array(normalised(text))
        var index = 0
        while index < chars.count {
            guard chars[index].isASCII, chars[index].isNumber else {
                index += 1
                continue
            }
            var (number, end) = readNumber(chars, from: index)
            // A range "1-1.5", "1 to 1.5" or "1~1.5": take the upper end.
            var cursor = skipSpaces(chars, from: end)
            for joiner in ["-", "–", "~", "to"] where String(chars[cursor...]).hasPrefix(joiner) {
                let next = skipSpaces(chars, from: cursor + joiner.count)
                if next < chars.count, chars[next].isASCII, chars[next].isNumber {
                    let upper = readNumber(chars, from: next)
                    number = max(number, upper.value)
                    end = upper.end
                    cursor = skipSpaces(chars, from: end)
                }
                break
            }
            var rest = String(chars[cursor...])
            var scaled = false
            if let first = rest.first, let factor = Self.scale[first] {
                number *= factor
                scaled = true
                rest = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            if let (unit, factor, length) = unitPrefix(of: rest) {
                let afterUnit = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
                let perKilogram = ["/kg", "/ kg", "per kg", "/公斤", "/千克"].contains { afterUnit.hasPrefix($0) }
                return DoseQuantity(amount: number * factor, unit: unit, perKilogram: perKilogram)
            }
            // A scaled amount without its unit ("2万5千U") is not read by its tail: "5千U" would be a fifth of it.
            if scaled { return nil }
            index = max(end, index + 1)
        }
        return nil
    }

    /// 万 is ten thousand, 千 a thousand and 百 a hundred after digits, as Chinese orders write heparin, urokinase
    /// and LMWH ("1.25万U" is 12,500 units, "4千IU" 4,000).
    private static let scale: [Character: Double] = ["万": 10_000, "千": 1000, "百": 100]

    private static func skipSpaces(_ chars: [Character], from start: Int) -> Int {
        var index = start
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        return index
    }

    /// Lower case, thousands separators removed ("5,000" -> "5000"), and a Chinese numeral written before a unit
    /// in digits ("四十毫克" -> "40毫克"; "一次40mg" keeps its 一次).
    private static func normalised(_ text: String) -> String {
        var out = ""
        let lowered = text.precomposedStringWithCompatibilityMapping.lowercased()
        let chars = Array(ChineseNumeral.inDigits(lowered) { unitPrefix(of: $0.trimmingPrefix(while: \.isWhitespace)) != nil })
        for (i, c) in chars.enumerated() {
            if c == ",", i > 0, i + 1 < chars.count, chars[i - 1].isNumber, chars[i + 1].isNumber { continue }
            out.append(c)
        }
        return out
    }

    private static func readNumber(_ chars: [Character], from start: Int) -> (value: Double, end: Int) {
        var end = start
        while end < chars.count, chars[end].isASCII, chars[end].isNumber || chars[end] == "." { end += 1 }
        return (Double(String(chars[start..<end])) ?? 0, end)
    }

    /// The unit a text starts with: (unit, factor to the canonical unit, characters used).
    private static func unitPrefix(of text: some StringProtocol) -> (DoseQuantity.Unit, Double, Int)? {
        // Longer spellings first, so "mcg" is not read as "m" and "mg/kg" keeps its "/kg".
        let units: [(String, DoseQuantity.Unit, Double)] = [
            ("milligrams", .milligram, 1), ("milligram", .milligram, 1), ("micrograms", .milligram, 0.001),
            ("microgram", .milligram, 0.001), ("mcg", .milligram, 0.001), ("µg", .milligram, 0.001),
            ("μg", .milligram, 0.001), ("ug", .milligram, 0.001), ("mg", .milligram, 1), ("grams", .milligram, 1000),
            ("gram", .milligram, 1000), ("gm", .milligram, 1000), ("g", .milligram, 1000),
            ("anti-xa iu", .unit, 1), ("anti-xa units", .unit, 1), ("axa iu", .unit, 1), ("axaiu", .unit, 1),
            ("international units", .unit, 1), ("抗xa因子国际单位", .unit, 1), ("国际单位", .unit, 1),
            ("units", .unit, 1), ("unit", .unit, 1), ("iu", .unit, 1), ("u", .unit, 1),
            ("ml", .millilitre, 1), ("毫克", .milligram, 1), ("微克", .milligram, 0.001), ("克", .milligram, 1000),
            ("单位", .unit, 1), ("毫升", .millilitre, 1),
        ]
        for (spelling, unit, factor) in units where text.hasPrefix(spelling) {
            // The unit must end there ("g" of "gtt" is not grams; "u" of "usual" is not units).
            let next = text.dropFirst(spelling.count).first
            if let next, next.isLetter, next.isASCII { continue }
            return (unit, factor, spelling.count)
        }
        return nil
    }
}
