import Foundation

/// What the safety rules read, computed once per evaluation: the record, the time, the terminology, and the
/// derived renal, fever and medication pictures.
public struct ClinicalFacts: Sendable {
    public var record: PatientRecord
    public var now: Date
    /// The ward's time zone: calendar days and the times written in alert lines.
    public var timeZone: TimeZone
    /// The terminology the rules ask (built-in, or with the ward's extension merged).
    public var terminology: Terminology
    public var renal: RenalSummary
    public var fever: FeverSummary
    /// The ISNCSCI exams, each classified once.
    public var neuro: NeuroCourse
    /// Live medication orders (draft, active, on hold) for drugs the terminology knows.
    public var liveMedications: [MedicationOrder]
    /// Live medication orders whose drug the terminology does not know: no rule can check them.
    public var unrecognisedMedications: [Order]
    /// Live orders that name a neuraxial puncture or catheter, a deep block, a spine intervention or spine surgery
    /// (in a procedure, imaging or nursing order's text, or as a neuraxial route of a medication), with the
    /// procedure named; read once for the rules that ask (`anticoagulant-spinal-procedure`,
    /// `unrecognised-spinal-procedure`).
    public var spinalProcedures: [(order: Order, procedure: ProcedureTerm)]

    /// `exams`: `.readByRules` classifies only the ISNCSCI exams the safety rules read (for counting alerts);
    /// `neuro` is then that part of the course, not the whole stay's.
    public init(
        record: PatientRecord, now: Date, timeZone: TimeZone, terminology: Terminology = .active, exams: ExamScope = .all
    ) {
        // A value dated in the future (a typo accepted before the door checked times) is never "the latest".
        let record = record.asOf(now)
        self.record = record
        self.now = now
        self.timeZone = timeZone
        self.terminology = terminology
        renal = RenalSummary.of(record, now: now, timeZone: timeZone) {
            Self.stated("maintenance dialysis", in: record, terminology: terminology) != nil
        }
        fever = FeverSummary.of(record, now: now, timeZone: timeZone)
        switch exams {
        case .all: neuro = NeuroCourse(record.exams)
        case .readByRules: neuro = Self.neuroReadByRules(record.exams, now: now)
        }
        var known: [MedicationOrder] = []
        var unknown: [Order] = []
        for order in record.orders where order.kind == .medication && order.status.isLive {
            if let medication = MedicationOrder.read(order, terminology: terminology) {
                known.append(medication)
            } else {
                unknown.append(order)
            }
        }
        liveMedications = known
        unrecognisedMedications = unknown
        spinalProcedures = record.orders.compactMap { order in
            guard order.status.isLive else { return nil }
            let text: String
            switch order.kind {
            case .procedure, .imaging, .nursing: text = order.text
            case .medication:
                // A drug given epidurally or intrathecally means a neuraxial needle or catheter.
                text = order.medication?.route ?? ""
            case .lab: return nil
            }
            return terminology.procedures(in: text).first.map { (order, $0) }
        }
    }

    /// Live procedure orders (draft, active, on hold).
    public var liveProcedures: [Order] { record.orders.filter { $0.kind == .procedure && $0.status.isLive } }

    /// The patient's diagnosis, summary, problems and active complications, each with where it was written.
    public var statedHistory: [(field: String, text: String)] { Self.statedHistory(of: record) }

    static func statedHistory(of record: PatientRecord) -> [(field: String, text: String)] {
        let p = record.patient
        return [("diagnosis", p.diagnosis), ("summary", p.summary)] + p.problems.map { ("problem", $0) }
            + record.complications.filter { $0.status == .active }.map { ("complication \($0.id)", $0.summary) }
    }

    /// The first place the history states a condition (not negated): ("problem", "2型糖尿病").
    public func stated(_ conditionID: String) -> (field: String, term: String)? {
        Self.stated(conditionID, in: record, terminology: terminology)
    }

    static func stated(_ conditionID: String, in record: PatientRecord, terminology: Terminology) -> (field: String, term: String)? {
        for (field, text) in statedHistory(of: record) {
            if let hit = terminology.conditions(in: text).first(where: { $0.id == conditionID }) { return (field, hit.term) }
        }
        return nil
    }

    /// `date` as the ward reads it.
    public func time(_ date: Date) -> String { ClinicalTime.format(date, in: timeZone) }
}
