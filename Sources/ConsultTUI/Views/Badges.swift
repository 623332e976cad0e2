import ConsultBoard
import Foundation

/// The compact marks the lists use, and the style that goes with each status.
///
/// Consult badges: the service's short name (`Service.badge`) followed by one mark for where its latest consult
/// stands, so "NEU✓ SPS?" reads "neurology has seen the patient, spine surgery has not answered yet":
///
/// | mark | consult status | meaning                                |
/// |------|----------------|----------------------------------------|
/// | `?`  | requested      | waiting for the service to accept      |
/// | `…`  | accepted       | accepted, not seen yet                 |
/// | `✓`  | seen           | seen; recommendations may follow       |
/// | `↻`  | follow-up      | the service keeps following            |
///
/// Signed-off and cancelled consults are finished and not shown on the board (the Consults tab lists them).
/// A requested consult that is urgent or stat is shown in the danger style. A consult past its due time and not
/// seen (`ConsultClock`) gets a `!` after its mark ("NEU?!"), in the danger style: the mark says it without colour.
enum Badges {
    static func consultMark(_ status: ConsultStatus) -> String {
        switch status {
        case .requested: "?"
        case .accepted: "…"
        case .seen: "✓"
        case .followUp: "↻"
        case .signedOff: "✔"
        case .cancelled: "✗"
        }
    }

    /// The open consults of a patient as badges, in the order of the service list.
    static func consults(_ record: PatientRecord, now: Date? = nil, clock: ConsultClock = .shipped) -> [(text: String, style: Style)] {
        let latest = record.latestConsultByService
        return Service.allCases.compactMap { service in
            guard let consult = latest[service], consult.status.isOpen else { return nil }
            let style: Style
            switch consult.status {
            case .requested: style = consult.urgency == .routine ? .warning : .danger
            case .accepted: style = .warning
            default: style = .good
            }
            if let now, clock.timing(consult, now: now).overdue {
                return (service.shownBadge + consultMark(consult.status) + "!", .danger)
            }
            return (service.shownBadge + consultMark(consult.status), style)
        }
    }

    static func severity(_ severity: Severity) -> (text: String, style: Style) {
        switch severity {
        case .unstable: (tr("badge.severity.unstable"), .danger)
        case .watcher: (severity.shown, Style(tone: .warning, bold: true))
        case .stable: (severity.shown, .good)
        }
    }

    /// The style of a status word in lists and histories.
    static func style(_ status: some Lifecycle) -> Style {
        if status is ComplicationStatus { return status.rawValue == "active" ? .danger : .muted }
        switch status.rawValue {
        case "requested", "accepted", "draft", "on-hold", "preliminary": return .warning
        case "cancelled", "discontinued", "entered-in-error", "signed-off", "completed": return .muted
        default: return .good
        }
    }
}
