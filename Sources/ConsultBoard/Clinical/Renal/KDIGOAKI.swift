import Foundation

/// One creatinine measurement, as the AKI staging reads it.
public struct CreatinineSample: Sendable, Equatable, Codable {
    /// The lab record's id when it comes from the board (`L-12`); `nil` for figures typed into `calc aki`.
    public var id: RecordID?
    /// When the sample was taken.
    public var at: Date
    public var creatinine: Creatinine

    public init(id: RecordID? = nil, at: Date, creatinine: Creatinine) {
        self.id = id
        self.at = at
        self.creatinine = creatinine
    }
}

/// Renal replacement therapy that has been started: an active procedure order for dialysis, CRRT or another RRT.
public struct RenalReplacementTherapy: Sendable, Equatable, Codable {
    public var orderID: RecordID
    public var startedAt: Date
    /// The order as written (stored text: sanitise before showing).
    public var orderText: String

    public init(orderID: RecordID, startedAt: Date, orderText: String) {
        self.orderID = orderID
        self.startedAt = startedAt
        self.orderText = orderText
    }
}

/// Which KDIGO criterion set the stage.
public enum AKICriterion: String, Sendable, Codable, CaseIterable {
    case none
    /// Stage 1: a rise of at least 0.3 mg/dL (26.5 µmol/L) within 48 hours.
    case absoluteRise = "rise-0.3-within-48h"
    /// Stage 1: at least 1.5 times the lowest value of the prior 7 days.
    case ratio1_5 = "ratio-1.5"
    /// Stage 2: at least 2.0 times.
    case ratio2_0 = "ratio-2.0"
    /// Stage 3: at least 3.0 times.
    case ratio3_0 = "ratio-3.0"
    /// Stage 3: 4.0 mg/dL (353.6 µmol/L) or more, reached with an acute rise.
    case reached4mgPerDecilitre = "reached-4.0-mg/dL"
    /// Stage 3: renal replacement therapy started.
    case renalReplacementTherapy = "renal-replacement-therapy"
    /// Stages 1-3 by the urine-output criterion (`KDIGOUrineOutput`), when it is higher than creatinine's stage.
    case urineOutput = "urine-output"

    /// What the criterion means, in English (`explanationText` in the reader's words).
    public var explanation: String { explanationText.english }
}

/// The KDIGO stage of a creatinine series, with the values that set it.
public struct AKIAssessment: Sendable, Equatable, Codable {
    /// 0 (no AKI) to 3.
    public var stage: Int
    public var criterion: AKICriterion
    /// The value the rise is measured from (the lowest of the window the criterion uses).
    public var baseline: CreatinineSample?
    /// The measurement that reached the stage (the first one that did, when several did).
    public var trigger: CreatinineSample?
    /// The therapy, when the stage comes from renal replacement therapy.
    public var renalReplacementTherapy: RenalReplacementTherapy?
    /// When the ratio's baseline is the median of the values 8 to 365 days before (no value in the prior 7 days,
    /// NHS England AKI algorithm): how many values it is the median of. `nil`: the lowest of the prior 7 days.
    public var baselineMedianOf: Int?
    /// The urine-output criterion's finding, whenever it is met (it set the stage when `criterion` is `.urineOutput`).
    public var urineOutput: KDIGOUrineOutput.Finding?
    /// When urine output set the stage: what creatinine alone reached (stage and criterion), for the reason shown.
    public var creatinineStage: Int?
    public var creatinineCriterion: AKICriterion?

    public static let noAKI = AKIAssessment(stage: 0, criterion: .none)

    public init(
        stage: Int, criterion: AKICriterion, baseline: CreatinineSample? = nil, trigger: CreatinineSample? = nil,
        renalReplacementTherapy: RenalReplacementTherapy? = nil, baselineMedianOf: Int? = nil
    ) {
        self.stage = stage
        self.criterion = criterion
        self.baseline = baseline
        self.trigger = trigger
        self.renalReplacementTherapy = renalReplacementTherapy
        self.baselineMedianOf = baselineMedianOf
    }

    public var isAKI: Bool { stage > 0 }

    /// What set the stage, naming the baseline the ratio was measured against (`explanationText` in English).
    public var explanation: String { explanationText.english }

    /// Whether the urine-output criterion set the stage (it was higher than creatinine's).
    public var stagedByUrineOutput: Bool { criterion == .urineOutput }

