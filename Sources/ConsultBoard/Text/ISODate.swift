import Foundation

/// Reads and writes the dates and times people type on the command line and in the editor, in ISO 8601.
///
/// Accepted (RFC 3339 profile of ISO 8601, plus two conveniences):
/// - `2026-11-25T08:30:00Z`, with an offset `2026-11-25T16:30:00+08:00` (or `+0800`, `+08`),
///   with fractional seconds `2026-11-25T08:30:00.250Z`;
/// - seconds may be left out: `2026-11-25T16:30+08:00`;
/// - a space may stand for the `T`; without an offset the time is read in `timeZone` (the machine's by default);
/// - the year-first forms a Chinese ward writes (`WrittenDate`): 2026年12月4日 8:00, 2026年12月4日8时30分,
///   2026/12/4 08:00, 2026-12-4 8:00, full-width digits.
///
/// Calendar dates are checked (no 30 February, no hour 24). The board keeps whole seconds, so fractions are
/// dropped (rounded down), exactly as the journal would store them.
public enum ISODate {
    /// Parses `text`, or throws `BoardError.invalidDate` naming `field` and showing the accepted forms.
    public static func parse(_ text: String, field: String, timeZone: TimeZone = .current) throws(BoardError) -> Date {
        guard let date = date(from: text.trimmingCharacters(in: .whitespaces), timeZone: timeZone) else {
            throw .invalidDate(field: field, value: text)
        }
        return BoardJSON.wholeSeconds(date)
    }

    /// `2026-11-25T08:30:00Z`: the form the board itself writes (`BoardDate`).
    public static func string(_ date: Date) -> String { BoardDate.format(date) }

    /// ISO 8601 as the board writes it, or else a form a ward writes with the year first (`WrittenDate`).
    private static func date(from text: String, timeZone: TimeZone) -> Date? {
        if let date = isoDate(from: text, timeZone: timeZone) { return date }
        return WrittenDate.iso(from: text).flatMap { isoDate(from: $0, timeZone: timeZone) }
    }

    private static func isoDate(from text: String, timeZone: TimeZone) -> Date? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.take("-"),
            let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2), scanner.take("T") || scanner.take("t") || scanner.take(" "),
            let hour = scanner.number(digits: 2), scanner.take(":"),
            let minute = scanner.number(digits: 2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if scanner.take(":") {
            guard let s = scanner.number(digits: 2) else { return nil }
            second = s
            if scanner.take(".") || scanner.take(",") {
                guard let f = scanner.fraction() else { return nil }
                fraction = f
            }
        }
        let zone: TimeZone
        if scanner.take("Z") || scanner.take("z") {
            zone = TimeZone(identifier: "UTC") ?? .gmt
        } else if scanner.atEnd {
            zone = timeZone
        } else {
            guard let offset = scanner.offset(), let fixed = TimeZone(secondsFromGMT: offset) else { return nil }
            zone = fixed
        }
        guard scanner.atEnd, (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
            (0...59).contains(minute), (0...59).contains(second)
        else { return nil }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        // Calendar rolls 30 February over to 2 March; a date that does not read back the same does not exist.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return date.addingTimeInterval(fraction)
    }
}

/// Reads fixed-width numbers and separators from ASCII bytes, for `ISODate`.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    /// Consumes `character` if it is next.
    mutating func take(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    /// One or more digits after the decimal point, as a fraction of a second.
    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 1.0
        let start = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
            scale /= 10
            value += Double(bytes[index] - 0x30) * scale
            index += 1
        }
        return index > start ? value : nil
    }

    /// `+hh:mm`, `+hhmm` or `+hh` (or `-`), in seconds east of UTC.
    mutating func offset() -> Int? {
        let sign: Int
        if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2), hours <= 18 else { return nil }
        var minutes = 0
        if !atEnd {
            _ = take(":")
            guard let m = number(digits: 2), m < 60 else { return nil }
            minutes = m
        }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
