import Foundation

/// One creatinine with the kidney-function estimates derived from it.
public struct CreatinineEstimate: Sendable, Equatable, Codable {
    public var sample: CreatinineSample
    /// CKD-EPI 2021, mL/min/1.73 m²; `nil` when the equation does not apply (a patient under 18).
    public var eGFR: Double?
    /// Cockcroft-Gault, mL/min; `nil` without a recorded weight.
    public var creatinineClearance: Double?
    /// The height (cm) when `eGFR` is bedside Schwartz (a patient under 18); `nil` when it is CKD-EPI 2021.
    public var schwartzHeightCm: Double?

    public init(sample: CreatinineSample, eGFR: Double?, creatinineClearance: Double?, schwartzHeightCm: Double? = nil) {
        self.sample = sample
        self.eGFR = eGFR
        self.creatinineClearance = creatinineClearance
        self.schwartzHeightCm = schwartzHeightCm
    }

    /// The equation `eGFR` comes from, as shown beside it.
    public var eGFREquation: String { schwartzHeightCm == nil ? "CKD-EPI 2021" : BedsideSchwartz.name }

    /// "eGFR 69 mL/min/1.73 m², CrCl 75 mL/min" (empty when neither could be estimated): `estimatesText` in English.
    public var estimates: String { estimatesText.english }
}

/// A patient's kidney picture: every creatinine with its eGFR (and CrCl when the weight is known), the current
/// KDIGO AKI stage, and the caveat that creatinine misleads after spinal cord injury.
public struct RenalSummary: Sendable, Equatable {
    /// Every creatinine, oldest first.
    public var series: [CreatinineEstimate]
    /// The current AKI stage: KDIGO criteria met by a creatinine or the urine outputs of the last 7 days (the higher
    /// wins), or RRT running.
    public var aki: AKIAssessment
    /// An active renal replacement therapy order, if any.
    public var renalReplacementTherapy: RenalReplacementTherapy?
    /// The weight the clearances use (the patient's current recorded weight).
    public var weightKg: Double?
    /// Why no estimate could be made, when none could (for example a patient under 18).
    public var estimateUnavailable: String? { estimateUnavailableError?.description }
    /// The same, as the error, for the reader's words (`estimateUnavailableText`).
    public var estimateUnavailableError: RenalInputError?
    /// Always shown with the estimates (`MuscleMassCaveat`).
    public var caveat: String { MuscleMassCaveat.text }

    public var latest: CreatinineEstimate? { series.last }
    public var latestEGFR: Double? { latest?.eGFR }
    public var latestCreatinineClearance: Double? { latest?.creatinineClearance }

    /// The kidney picture of a record as of `now`. `onMaintenanceDialysis` is asked only when a dialysis order is
    /// running: KDIGO stages AKI 3 when renal replacement starts, and for a patient on maintenance dialysis the
    /// ward's dialysis order starts nothing (the "AKI stage 3" it gave such a patient was wrong).
    public static func of(
        _ record: PatientRecord, now: Date, timeZone: TimeZone = .current, onMaintenanceDialysis: () -> Bool = { false }
    ) -> RenalSummary {
        let patient = record.patient
        var unavailable: RenalInputError?
        // Under 18 the adult equations do not apply: bedside Schwartz with the latest recorded height instead.
        let height = record.labs(named: "height").last { $0.unit == "cm" }?.value
        let child = patient.age < 18
        let series = record.labs(named: "creatinine").compactMap { lab -> CreatinineEstimate? in
            guard let unit = CreatinineUnit(unit: lab.unit) else { return nil }
            let sample = CreatinineSample(id: lab.id, at: lab.at, creatinine: Creatinine(lab.value, unit))
            var eGFR: Double?
            var clearance: Double?
            var schwartzHeight: Double?
            do throws(RenalInputError) {
                if child {
                    guard let height else { throw .childWithoutHeight(age: patient.age) }
                    eGFR = try BedsideSchwartz.eGFR(creatinine: sample.creatinine, heightCm: height, age: patient.age)
                    schwartzHeight = height
                } else {
                    eGFR = try CKDEPI2021.eGFR(creatinine: sample.creatinine, age: patient.age, sex: patient.sex)
                    if let weight = patient.weightKg {
                        clearance = try CockcroftGault.creatinineClearance(
                            creatinine: sample.creatinine, age: patient.age, sex: patient.sex, weightKg: weight)
                    }
                }
            } catch {
                unavailable = error
            }
            return CreatinineEstimate(sample: sample, eGFR: eGFR, creatinineClearance: clearance, schwartzHeightCm: schwartzHeight)
        }
        let rrt = record.orders
            .filter { $0.kind == .procedure && $0.status == .active && Terminology.active.mentions("renalReplacementTherapy", in: $0.text) }
            .min { $0.orderedAt < $1.orderedAt }
            .map { RenalReplacementTherapy(orderID: $0.id, startedAt: $0.orderedAt, orderText: $0.text) }
        let since = now.addingTimeInterval(-KDIGOAKI.baselineWindow)
        // The urine-output criterion speaks for "now" as creatinine does: only outputs of the last 7 days set it.
        let outputs = record.labs(named: "urine-output").filter { $0.at >= since && $0.at <= now }
        let urine = KDIGOUrineOutput.stage(outputs, weightKg: patient.weightKg) { ClinicalTime.format($0, in: timeZone) }
        let startedRRT = rrt == nil || onMaintenanceDialysis() ? nil : rrt
        let aki = KDIGOAKI.assess(series.map(\.sample), renalReplacementTherapy: startedRRT, triggersSince: since)
            .combined(withUrineOutput: urine)
        return RenalSummary(
            series: series, aki: aki, renalReplacementTherapy: rrt, weightKg: patient.weightKg,
            estimateUnavailable: unavailable)
    }

    public init(
        series: [CreatinineEstimate], aki: AKIAssessment, renalReplacementTherapy: RenalReplacementTherapy?,
        weightKg: Double?, estimateUnavailable: RenalInputError?
    ) {
        self.series = series
        self.aki = aki
        self.renalReplacementTherapy = renalReplacementTherapy
        self.weightKg = weightKg
        self.estimateUnavailableError = estimateUnavailable
    }
}
