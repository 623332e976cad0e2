import Foundation

/// How soon a consulting service must see the patient, by urgency, and where each consult stands against it.
///
/// The shipped times follow the consultation rule (会诊制度) of 医疗质量安全核心制度要点 (National Health
/// Commission of China, 2018): an emergency consult (急会诊, `stat`) is attended within 10 minutes of the request,
/// an ordinary consult within 24 hours (`routine`). `urgent` has no national figure: the shipped 4 hours is the
/// ward's own choice, between the two. A ward changes them in `ward/consult-clock.json`
/// (`{"stat": 10, "urgent": 240, "routine": 1440}`, minutes).
public struct ConsultClock: Codable, Sendable, Equatable {
    /// Minutes from the request to the service's first visit ("seen").
    public var stat: Double = 10
    public var urgent: Double = 240
    public var routine: Double = 1440

    public init() {}

    public static let shipped = ConsultClock()

    public func minutes(for urgency: Urgency) -> Double {
        switch urgency {
        case .stat: stat
        case .urgent: urgent
        case .routine: routine
        }
    }

    /// Reads a ward's file; every urgency must be given, as a positive number of minutes.
    public static func decode(_ data: Data, file: String) throws(WardSettingsError) -> ConsultClock {
        let clock: ConsultClock
        do { clock = try BoardJSON.decoder().decode(ConsultClock.self, from: data) } catch {
            throw .unreadable(file: file, reason: DecodingProblem(error).words)
        }
        for urgency in Urgency.allCases where !(clock.minutes(for: urgency) > 0 && clock.minutes(for: urgency).isFinite) {
            throw .invalid(file: file, entry: urgency.rawValue, problem: .tr("ward.problem.minutes"))
        }
        return clock
    }

    /// Where one consult stands against the clock at `now`.
    public func timing(_ consult: Consult, now: Date) -> ConsultTiming {
        let due = consult.requestedAt.addingTimeInterval(minutes(for: consult.urgency) * 60)
        let accepted = consult.history.first { $0.to == .accepted }?.at
        let seen = consult.history.first { $0.to == .seen }?.at
        let waiting = seen == nil && consult.status != .cancelled && consult.status != .signedOff
        return ConsultTiming(dueAt: due, acceptedAt: accepted, seenAt: seen, overdue: waiting && now > due, seenLate: seen.map { $0 > due } ?? false)
    }
}

/// A consult's times: when it was due, accepted and first seen, and whether it is overdue now.
public struct ConsultTiming: Sendable, Equatable {
    /// The request time plus the urgency's minutes.
    public var dueAt: Date
    public var acceptedAt: Date?
    /// The first "seen".
    public var seenAt: Date?
    /// Not seen (nor cancelled or signed off), and past due.
    public var overdue: Bool
    /// Seen, but after it was due.
    public var seenLate: Bool
}
