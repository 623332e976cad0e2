import Foundation

/// Times as the CLI shows them to people: `2026-11-25 08:30` in the machine's time zone (set `TZ` to change it).
enum DisplayTime {
    static func string(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}

/// Numbers as people write them: `108`, `37.5`, `0.9` (no grouping separators, no trailing `.0`).
enum PlainNumber {
    static func string(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
