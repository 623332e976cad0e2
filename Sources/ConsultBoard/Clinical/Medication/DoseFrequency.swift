import Foundation

/// How often a dose is given, read from an order's frequency text ("q12h", "BID", "daily", "每日两次").
public struct DoseFrequency: Sendable, Equatable {
    /// Doses in 24 hours (0.5 for every other day; 1 for a single dose, whose daily total is the dose itself).
    public var timesPerDay: Double

    public init(timesPerDay: Double) { self.timesPerDay = timesPerDay }

    public var isOnceDaily: Bool { timesPerDay == 1 }

    /// Reads a frequency; `nil` when it is not understood (continuous infusions, "as directed", "prn" alone).
    public static func parse(_ text: String) -> DoseFrequency? {
        let lower = text.lowercased()
        // "q12h", "q 12 h", "q12hr", "every 12 hours", "every 12h", "每12小时", "q12小时".
        let compact = lower.filter { !$0.isWhitespace && $0 != "." }
        if let hours = intervalHours(compact), hours > 0 { return DoseFrequency(timesPerDay: 24 / hours) }
        let words = Set(TermList.words(lower.replacingOccurrences(of: ".", with: "")))
        let phrase = " " + TermList.words(lower).joined(separator: " ") + " "
        func has(_ spellings: [String]) -> Bool {
            spellings.contains { spelling in
                spelling.unicodeScalars.allSatisfy(\.isASCII)
                    ? (spelling.contains(" ") ? phrase.contains(" \(spelling) ") : words.contains(spelling))
                    : compact.contains(spelling)
            }
        }
        // Checked most specific first: "twice daily" is twice, not daily.
        if has(["qid", "qds", "four times daily", "four times a day", "4 times daily", "4 times a day", "每日四次", "每日4次", "一日四次", "一日4次"]) {
            return DoseFrequency(timesPerDay: 4)
        }
        if has(["tid", "tds", "three times daily", "three times a day", "3 times daily", "3 times a day", "每日三次", "每日3次", "一日三次", "一日3次"]) {
            return DoseFrequency(timesPerDay: 3)
        }
        if has(["bid", "bd", "twice daily", "twice a day", "2 times daily", "2 times a day", "每日两次", "每日二次", "每日2次", "一日两次", "一日2次"]) {
            return DoseFrequency(timesPerDay: 2)
        }
        if has(["qod", "every other day", "alternate days", "alternate day", "隔日"]) {
            return DoseFrequency(timesPerDay: 0.5)
        }
        if has(["weekly", "once a week", "every week", "qw", "每周"]) { return DoseFrequency(timesPerDay: 1.0 / 7) }
        if has([
            "daily", "once daily", "once a day", "od", "qd", "qday", "qam", "qpm", "qhs", "hs", "nightly", "mane", "nocte",
            "every morning", "every evening", "at night", "每日一次", "每日1次", "一日一次", "一日1次", "每日", "每天", "qn",
        ]) {
            return DoseFrequency(timesPerDay: 1)
        }
        if has(["once", "stat", "single dose", "x1", "once only", "一次", "立即"]) { return DoseFrequency(timesPerDay: 1) }
        return nil
    }

    /// The interval of "q<N>h" / "every <N> hours" / "每<N>小时" spellings, in hours.
    private static func intervalHours(_ compact: String) -> Double? {
        for (prefix, suffixes) in [("q", ["hours", "hour", "hrs", "hr", "h", "小时"]), ("every", ["hours", "hour", "hrs", "hr", "h"]), ("每", ["小时"])] {
            var searchFrom = compact.startIndex
            while let start = compact.range(of: prefix, range: searchFrom..<compact.endIndex) {
                let digits = compact[start.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
                let rest = compact[start.upperBound...].dropFirst(digits.count)
                if let hours = Double(digits), suffixes.contains(where: { rest.hasPrefix($0) }) { return hours }
                searchFrom = start.upperBound
            }
        }
        return nil
    }
}
