import Foundation

/// The other ways a ward writes a date and time, rewritten as ISO 8601 text for `ISODate` to read and check.
///
/// A Chinese ward writes "2026年12月4日 8:00", "2026年12月4日08时30分", "2026年12月4日 8点半", "2026/12/4 8:00" or
/// "2026-12-4 8:00", often with full-width digits and colons (２０２６年１２月４日　８：００). Each of these puts the year
/// first, so it has one reading. Forms that do not ("04/12/2026", "12/04/2026": day-first in Europe, month-first
/// in the USA, so either could be meant) and forms with 上午/下午 stay refused, as does a date without a time. What follows the
/// time (a `Z` or an offset such as `+08:00`) is kept, so without it the time is the machine's local time, as in
/// ISO 8601 written with a space.
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
        guard let year = number("y1", "y2", "y3"), let month = number("m1", "m2", "m3"), let day = number("d1", "d2", "d3"),
            let hour = number("h1", "h2")
        else { return nil }
        let half = Range(match.range(withName: "half"), in: normalised) != nil
        let minute = half ? 30 : number("i1", "i2") ?? 0
        let second = number("s1", "s2") ?? 0
        let zone = Range(match.range(withName: "zone"), in: normalised).map { String(normalised[$0]) } ?? ""
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))\(zone)"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The date: 年月日 (or 号), slashes or hyphens, the year first, month and day of one or two digits; then a
    /// `T`, spaces, or nothing after 日; then the time as H:MM[:SS], or with 时/点 and then 半 (half past) or minutes
    /// (分) and seconds (秒); then a `Z` or an offset, if any.
    private static let pattern = try? NSRegularExpression(pattern: [
        #"^(?:(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*[日号]?"#,
        #"|(?<y2>\d{4})/(?<m2>\d{1,2})/(?<d2>\d{1,2})|(?<y3>\d{4})-(?<m3>\d{1,2})-(?<d3>\d{1,2}))"#,
        #"(?:\s*[Tt]\s*|\s+|(?<=[日号]))"#,
        #"(?:(?<h1>\d{1,2}):(?<i1>\d{2})(?::(?<s1>\d{2}))?"#,
        #"|(?<h2>\d{1,2})\s*[时点]\s*(?:(?<half>半)|(?<i2>\d{1,2})(?:\s*分(?:\s*(?<s2>\d{1,2})\s*秒)?)?)?)"#,
        #"\s*(?<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?$"#,
    ].joined())
}