    /// KDIGO stages AKI by whichever criterion gives the higher stage (KDIGO 2012, Table 2: "patients should be
    /// staged according to the criteria that give them the highest stage"). Creatinine wins a tie, so its
    /// baseline and trigger stay the cited reason; the urine-output finding is kept either way and shown beside.
    public func combined(withUrineOutput finding: KDIGOUrineOutput.Finding?) -> AKIAssessment {
        guard let finding else { return self }
        var combined = self
        combined.urineOutput = finding
        if finding.stage > stage {
            combined.creatinineStage = stage
            combined.creatinineCriterion = criterion
            combined.stage = finding.stage
            combined.criterion = .urineOutput
        }
        return combined
    }

    /// One line: "AKI stage 2: creatinine 2.1 mg/dL (2026-11-25 08:00) vs baseline 1 mg/dL (2026-11-23 08:00):
    /// 2.0 times or more the lowest value of the prior 7 days"; with the urine-output criterion beside it
    /// ("; urine output stage 1: 0.41 mL/kg/h over the 6 h to ...") or, when it set the stage, first
    /// ("AKI stage 2 by urine output: ...; creatinine alone: stage 1 (...)"). `summaryText` in English.
    public func summary(timeZone: TimeZone) -> String { summaryText(timeZone: timeZone).english }
}

/// KDIGO acute kidney injury staging from a creatinine series.
///
/// Source: KDIGO Clinical Practice Guideline for Acute Kidney Injury, Kidney Int Suppl 2012;2:1-138,
/// recommendations 2.1.1 (definition) and 2.1.2 (staging, Table 2):
/// - AKI: a rise in serum creatinine of >= 0.3 mg/dL (>= 26.5 µmol/L) within 48 hours, or to >= 1.5 times baseline
///   known or presumed to have occurred within the prior 7 days.
/// - Stage 1: 1.5-1.9 times baseline, or a rise >= 0.3 mg/dL (26.5 µmol/L).
/// - Stage 2: 2.0-2.9 times baseline.
/// - Stage 3: 3.0 times baseline or more, or a rise to >= 4.0 mg/dL (353.6 µmol/L), or initiation of renal
///   replacement therapy.
///
/// How this reads the definition (documented in docs/clinical.md):
/// - Each measurement is staged against the measurements taken strictly before it: the 48-hour rise against the
///   lowest value of the prior 48 hours, the ratio against the lowest value of the prior 7 days (both windows
///   include their edge: a value exactly 48 h or 7 days earlier counts).
/// - ">= 4.0 mg/dL" counts as stage 3 only when that measurement also meets the AKI definition (an acute rise), so
///   a stable high creatinine of chronic kidney disease is not called AKI.
/// - The baseline of the ratio follows the NHS England AKI algorithm (Think Kidneys / NHS England Patient Safety
///   Alert NHS/PSA/D/2014/010, algorithm revised 2016): the lowest value of the prior 0-7 days; when there is none,
///   the median of the values of the prior 8-365 days, so a patient with CKD whose last creatinine is weeks old is
///   still staged. Values more than 365 days old are no baseline (the 48-hour rise still applies).
/// - The urine-output criterion is `KDIGOUrineOutput`; `AKIAssessment.combined(withUrineOutput:)` joins the two.
/// - Comparisons are made in µmol/L, where KDIGO's thresholds are exact (0.3 mg/dL = 26.52 µmol/L, so a mg/dL
///   rise of 0.3 also meets 26.5 µmol/L); a tolerance of 1e-9 absorbs floating-point rounding.
public enum KDIGOAKI {
    /// The window of the absolute-rise criterion.
    public static let absoluteRiseWindow: TimeInterval = 48 * 3600
    /// The window in which the baseline for the ratio criteria is looked for.
    public static let baselineWindow: TimeInterval = 7 * 24 * 3600
    /// How far back the median baseline looks when the prior 7 days have no value (NHS England: 365 days).
    public static let medianBaselineWindow: TimeInterval = 365 * 24 * 3600
    /// 0.3 mg/dL, as KDIGO writes it in SI units.
    public static let absoluteRiseMicromoles = 26.5
    /// 4.0 mg/dL, as KDIGO writes it in SI units.
    public static let stage3LevelMicromoles = 353.6

    /// Stages a series (in any order). `triggersSince` limits which measurements may set the stage (earlier ones
    /// still serve as baselines): the board passes "7 days ago" to ask whether AKI is present now.
    public static func assess(
        _ samples: [CreatinineSample], renalReplacementTherapy: RenalReplacementTherapy? = nil,
        triggersSince: Date? = nil
    ) -> AKIAssessment {
        let series = samples.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
        var best = AKIAssessment.noAKI
        for (index, sample) in series.enumerated() where triggersSince.map({ sample.at >= $0 }) ?? true {
            let staged = stage(sample, priors: series[..<index])
            // The highest stage wins; among equal stages the first measurement that reached it.
            if staged.stage > best.stage { best = staged }
        }
        if best.stage < 3, let rrt = renalReplacementTherapy {
            return AKIAssessment(stage: 3, criterion: .renalReplacementTherapy, renalReplacementTherapy: rrt)
        }
        return best
    }

