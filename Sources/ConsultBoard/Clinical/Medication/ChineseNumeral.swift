import Foundation

/// Chinese numerals as doses and frequencies are written (四十毫克, 一点五克, 两千单位, 一日两次, 每十二小时, 每十四天):
/// their value, so the dose and frequency readers see digits.
enum ChineseNumeral {
    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let multipliers: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Whether `character` can be part of a Chinese numeral (点 only between digits: see `value`).
    private static func isPart(_ character: Character) -> Bool {
        digits[character] != nil || multipliers[character] != nil || character == "万" || character == "点"
    }

    /// Whether `character` carries a value of its own (a digit or 十 百 千), unlike 万 and 点, which only scale or
    /// separate: "1.25万U" keeps its 万 for the dose reader.
    private static func isValue(_ character: Character) -> Bool {
        digits[character] != nil || multipliers[character] != nil
    }

    /// `text` with each numeral (a run starting with a digit or 十 百 千) in digits when it reads as one and
    /// `accept` takes the text after it; any other run is kept whole as written, never read by its tail.
    static func inDigits(_ text: String, where accept: (Substring) -> Bool = { _ in true }) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            // A unit written after digits ("4千IU", "1.5千") scales them: the dose reader multiplies, as for 万. Read
            // as a numeral of its own, "4千" became "41000".
            let afterDigits = chars[..<index].last { !$0.isWhitespace }.map { $0.isASCII && ($0.isNumber || $0 == ".") } ?? false
            guard isValue(chars[index]), !(afterDigits && multipliers[chars[index]] != nil) else {
                out.append(chars[index])
                index += 1
                continue
            }
            var end = index
            while end < chars.count, isPart(chars[end]) { end += 1 }
            let run = Substring(String(chars[index..<end]))
            if accept(Substring(String(chars[end...]))), let value = value(of: run) {
                out += value == value.rounded() ? String(Int(value)) : String(value)
            } else {
                out += run
            }
            index = end
        }
        return out
    }

    /// The value of a whole numeral ("四十" 40, "一百零五" 105, "两千" 2000, "一万二千" 12000, "一点五" 1.5, "十" 10,
    /// "一二五" 125 read digit by digit); `nil` when it is not one (empty, "点" at either end, "万" alone).
    private static func value(of text: Substring) -> Double? {
        let parts = text.split(separator: "点", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, let integer = integerValue(whole) else { return nil }
        guard parts.count == 2 else { return Double(integer) }
        // After 点 the digits are read one by one ("一点二五" 1.25).
        let fraction = parts[1].map { digits[$0] }
        guard !fraction.isEmpty, fraction.allSatisfy({ $0 != nil }) else { return nil }
        return Double("\(integer)." + fraction.compactMap { $0.map(String.init) }.joined())
    }

    /// An integer numeral, by its units (十 百 千 万), or digit by digit when it has none.
    private static func integerValue(_ text: Substring) -> Int? {
        // No dose is written with more: and the sums below cannot overflow.
        guard text.count <= 12 else { return nil }
        guard text.contains(where: { multipliers[$0] != nil || $0 == "万" }) else {
            // No units: the digits one by one ("一二五" 125; "四" 4).
            var value = 0
            for character in text {
                guard let digit = digits[character] else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        var total = 0, section = 0, pending: Int?
        for character in text {
            if let digit = digits[character] {
                pending = digit
            } else if let multiplier = multipliers[character] {
                // "十" alone is ten ("十五" 15).
                section += (pending ?? 1) * multiplier
                pending = nil
            } else if character == "万" {
                let before = section + (pending ?? 0)
                guard before > 0 else { return nil }
                total += before * 10_000
                section = 0
                pending = nil
            } else {
                return nil
            }
        }
        return total + section + (pending ?? 0)
    }
}
