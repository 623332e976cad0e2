import Foundation

/// How often a dose is given, read from an order's frequency text in any notation the ward uses: Latin
/// abbreviations (qd, bid, tid, qid, qn, qhs, q8h, qNh, qod, st, prn), English ("once daily", "every 12 hours",
/// "3 times a day", hourly) and Chinese (每日2次, 2次/日, 2/日, 一日两次, 每12小时, 每小时, 每晚, 隔日, 立即). The spellings are
/// terminology data (`frequencies`, `asNeeded`); the numeric patterns ("每N小时", "N次/日") are read here.
public struct DoseFrequency: Sendable, Equatable {
    /// Doses in 24 hours (0.5 for every other day; 1 for a single dose, whose daily total is the dose itself).
    public var timesPerDay: Double
    /// A single dose ("st", "once", "立即").
    public var isSingleDose: Bool
    /// Given as needed ("prn", "必要时"): `timesPerDay` is the scheduled part, or 1 when there is none.
    public var asNeeded: Bool

    public init(timesPerDay: Double, isSingleDose: Bool = false, asNeeded: Bool = false) {
        self.timesPerDay = timesPerDay
        self.isSingleDose = isSingleDose
        self.asNeeded = asNeeded
    }

    public var isOnceDaily: Bool { timesPerDay == 1 && !isSingleDose }

    /// Reads a frequency; `nil` when it is not understood ("as directed", "continuous infusion").
    public static func parse(_ text: String, terminology: Terminology = .active) -> DoseFrequency? {
        let words = terminology.frequencyIndex.matches(in: text).map(\.value)
        let asNeeded = words.contains { $0.asNeeded }
        if let perDay = numericTimesPerDay(text) {
            return DoseFrequency(timesPerDay: perDay, asNeeded: asNeeded)
        }
        // The most frequent schedule named counts ("bid" beats "daily" in "bid daily x 3 days").
        let scheduled = words.filter { !$0.asNeeded && !$0.single }
        if let most = scheduled.map(\.perDay).max() {
            return DoseFrequency(timesPerDay: most, asNeeded: asNeeded)
        }
        if words.contains(where: { $0.single }) {
            return DoseFrequency(timesPerDay: 1, isSingleDose: true, asNeeded: asNeeded)
        }
        return asNeeded ? DoseFrequency(timesPerDay: 1, asNeeded: true) : nil
    }

    /// The numeric notations: intervals ("q8h", "every 8 hours", "每8小时一次", "每隔8小时", "q2d", "q2w", "每2周",
    /// "每3个月") and counts ("每日2次", "2次/日", "一日两次", "3 times a day", "每周2次", "一周一次", "每月2次"). A
    /// range ("每日2-3次", "q4-6h", "每6~8小时", "2至3次/日") reads as its most frequent end: the dose the safety rules
    /// must allow for (before, "每日2-3次" read as "每日", once a day, and "每4-6小时一次" as every 6 hours).
    static func numericTimesPerDay(_ text: String) -> Double? {
        let compact = ChineseNumeral.inDigits(text.precomposedStringWithCompatibilityMapping.lowercased())
            .filter { !$0.isWhitespace && $0 != "." }
        if compact.contains("隔日") || compact.contains("隔天") { return 0.5 }
        let whole = NSRange(compact.startIndex..., in: compact)
        for notation in NumericNotation.all {
            guard let match = notation.pattern.firstMatch(in: compact, range: whole),
                let range = Range(match.range(at: 1), in: compact), let value = Double(compact[range]), value > 0
            else { continue }
            guard let otherRange = Range(match.range(at: 2), in: compact), let other = Double(compact[otherRange]), other > 0 else {
                return notation.perDay(value)
            }
            return max(notation.perDay(value), notation.perDay(other))
        }
        return nil
    }

    /// One numeric notation: a pattern whose groups 1 and 2 are a number or the two ends of a range, and how the
    /// number becomes doses a day. Compiled once: the rules read every order's frequency at every evaluation.
    struct NumericNotation: Sendable {
        var pattern: NSRegularExpression
        var perDay: @Sendable (Double) -> Double

        /// A number, or a range of two ("2-3", "4~6", "2至3", "2到3", "2–3").
        static let number = #"(\d+(?:\.\d+)?)(?:(?:-|~|至|到|–|—)(\d+(?:\.\d+)?))?"#

        /// A count of doses a day written without 次 ("2/日"): 1 to 12, or a range of two, not after a digit or a
        /// slash, so that a dose ("100/d", "1/2/d") is not read as a hundred doses.
        static let bareCount = #"(?<![\d/])(1[0-2]|[1-9])(?:(?:-|~|至|到|–|—)(1[0-2]|[1-9]))?"#

        /// The patterns in the order they are tried (the first that matches counts), as written in the source;
        /// `all` holds them compiled. A test checks that every one compiles.
        static let sources: [(String, @Sendable (Double) -> Double)] = [
            // "每隔N小时" is every N hours, as the ward means it ("每隔8小时一次" = q8h).
            ("(?:q|every|每隔|每|隔)" + number + "(?:h|hr|hrs|hour|hours|小时|个小时)", { 24 / $0 }),
            (number + "(?:h|小时|个小时)(?:一次|1次)", { 24 / $0 }),
            // "每隔一天" is the idiom for every other day; for "每隔N天" with N of 2 or more, whether the N days are
            // the gap or the cycle is written both ways, so the more frequent reading (every N days) counts.
            ("每隔" + number + "(?:日|天)", { $0 == 1 ? 0.5 : 1 / $0 }),
            ("(?:q|every|每)" + number + "(?:d|day|days|日|天)(?!次)", { 1 / $0 }),
            ("(?:q|every|每隔|每)" + number + "(?:w|wk|wks|week|weeks|周|星期)(?!次)", { 1 / (7 * $0) }),
            ("(?:q|every|每隔|每)" + number + "(?:mo|month|months|个月|月)(?!次)", { 1 / (30 * $0) }),
            ("(?:每日|每天|一日|一天|日|天|/日|/天|daily|aday|perday)" + number + "次", { $0 }),
            (number + "次/?每?(?:日|天|d\\b|day)", { $0 }),
            (number + "(?:times|x)(?:daily|aday|perday|/day|/d\\b|/日|/天)", { $0 }),
            // "2/日", "3/d", "2/day": the ward's shorthand for 2次/日.
            (bareCount + "/(?:日|天|d\\b|day)", { $0 }),
            ("(?:每周|每星期|/周|1周|1星期|weekly|aweek|perweek)" + number + "次", { $0 / 7 }),
            (number + "次/?每?(?:周|星期|week|wk)", { $0 / 7 }),
            (number + "(?:times|x)(?:weekly|aweek|perweek|/week)", { $0 / 7 }),
            ("(?:每月|每个月|1月|1个月|/月|monthly|amonth|permonth)" + number + "次", { $0 / 30 }),
            (number + "次/?每?(?:月|month)", { $0 / 30 }),
        ]

        static let all: [NumericNotation] = sources.compactMap { source, perDay in
            (try? NSRegularExpression(pattern: source)).map { NumericNotation(pattern: $0, perDay: perDay) }
        }
    }
}
