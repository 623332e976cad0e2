import Foundation

/// The other ways a ward writes a date and time, rewritten as ISO 8601 text for `ISODate` to read and check.
///
/// A Chinese ward writes "2026年12月4日 8:00", "2026年12月4日08时30分", "2026年12月4日 8点半", "2026/12/4 8:00" or
/// "2026-12-4 8:00", often with full-width digits and colons (２０２６年１２月４日　８：００), and often the 12-hour
/// clock with the part of the day ("2026年12月4日 下午4点半", "2026/12/4 4:30 pm"). Each of these puts the year
/// first, so it has one reading. Forms that do not ("04/12/2026", "12/04/2026": day-first in Europe, month-first
/// in the USA, so either could be meant) stay refused, as do a date without a time, an hour that disagrees with
/// its part of the day (上午16点, 晚上3点), and the parts of the day whose hours are read both ways (夜里2点 and 午夜:
/// before or after midnight, so which day?). What follows the time (a `Z` or an offset such as `+08:00`) is kept,
/// so without it the time is the machine's local time, as in ISO 8601 written with a space.
enum WrittenDate {
    /// The ISO 8601 text for `text`, or `nil` when it is not one of these forms. The calendar is checked by
    /// `ISODate` afterwards (no 30 February).
    static func iso(from text: String) -> String? {
        let normalised = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        guard let pattern,
            let match = pattern.firstMatch(in: normalised, range: NSRange(normalised.startIndex..., in: normalised))
        else { return nil }
        /// The first of the named groups that took part in the match (each form has its own names).
        func number(_ names: String...) -> Int? {
            for name in names {
                if let range = Range(match.range(withName: name), in: normalised) { return Int(normalised[range]) }
            }
            return nil
        }
        func group(_ name: String) -> String? { Range(match.range(withName: name), in: normalised).map { String(normalised[$0]) } }
        guard let year = number("y1", "y2", "y3"), let month = number("m1", "m2", "m3"), let day = number("d1", "d2", "d3"),
            let written = number("h1", "h2"), let hour = hour(written, part: group("part"), meridiem: group("meridiem"))
        else { return nil }
        let half = Range(match.range(withName: "half"), in: normalised) != nil
        let minute = half ? 30 : number("i1", "i2") ?? 0
        let second = number("s1", "s2") ?? 0
        let zone = group("zone") ?? ""
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))\(zone)"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The hour on the 24-hour clock, from the hour as written and the part of the day or a.m./p.m. written with
    /// it (at most one of them); `nil` when they disagree. A part of the day also takes the hour on the 24-hour
    /// clock when it falls in that part ("下午16:30").
    static func hour(_ written: Int, part: String?, meridiem: String?) -> Int? {
        switch (part, meridiem?.lowercased().filter { $0 != "." }) {
        case (nil, nil): return written
        case (nil, "am"?): return (1...12).contains(written) ? written % 12 : nil
        case (nil, "pm"?): return (1...12).contains(written) ? written % 12 + 12 : nil
        case let (part?, nil):
            guard let hours = partsOfTheDay[part] else { return nil }
            if hours.contains(written) { return written }
            let afternoon = written + 12
            return written < 12 && hours.contains(afternoon) ? afternoon : nil
        default: return nil
        }
    }

    /// The hours (24-hour clock) each part of the day a ward writes covers, as everyday Chinese uses them: 凌晨
    /// the small hours, 早上 the early morning, 上午 the forenoon, 中午 around noon, 下午 the afternoon, 傍晚 dusk
    /// and 晚上 the evening until midnight. An hour written in a part that does not cover it is refused.
    private static let partsOfTheDay: [String: ClosedRange<Int>] = [
        "凌晨": 0...5, "早上": 5...11, "早晨": 5...11, "上午": 1...11, "中午": 11...14, "下午": 12...19, "傍晚": 16...19, "晚上": 18...23,
    ]

    /// The date: 年月日 (or 号), slashes or hyphens, the year first, month and day of one or two digits; then a
    /// `T`, spaces, or nothing after 日; then the part of the day, if any; then the time as H:MM[:SS], or with 时/点
    /// and then 半 (half past) or minutes (分) and seconds (秒); then a.m. or p.m., if any; then a `Z` or an offset,
    /// if any.
    private static let pattern = try? NSRegularExpression(pattern: [
        #"^(?:(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*[日号]?"#,
        #"|(?<y2>\d{4})/(?<m2>\d{1,2})/(?<d2>\d{1,2})|(?<y3>\d{4})-(?<m3>\d{1,2})-(?<d3>\d{1,2}))"#,
        #"(?:\s*[Tt]\s*|\s+|(?<=[日号]))"#,
        #"(?:(?<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)\s*)?"#,
        #"(?:(?<h1>\d{1,2}):(?<i1>\d{2})(?::(?<s1>\d{2}))?"#,
        #"|(?<h2>\d{1,2})\s*[时点]\s*(?:(?<half>半)|(?<i2>\d{1,2})(?:\s*分(?:\s*(?<s2>\d{1,2})\s*秒)?)?)?)"#,
        #"(?:\s*(?<meridiem>[AaPp]\.?[Mm]\.?))?"#,
        #"\s*(?<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?$"#,
    ].joined())
}
