import Foundation

/// Calendar days and clock times written with zero-padded numbers ("2026-11-25", "2026-11-25 08:30", "08:30"),
/// exactly as `String(format: "%04d-%02d-%02d %02d:%02d")` writes them.
///
/// Why not `String(format:)`: it boxes every argument as a `CVarArg`, a dynamic cast that scans the binary's
/// conformance records; the day of every fever reading and the time in every alert line made that 5 % of the
/// first screen's CPU (`perf`, the benchmark board).
enum CalendarText {
    /// "2026-11-25".
    static func day(_ c: DateComponents) -> String {
        padded(c.year ?? 0, 4) + "-" + padded(c.month ?? 0, 2) + "-" + padded(c.day ?? 0, 2)
    }

    /// "2026-11-25 08:30".
    static func dayAndMinute(_ c: DateComponents) -> String { day(c) + " " + clock(c) }

    /// "08:30".
    static func clock(_ c: DateComponents) -> String { padded(c.hour ?? 0, 2) + ":" + padded(c.minute ?? 0, 2) }

    /// `n` with leading zeros to `width` characters, the sign counted, as `%0<width>d` writes it ("-05" for -5
    /// in 3).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count - sign.count)) + digits
    }
}
