import Foundation

/// Everything the clinical module derives for one patient, for the TUI's clinical panel and the handoff.
///
/// A pure function of the record and the time: nothing here is stored, so it is always current.
///
/// ```swift
/// let summary = ClinicalSummary.of(record, now: Date())
/// summary.renal.latestEGFR        // 42.3
/// summary.renal.aki.stage         // 1
/// summary.fever.recurrentFever    // true
/// summary.openAlerts.count        // 2
/// ```
public struct ClinicalSummary: Sendable, Equatable {
    public var mrn: MRN
    /// The time the summary describes.
    public var asOf: Date
    /// Creatinine series with eGFR (and CrCl when the weight is known), latest estimates, current AKI stage, and
    /// the low-muscle-mass caveat.
    public var renal: RenalSummary
    /// Temperature series, fever days, episodes, the recurrent-fever flag.
    public var fever: FeverSummary
    /// The ISNCSCI exams in time order, each classified, and the deteriorations between them.
    public var neuro: NeuroCourse
    /// The version of the safety rule set that produced `alerts`.
    public var ruleSetVersion: String
    /// Every current alert, most severe first; acknowledged ones carry their acknowledgement.
    public var alerts: [Alert]

    /// Alerts not yet acknowledged (what badges count).
    public var openAlerts: [Alert] { alerts.filter(\.isOpen) }
    /// Alerts acknowledged (kept, shown with who, when and why).
    public var acknowledgedAlerts: [Alert] { alerts.filter { !$0.isOpen } }

    // The parts the brief names, for callers that want them flat.
    public var creatinine: [CreatinineEstimate] { renal.series }
    public var latestEGFR: Double? { renal.latestEGFR }
    public var latestCreatinineClearance: Double? { renal.latestCreatinineClearance }
    public var aki: AKIAssessment { renal.aki }
    public var muscleMassNote: String { renal.caveat }
    public var temperatures: [TemperatureReading] { fever.readings }
    public var feverDays: [FeverDay] { fever.feverDays }
    public var recurrentFever: Bool { fever.recurrentFever }

    /// The summary of `record` at `now`. `timeZone` is the ward's: it decides calendar days (fever days) and the
    /// times written in alert lines.
    public static func of(
        _ record: PatientRecord, now: Date, timeZone: TimeZone = .current, rules: SafetyRuleSet = .current
    ) -> ClinicalSummary {
        let facts = ClinicalFacts(record: record, now: now, timeZone: timeZone)
        return ClinicalSummary(
            mrn: record.mrn, asOf: now, renal: facts.renal, fever: facts.fever, neuro: facts.neuro, ruleSetVersion: rules.version,
            alerts: rules.evaluate(facts))
    }

    /// The summaries of many patients at `now`, in the order given, computed on every core: each patient's
    /// facts are independent, and a whole ward's take long enough to be felt when a board opens.
    public static func of(
        _ records: [PatientRecord], now: Date, timeZone: TimeZone = .current, rules: SafetyRuleSet = .current
    ) -> [ClinicalSummary] {
        ParallelMap.map(records) { record in of(record, now: now, timeZone: timeZone, rules: rules) }
    }

    /// How many of `record`'s alerts are open at `now`: `of(record, …).openAlerts.count`, for less (the board
    /// list's ⚠ column counts every patient's when a board opens): it classifies only the exams the rules read
    /// (`ClinicalFacts.ExamScope.readByRules`).
    public static func openAlertCount(
        _ record: PatientRecord, now: Date, timeZone: TimeZone = .current, rules: SafetyRuleSet = .current
    ) -> Int {
        let facts = ClinicalFacts(record: record, now: now, timeZone: timeZone, exams: .readByRules)
        return rules.evaluate(facts).count(where: \.isOpen)
    }

    /// The same for many patients (on every core), in the order given.
    public static func openAlertCounts(
        _ records: [PatientRecord], now: Date, timeZone: TimeZone = .current, rules: SafetyRuleSet = .current
    ) -> [Int] {
        ParallelMap.map(records) { record in openAlertCount(record, now: now, timeZone: timeZone, rules: rules) }
    }

    public init(
        mrn: MRN, asOf: Date, renal: RenalSummary, fever: FeverSummary, neuro: NeuroCourse, ruleSetVersion: String,
        alerts: [Alert]
    ) {
        self.mrn = mrn
        self.asOf = asOf
        self.renal = renal
        self.fever = fever
        self.neuro = neuro
        self.ruleSetVersion = ruleSetVersion
        self.alerts = alerts
    }
}
