import Foundation

/// ISO 8601 date-times as clinicians type them: seconds and fractions optional, "Z", "+08:00", "+0800" or no zone
/// (local time).
enum ISO8601Time {
    static func parse(_ text: String) -> Date? {
        let pattern = #/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/#
        guard let m = text.trimmingCharacters(in: .whitespaces).wholeMatch(of: pattern) else { return nil }
        var components = DateComponents()
        components.year = Int(m.1)
        components.month = Int(m.2)
        components.day = Int(m.3)
        components.hour = Int(m.4)
        components.minute = Int(m.5)
        components.second = m.6.flatMap { Int($0) } ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone(m.8.map(String.init)) ?? .current
        guard let hour = components.hour, let minute = components.minute, hour < 24, minute < 60,
            (components.second ?? 0) < 60, components.isValidDate(in: calendar),
            let date = calendar.date(from: components)
        else { return nil }
        let fraction = m.7.flatMap { Double("0" + $0) } ?? 0
        return date.addingTimeInterval(fraction)
    }

    /// "Z" -> UTC, "+08:00"/"+0800" -> that offset, nil -> nil (local time).
    private static func zone(_ text: String?) -> TimeZone? {
        guard let text else { return nil }
        if text == "Z" { return TimeZone(secondsFromGMT: 0) }
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else { return nil }
        let seconds = (hours * 3600 + minutes * 60) * (text.hasPrefix("-") ? -1 : 1)
        return TimeZone(secondsFromGMT: seconds)
    }
}
