import Foundation

/// Formats times for the handoff in the ward's time zone, the same way on every machine (POSIX locale), so a
/// handoff printed twice from the same board reads the same.
struct HandoffClock {
    let now: Date
    let timeZone: TimeZone
    private let stamp: DateFormatter
    private let short: DateFormatter
    private let shortWithYear: DateFormatter
    private let day: DateFormatter
    private let calendar: Calendar

    init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
        stamp = Self.formatter("yyyy-MM-dd HH:mm xxx", timeZone)
        short = Self.formatter("d MMM HH:mm", timeZone)
        shortWithYear = Self.formatter("d MMM yyyy HH:mm", timeZone)
        day = Self.formatter("d MMM", timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    private static func formatter(_ pattern: String, _ timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter
    }

    /// "2026-11-25 07:30 +08:00": the page header's time.
    func stamp(_ date: Date) -> String { stamp.string(from: date) }

    /// "25 Nov 07:30": times of items; "25 Nov 2025 07:30" when not of the handoff's year (a value a year old,
    /// or a typo, must not pass for this year's).
    /// In Chinese, the form Chinese records use (Arabic numerals, 24-hour clock, 《病历书写基本规范》第十条):
    /// "11月25日 07:30", "2025年11月25日 07:30".
    func short(_ date: Date) -> String {
        let thisYear = calendar.component(.year, from: date) == calendar.component(.year, from: now)
        if Localisation.language == .simplifiedChinese {
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let time = CalendarText.clock(c)
            return (thisYear ? "" : "\(c.year ?? 0)年") + "\(c.month ?? 0)月\(c.day ?? 0)日 " + time
        }
        return thisYear ? short.string(from: date) : shortWithYear.string(from: date)
    }

    /// "25 Nov": calendar days ("11月25日" in Chinese).
    func day(_ date: Date) -> String {
        if Localisation.language == .simplifiedChinese {
            let c = calendar.dateComponents([.month, .day], from: date)
            return "\(c.month ?? 0)月\(c.day ?? 0)日"
        }
        return day.string(from: date)
    }

    /// The hospital day on `now` of a stay that began at `admitted` (day 1 is the day of admission).
    func hospitalDay(admitted: Date) -> Int {
        let days = calendar.dateComponents(
            [.day], from: calendar.startOfDay(for: admitted), to: calendar.startOfDay(for: now)
        ).day ?? 0
        return max(1, days + 1)
    }
}