    /// The stage one measurement reaches against the measurements before it. `priors` are in time order (as
    /// `assess` sorts them), so only the last 7 days of them are looked at: a long stay's hundreds of values
    /// cost each measurement the same.
    static func stage(_ sample: CreatinineSample, priors: ArraySlice<CreatinineSample>) -> AKIAssessment {
        // The lowest value in each window; of equal values the earliest (the baseline the alert then cites).
        var lowest48h: CreatinineSample?
        var lowest7d: CreatinineSample?
        var older: [CreatinineSample] = []
        for prior in priors.reversed() where prior.at < sample.at {
            let age = sample.at.timeIntervalSince(prior.at)
            if age > baselineWindow {
                // Only needed when the prior 7 days have no value (then the scan goes back a year, once).
                if lowest7d != nil || age > medianBaselineWindow { break }
                older.append(prior)
                continue
            }
            let level = prior.creatinine.micromolesPerLitre
            if lowest7d.map({ level <= $0.creatinine.micromolesPerLitre }) ?? true { lowest7d = prior }
            if age <= absoluteRiseWindow, lowest48h.map({ level <= $0.creatinine.micromolesPerLitre }) ?? true {
                lowest48h = prior
            }
        }
        return stage(sample, lowest48h: lowest48h, lowest7d: lowest7d, older: lowest7d == nil ? older : [])
    }

    /// The median of values (NHS England: the baseline when the prior 7 days have none). With an odd count it is
    /// the middle measurement itself (its id is cited); with an even count the mean of the middle two, dated at
    /// the later of them and citing neither.
    static func median(_ values: [CreatinineSample]) -> CreatinineSample? {
        guard !values.isEmpty else { return nil }
        let sorted = values.enumerated().sorted { a, b in
            let (x, y) = (a.element.creatinine.micromolesPerLitre, b.element.creatinine.micromolesPerLitre)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        let (low, high) = (sorted[middle - 1], sorted[middle])
        let mean = (low.creatinine.micromolesPerLitre + high.creatinine.micromolesPerLitre) / 2
        let unit = high.creatinine.unit
        let value = unit == .micromolesPerLitre ? mean : Creatinine(mean, .micromolesPerLitre).milligramsPerDecilitre
        return CreatinineSample(id: nil, at: max(low.at, high.at), creatinine: Creatinine(value, unit))
    }

    /// The stage a measurement reaches given the lowest earlier values of the 48-hour and 7-day windows.
    /// `older`: the values of the prior 8-365 days, whose median is the ratio's baseline when `lowest7d` is nil.
    static func stage(
        _ sample: CreatinineSample, lowest48h: CreatinineSample?, lowest7d: CreatinineSample?, older: [CreatinineSample] = []
    ) -> AKIAssessment {
        let median = lowest7d == nil ? Self.median(older) : nil
        let reference = lowest7d ?? median
        let medianOf = median == nil ? nil : older.count
        let value = sample.creatinine.micromolesPerLitre
        let rise = lowest48h.map { value - $0.creatinine.micromolesPerLitre } ?? 0
        let ratio = reference.map { value / $0.creatinine.micromolesPerLitre } ?? 0
        let risen = atLeast(rise, absoluteRiseMicromoles)

        func result(_ stage: Int, _ criterion: AKICriterion, _ baseline: CreatinineSample?) -> AKIAssessment {
            AKIAssessment(
                stage: stage, criterion: criterion, baseline: baseline, trigger: sample,
                baselineMedianOf: baseline != nil && baseline == median ? medianOf : nil)
        }
        if atLeast(ratio, 3.0) { return result(3, .ratio3_0, reference) }
        if atLeast(value, stage3LevelMicromoles), risen || atLeast(ratio, 1.5) {
            return result(3, .reached4mgPerDecilitre, atLeast(ratio, 1.5) ? reference : lowest48h)
        }
        if atLeast(ratio, 2.0) { return result(2, .ratio2_0, reference) }
        if atLeast(ratio, 1.5) { return result(1, .ratio1_5, reference) }
        if risen { return result(1, .absoluteRise, lowest48h) }
        return .noAKI
    }

    /// `value >= threshold`, tolerant of the rounding of unit conversion (88.4 is not exact in binary).
    private static func atLeast(_ value: Double, _ threshold: Double) -> Bool {
        value >= threshold - 1e-9 * max(1, abs(threshold))
    }
}
