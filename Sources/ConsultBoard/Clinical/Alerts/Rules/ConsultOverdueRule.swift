import Foundation

/// A consult not seen by its due time (`ConsultClock`): the requesting team must chase it or escalate.
///
/// Source: the consultation rule (会诊制度) of 医疗质量安全核心制度要点, National Health Commission of China 2018
/// (emergency consults attended within 10 minutes, ordinary consults completed within 24 hours).
struct ConsultOverdueRule: SafetyRule {
    let id = "consult-overdue"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Consult not seen by its due time"
    let checks = "A consult neither seen, cancelled nor signed off past its due time: stat 10 minutes, urgent 4 hours, routine 24 hours after the request."
    let source = "会诊制度, 医疗质量安全核心制度要点 (National Health Commission of China, 2018)"
    let notify: [Service] = [.ward]
    var clock = ConsultClock.shipped

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        facts.record.consults.compactMap { consult in
            let timing = clock.timing(consult, now: facts.now)
            guard timing.overdue else { return nil }
            let late = Int(facts.now.timeIntervalSince(timing.dueAt) / 60)
            return alert(
                message: .tr("alert.consultOverdue.message", [
                    "urgency": Self.urgencyText(consult.urgency),
                    "service": consult.service.shownText, "id": "\(consult.id)", "late": Self.durationText(minutes: late), "due": "\(facts.time(timing.dueAt))",
                ]),
                data: [
                    .tr("alert.consultOverdue.requested", [
                        "time": "\(facts.time(consult.requestedAt))", "by": "\(Sanitizer.line(consult.requestedBy))", "question": "\(Sanitizer.line(consult.question))",
                    ]),
                    timing.acceptedAt.map { .tr("alert.consultOverdue.statusAccepted", ["status": consult.status.shownText, "time": "\(facts.time($0))"]) }
                        ?? .tr("alert.consultOverdue.status", ["status": consult.status.shownText]),
                ] + (clock == .shipped ? [] : [ShownText.plain("due time from the ward's consult clock (ward/consult-clock.json): \(ClinicalNumber.plain(clock.minutes(for: consult.urgency))) minutes for \(consult.urgency.rawValue)")]),
                triggering: [consult.id])
        }
    }

    /// "Stat", "Urgent", "Routine" at the start of the sentence; 急会诊, 普通会诊 in Chinese.
    static func urgencyText(_ urgency: Urgency) -> ShownText {
        switch urgency {
        case .stat: .tr("alert.consultOverdue.stat")
        case .urgent: .tr("alert.consultOverdue.urgent")
        case .routine: .tr("alert.consultOverdue.routine")
        }
    }

    /// "45 min", "3 h 20 min", "2 d 4 h" (45 分钟, 3 小时 20 分钟, 2 天 4 小时).
    static func durationText(minutes: Int) -> ShownText {
        if minutes < 60 { return .tr("duration.minutes", ["m": "\(minutes)"]) }
        if minutes < 1440 {
            return minutes % 60 == 0 ? .tr("duration.hours", ["h": "\(minutes / 60)"])
                : .tr("duration.hoursMinutes", ["h": "\(minutes / 60)", "m": "\(minutes % 60)"])
        }
        return (minutes % 1440) / 60 == 0 ? .tr("duration.days", ["d": "\(minutes / 1440)"])
            : .tr("duration.daysHours", ["d": "\(minutes / 1440)", "h": "\((minutes % 1440) / 60)"])
    }

    /// "45 min", "3 h 20 min", "2 d 4 h".
    static func duration(minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 1440 { return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min") }
        return "\(minutes / 1440) d" + ((minutes % 1440) / 60 == 0 ? "" : " \((minutes % 1440) / 60) h")
    }
}
