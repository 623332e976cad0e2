import Foundation

/// The medication administration record of an order in words, the same in `show`, the Orders tab and the
/// handoff: each dose one line, then what needs someone's attention (an overdue dose, the course day).
/// Stored text is sanitised; times are written by the caller's `time` function; the words are the reader's
/// (English word for word as it always was: "given by", "LATE", "DOSE OVERDUE").
public enum AdministrationLines {
    /// "2026-11-24 08:05 given by rn.zhou (due 06:00, LATE)", "… held by rn.zhou: LP tomorrow".
    public static func dose(_ dose: DoseAdministration, time: (Date) -> String) -> String {
        let due: ShownText = dose.due.map { due in
            dose.isLate ? .tr("administration.dueLate", ["time": .plain(time(due))]) : .tr("administration.due", ["time": .plain(time(due))])
        } ?? ""
        let reason: ShownText = dose.reason.map { reason in
            let text = ShownText.plain(Sanitizer.line(reason))
            return dose.outcome == .given ? .tr("administration.givenNote", ["reason": text]) : .tr("administration.reason", ["reason": text])
        } ?? ""
        return ShownText.tr("administration.dose", [
            "time": .plain(time(dose.at)), "outcome": dose.outcome.rawValueText, "by": .plain(Sanitizer.line(dose.by)),
            "due": due, "reason": reason,
        ]).shown
    }

    /// What the record says needs attention now: "DOSE OVERDUE: due 11-25 08:00, nothing recorded since",
    /// "IVIG day 3 (day 1: the first dose given)", "doses not given: 1 held".
    public static func status(
        _ order: Order, now: Date, timeZone: TimeZone, weightKg: Double? = nil, time: (Date) -> String
    ) -> [String] {
        var lines: [ShownText] = []
        if let due = AdministrationRecord.overdueSince(order, now: now) {
            lines.append(.tr("administration.overdue", ["time": .plain(time(due))]))
        }
        if let course = AdministrationRecord.courseKind(order, weightKg: weightKg), order.status.isLive,
            let day = AdministrationRecord.courseDay(order, now: now, timeZone: timeZone)
        {
            let name: ShownText = switch course {
            case .immunoglobulin: .tr("administration.course.ivig")
            case .steroidPulse: .tr("administration.course.steroidPulse")
            }
            lines.append(.tr("administration.courseDay", ["course": name, "day": "\(day)"]))
        }
        let notGiven = AdministrationRecord.notGiven(order)
        if !notGiven.isEmpty {
            let counts = DoseOutcome.allCases.filter { $0 != .given }.compactMap { outcome -> ShownText? in
                let n = notGiven.filter { $0.outcome == outcome }.count
                return n == 0 ? nil : .tr("administration.count", ["count": "\(n)", "outcome": outcome.rawValueText])
            }
            lines.append(.tr("administration.notGiven", ["counts": counts.joined(.tr("text.comma"))]))
        }
        return lines.map(\.shown)
    }
}
