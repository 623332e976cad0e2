import ConsultBoard
import Foundation

/// Showing and reading times the way the ward writes them, in the app's time zone.
///
/// Built on `Calendar` components rather than formatters so it is cheap to call for every row of a list.
struct TimeFormat: Sendable {
    let timeZone: TimeZone
    /// The app's clock: list times of another year show it (see `short`).
    var now: Date?

    init(timeZone: TimeZone, now: Date? = nil) {
        self.timeZone = timeZone
        self.now = now
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// "2026-11-25 08:30".
    func dateTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// "11-25 08:30": for list rows, where the year is this year's; "2025-11-25" for any other year (a value a year
    /// old, or a typo, must not pass for this year's; the date alone keeps the list's column width).
    func short(_ date: Date) -> String {
        if let now, calendar.component(.year, from: date) != calendar.component(.year, from: now) {
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        }
        let c = calendar.dateComponents([.month, .day, .hour, .minute], from: date)
        return String(format: "%02d-%02d %02d:%02d", c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// The word a date field takes for the present moment: "now" in English, "现在" in Chinese; both are read in
    /// either language (a form prefilled in one language may be saved by someone reading the other).
    static var nowWord: String { tr("form.now") }
    static let nowWords: Set<String> = ["now", "现在"]

    /// Reads what a user typed in a date field: "now" (现在), "2026-11-25 08:30", "2026-11-25T08:30",
    /// "2026-11-25" (midnight), or full ISO 8601 with a zone ("2026-11-25T08:30:00Z", "...+08:00").
    /// Times without a zone are in the app's time zone. `nil` when it is not a date.
    func parse(_ text: String, now: Date) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if Self.nowWords.contains(text.lowercased()) || text.isEmpty { return text.isEmpty ? nil : now }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let date = iso.date(from: text) { return date }
        let pattern = #"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func number(_ group: Int) -> Int? {
            guard let range = Range(match.range(at: group), in: text) else { return nil }
            return Int(text[range])
        }
        var components = DateComponents()
        components.year = number(1)
        components.month = number(2)
        components.day = number(3)
        components.hour = number(4) ?? 0
        components.minute = number(5) ?? 0
        components.second = number(6) ?? 0
        guard let month = components.month, (1...12).contains(month), let day = components.day, (1...31).contains(day),
            let hour = components.hour, (0...23).contains(hour), let minute = components.minute, (0...59).contains(minute)
        else { return nil }
        return calendar.date(from: components)
    }
}
