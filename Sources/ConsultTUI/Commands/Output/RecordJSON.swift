import ConsultBoard
import Foundation

/// A patient's record as `show --json` prints it: the record exactly as stored, with the facts derived for each
/// item beside it (a lab's `flag`), so a script reads both without computing them again.
///
/// The stored record is encoded first and the derived keys are added to the same objects, so every stored field
/// (including any added later) is printed as it is.
struct RecordJSON: Encodable {
    var record: PatientRecord
    var settings: WardSettings
    /// The time `overdue` is judged at.
    var now: Date

    private enum Keys: String, CodingKey { case labs, consults, orders }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        let ranges = settings.referenceRanges
        try c.encode(record.labs.map { FlaggedLab(lab: $0, flag: ranges.flag($0, of: record.patient)) }, forKey: .labs)
        try c.encode(record.consults.map { TimedConsult(consult: $0, timing: settings.consultClock.timing($0, now: now)) }, forKey: .consults)
        try c.encode(record.orders.map(AdministeredOrder.init), forKey: .orders)
    }
}

/// A consult with its clock: `dueAt`, `overdue`, `acceptedAt`, `seenAt`.
struct TimedConsult: Encodable {
    var consult: Consult
    var timing: ConsultTiming

    private enum Keys: String, CodingKey { case dueAt, overdue, acceptedAt, seenAt }

    func encode(to encoder: any Encoder) throws {
        try consult.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(timing.dueAt, forKey: .dueAt)
        try c.encode(timing.overdue, forKey: .overdue)
        try c.encodeIfPresent(timing.acceptedAt, forKey: .acceptedAt)
        try c.encodeIfPresent(timing.seenAt, forKey: .seenAt)
    }
}

/// An order with its `administrations` always present (empty when none is recorded).
struct AdministeredOrder: Encodable {
    var order: Order

    private enum Keys: String, CodingKey { case administrations }

    func encode(to encoder: any Encoder) throws {
        try order.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(order.doses, forKey: .administrations)
    }
}

/// A lab value with its `flag` (absent when the test has no range in that unit).
struct FlaggedLab: Encodable {
    var lab: LabValue
    var flag: LabFlag?

    private enum Keys: String, CodingKey { case flag }

    func encode(to encoder: any Encoder) throws {
        try lab.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(flag, forKey: .flag)
    }
}
