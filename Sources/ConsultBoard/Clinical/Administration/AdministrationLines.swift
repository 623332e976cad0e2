import Foundation

/// The medication administration record of an order in words, the same in `show`, the Orders tab and the
/// handoff: each dose one line, then what needs someone's attention (an overdue dose, the course day).
/// Stored text is sanitised; times are written by the caller's `time` function.
public enum AdministrationLines {
    /// "2026-11-24 08:05 given by rn.zhou (due 06:00, LATE)", "… held by rn.zhou: LP tomorrow".
    public static func dose(_ dose: DoseAdministration, time: (Date) -> String) -> String {
        var line = "\(time(dose.at)) \(dose.outcome.rawValue) by \(Sanitizer.line(dose.by))"
        if let due = dose.due { line += " (due \(time(due))\(dose.isLate ? ", LATE" : ""))" }
        if let reason = dose.reason { line += (dose.outcome == .given ? " - " : ": ") + Sanitizer.line(reason) }
        return line
    }

    /// What the record says needs attention now: "DOSE OVERDUE: due 11-25 08:00, nothing recorded", "course day 3".
    public static func status(
        _ order: Order, now: Date, timeZone: TimeZone, weightKg: Double? = nil, time: (Date) -> String
    ) -> [String] {
        var lines: [String] = []
        if let due = AdministrationRecord.overdueSince(order, now: now) {
            lines.append("DOSE OVERDUE: due \(time(due)), nothing recorded since")
        }
        if let course = AdministrationRecord.course(order, weightKg: weightKg), order.status.isLive,
            let day = AdministrationRecord.courseDay(order, now: now, timeZone: timeZone)
        {
            lines.append("\(course) day \(day) (day 1: the first dose given)")
        }
        let notGiven = AdministrationRecord.notGiven(order)
        if !notGiven.isEmpty {
            let counts = DoseOutcome.allCases.filter { $0 != .given }.compactMap { outcome -> String? in
                let n = notGiven.filter { $0.outcome == outcome }.count
                return n == 0 ? nil : "\(n) \(outcome.rawValue)"
            }
            lines.append("doses not given: " + counts.joined(separator: ", "))
        }
        return lines
    }
}
