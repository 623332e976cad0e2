import Foundation

/// What the medication administration record says about one order: the last dose actually given, doses not
/// given, a scheduled dose now overdue, and the day of a course.
///
/// Pure functions of the order and the time. The anticoagulant / spinal-procedure timing reads `lastGiven`: the
/// last dose the patient actually received, not the order's start.
public enum AdministrationRecord {
    /// The last dose of `order` actually given (by the time it was given), if any.
    public static func lastGiven(_ order: Order) -> DoseAdministration? {
        order.doses.filter { $0.outcome == .given }.max { $0.at < $1.at }
    }

    /// The first dose given, if any.
    public static func firstGiven(_ order: Order) -> DoseAdministration? {
        order.doses.filter { $0.outcome == .given }.min { $0.at < $1.at }
    }

    /// The doses recorded as held, refused or missed, in the order recorded.
    public static func notGiven(_ order: Order) -> [DoseAdministration] {
        order.doses.filter { $0.outcome != .given }
    }

    /// When the next dose of an active order was due, if that is more than `DoseAdministration.lateAfter` ago
    /// and nothing has been recorded since: the dose is overdue (not given, not recorded as held or refused).
    ///
    /// Read from the frequency (`DoseFrequency`): the next dose is due one interval after the last recorded dose
    /// (given, held, refused or missed). `nil` for an order that is not active, whose frequency is not
    /// understood, that is on time, or whose doses are not charted on the board at all (a ward not using the
    /// record here would otherwise see every order overdue).
    public static func overdueSince(_ order: Order, now: Date) -> Date? {
        guard order.status == .active, order.kind == .medication, !order.doses.isEmpty,
            let frequency = order.medication.flatMap({ DoseFrequency.parse($0.frequency) }), frequency.timesPerDay > 0
        else { return nil }
        let interval = 86400 / frequency.timesPerDay
        guard let last = order.doses.map(\.at).max() else { return nil }
        let due = last.addingTimeInterval(interval)
        return now.timeIntervalSince(due) > DoseAdministration.lateAfter ? due : nil
    }

    /// The day of a course (day 1 is the calendar day of the first dose given, in `timeZone`), `nil` before the
    /// first dose: "IVIG day 3", "methylprednisolone pulse day 2".
    public static func courseDay(_ order: Order, now: Date, timeZone: TimeZone) -> Int? {
        guard let first = firstGiven(order)?.at, now >= first else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: first), to: calendar.startOfDay(for: now)).day
        return days.map { $0 + 1 }
    }

    /// The kind of course an order is, when its day matters: "IVIG" (immunoglobulin, usually 2 g/kg over 2-5
    /// days) or "steroid pulse" (`CorticosteroidExposure.isPulse`, 250 mg prednisone-equivalent a day or more).
    public static func course(_ order: Order, weightKg: Double?) -> String? {
        switch courseKind(order, weightKg: weightKg) {
        case .immunoglobulin?: "IVIG"
        case .steroidPulse?: "steroid pulse"
        case nil: nil
        }
    }

    /// The kinds of course whose day is counted.
    public enum CourseKind: Sendable, Equatable {
        case immunoglobulin, steroidPulse
    }

    /// The kind of course an order is (`course` names it), when its day matters.
    public static func courseKind(_ order: Order, weightKg: Double?) -> CourseKind? {
        guard let medication = MedicationOrder.read(order) else { return nil }
        if medication.drug.isA(DrugClass.immunoglobulin) { return .immunoglobulin }
        if CorticosteroidExposure.of(medication, weightKg: weightKg)?.isPulse == true { return .steroidPulse }
        return nil
    }
}
