import Foundation

/// What the safety rules read, computed once per evaluation: the record, the time, and the derived renal,
/// fever and medication pictures.
public struct ClinicalFacts: Sendable {
    public var record: PatientRecord
    public var now: Date
    /// The ward's time zone: calendar days and the times written in alert lines.
    public var timeZone: TimeZone
    public var renal: RenalSummary
    public var fever: FeverSummary
    /// The ISNCSCI exams, each classified once.
    public var neuro: NeuroCourse
    /// Live medication orders (draft, active, on hold) for drugs the rules know.
    public var liveMedications: [MedicationOrder]

    public init(record: PatientRecord, now: Date, timeZone: TimeZone) {
        // A value dated in the future (a typo accepted before the door checked times) is never "the latest".
        let record = record.asOf(now)
        self.record = record
        self.now = now
        self.timeZone = timeZone
        renal = RenalSummary.of(record, now: now)
        fever = FeverSummary.of(record, now: now, timeZone: timeZone)
        neuro = NeuroCourse(record.exams)
        liveMedications = record.orders.filter(\.status.isLive).compactMap(MedicationOrder.read)
    }

    /// Live procedure orders (draft, active, on hold).
    public var liveProcedures: [Order] { record.orders.filter { $0.kind == .procedure && $0.status.isLive } }

    /// `date` as the ward reads it.
    public func time(_ date: Date) -> String { ClinicalTime.format(date, in: timeZone) }

    /// "creatinine 2.1 mg/dL (L-7, 2026-11-25 08:00): eGFR 24 mL/min/1.73 m², CrCl 21 mL/min".
    public func citation(_ estimate: CreatinineEstimate) -> String {
        let id = estimate.sample.id.map { "\($0), " } ?? ""
        let estimates = estimate.estimates.isEmpty ? "" : ": " + estimate.estimates
        return "creatinine \(estimate.sample.creatinine.formatted) (\(id)\(time(estimate.sample.at)))\(estimates)"
    }
}
