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
                message: "\(consult.urgency.rawValue.sentenceCased) \(consult.service.label) consult \(consult.id) is overdue by \(ConsultOverdueRule.duration(minutes: late)) (due \(facts.time(timing.dueAt))): call the \(consult.service.label) team, and escalate if they cannot come.",
                data: [
                    "requested \(facts.time(consult.requestedAt)) by \(Sanitizer.line(consult.requestedBy)): \(Sanitizer.line(consult.question))",
                    "status \(consult.status.rawValue)" + (timing.acceptedAt.map { ", accepted \(facts.time($0))" } ?? ""),
                ] + (clock == .shipped ? [] : ["due time from the ward's consult clock (ward/consult-clock.json): \(ClinicalNumber.plain(clock.minutes(for: consult.urgency))) minutes for \(consult.urgency.rawValue)"]),
                triggering: [consult.id])
        }
    }

    /// "45 min", "3 h 20 min", "2 d 4 h".
    static func duration(minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 1440 { return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min") }
        return "\(minutes / 1440) d" + ((minutes % 1440) / 60 == 0 ? "" : " \((minutes % 1440) / 60) h")
    }
}
