import Foundation
import Testing
@testable import ConsultBoard

/// KDIGO AKI staging on series that sit just inside and just outside each window and threshold.
@Suite struct AKIStagingTests {
    let t0 = TestWard.t0
    let hour: TimeInterval = 3600
    let day: TimeInterval = 86400

    func sample(_ value: Double, _ unit: CreatinineUnit = .milligramsPerDecilitre, after seconds: TimeInterval, id: String? = nil) -> CreatinineSample {
        CreatinineSample(id: id, at: t0.addingTimeInterval(seconds), creatinine: Creatinine(value, unit))
    }

    func stage(_ samples: [CreatinineSample]) -> AKIAssessment { KDIGOAKI.assess(samples) }

    // MARK: - Stage 1: a rise of 0.3 mg/dL (26.5 umol/L) within 48 h

    @Test func riseOf26_5MicromolesWithin48HoursIsStage1() {
        let aki = stage([sample(88, .micromolesPerLitre, after: 0, id: "L-1"), sample(114.5, .micromolesPerLitre, after: 47 * hour, id: "L-2")])
        #expect(aki.stage == 1)
        #expect(aki.criterion == .absoluteRise)
        #expect(aki.baseline?.id == "L-1")
        #expect(aki.trigger?.id == "L-2")
    }

    @Test func riseJustUnder26_5MicromolesIsNoAKI() {
        // 114.4 - 88 = 26.4 umol/L; ratio 1.3: neither criterion.
        #expect(stage([sample(88, .micromolesPerLitre, after: 0), sample(114.4, .micromolesPerLitre, after: 47 * hour)]).stage == 0)
    }

    @Test func riseOf0_3MilligramsIsStage1AndJustUnderIsNot() {
        #expect(stage([sample(1.0, after: 0), sample(1.3, after: 24 * hour)]).stage == 1)
        #expect(stage([sample(1.0, after: 0), sample(1.29, after: 24 * hour)]).stage == 0)
    }

    @Test func the48HourWindowIncludesItsEdgeAndNoMore() {
        // Exactly 48 h: inside ("within 48 hours").
        #expect(stage([sample(1.0, after: 0), sample(1.3, after: 48 * hour)]).stage == 1)
        // 48 h and one minute: outside, and 1.3x is below the 1.5x criterion.
        #expect(stage([sample(1.0, after: 0), sample(1.3, after: 48 * hour + 60)]).stage == 0)
    }

    // MARK: - Ratio criteria against the lowest value of the prior 7 days

    @Test func onePointFiveTimesWithin7DaysIsStage1AndJustUnderIsNot() {
        let aki = stage([sample(1.0, after: 0, id: "L-1"), sample(1.5, after: 6 * day, id: "L-2")])
        #expect(aki.stage == 1)
        #expect(aki.criterion == .ratio1_5)
        #expect(aki.baseline?.id == "L-1")
        #expect(stage([sample(1.0, after: 0), sample(1.49, after: 6 * day)]).stage == 0)
    }

    @Test func theSevenDayWindowIncludesItsEdgeAndNoMore() {
        let edge = stage([sample(1.0, after: 0), sample(1.5, after: 7 * day)])
        #expect(edge.stage == 1)
        #expect(edge.baselineMedianOf == nil)
        // A minute later the value is no 7-day baseline: it is the (one-value) median of 8-365 days instead
        // (NHS England AKI algorithm), so the ratio still stages, and says which baseline it used.
        let beyond = stage([sample(1.0, after: 0), sample(3.0, after: 7 * day + 60)])
        #expect(beyond.stage == 3)
        #expect(beyond.baselineMedianOf == 1)
        #expect(stage([sample(1.0, after: 0), sample(1.49, after: 7 * day + 60)]).stage == 0)
    }

    @Test func twoTimesIsStage2AndJustUnderIsStage1() {
        let aki = stage([sample(1.0, after: 0), sample(2.0, after: 3 * day)])
        #expect(aki.stage == 2)
        #expect(aki.criterion == .ratio2_0)
        let below = stage([sample(1.0, after: 0), sample(1.99, after: 3 * day)])
        #expect(below.stage == 1)
        #expect(below.criterion == .ratio1_5)
    }

    @Test func threeTimesIsStage3AndJustUnderIsStage2() {
        let aki = stage([sample(1.0, after: 0), sample(3.0, after: 3 * day)])
        #expect(aki.stage == 3)
        #expect(aki.criterion == .ratio3_0)
        #expect(stage([sample(1.0, after: 0), sample(2.99, after: 3 * day)]).stage == 2)
    }

    @Test func ratiosWorkInMicromolesAndInMixedUnits() {
        #expect(stage([sample(60, .micromolesPerLitre, after: 0), sample(120, .micromolesPerLitre, after: 2 * day)]).stage == 2)
        // 88.4 umol/L is 1.0 mg/dL: a later 2.0 mg/dL is twice it.
        #expect(stage([sample(88.4, .micromolesPerLitre, after: 0), sample(2.0, after: 2 * day)]).stage == 2)
    }

    @Test func theBaselineIsTheLowestValueOfThePrior7Days() {
        let aki = stage([
            sample(1.2, after: 0, id: "L-1"), sample(1.0, after: 1 * day, id: "L-2"), sample(1.1, after: 2 * day, id: "L-3"),
            sample(2.0, after: 4 * day, id: "L-4"),
        ])
        #expect(aki.stage == 2)  // 2.0 / 1.0, not 2.0 / 1.1
        #expect(aki.baseline?.id == "L-2")
        #expect(aki.trigger?.id == "L-4")
    }

    // MARK: - Stage 3 at 4.0 mg/dL (353.6 umol/L) with an acute rise

    @Test func reaching4MilligramsWithAnAcuteRiseIsStage3AndJustUnderIsNot() {
        // 3.0 -> 4.0 in 24 h: ratio 1.33 (below 1.5) but a rise of 1.0 mg/dL in 48 h, and 4.0 reached.
        let aki = stage([sample(3.0, after: 0), sample(4.0, after: 24 * hour)])
        #expect(aki.stage == 3)
        #expect(aki.criterion == .reached4mgPerDecilitre)
        #expect(stage([sample(3.0, after: 0), sample(3.99, after: 24 * hour)]).stage == 1)
    }

    @Test func reaching353_6MicromolesWithAnAcuteRiseIsStage3AndJustUnderIsNot() {
        #expect(stage([sample(300, .micromolesPerLitre, after: 0), sample(353.6, .micromolesPerLitre, after: 24 * hour)]).stage == 3)
        #expect(stage([sample(300, .micromolesPerLitre, after: 0), sample(353.5, .micromolesPerLitre, after: 24 * hour)]).stage == 1)
    }

    @Test func aStableHighCreatinineIsNotAKI() {
        // 4.0 then 4.1 three days later: above 4.0 but no rise within 48 h and a ratio of 1.03 (chronic disease).
        #expect(stage([sample(4.0, after: 0), sample(4.1, after: 3 * day)]).stage == 0)
    }

    // MARK: - Renal replacement therapy, ordering, the current window

    @Test func renalReplacementTherapyIsStage3() {
        let rrt = RenalReplacementTherapy(orderID: "O-9", startedAt: t0, orderText: "Start CRRT")
        let aki = KDIGOAKI.assess([sample(1.0, after: 0)], renalReplacementTherapy: rrt)
        #expect(aki.stage == 3)
        #expect(aki.criterion == .renalReplacementTherapy)
        #expect(aki.renalReplacementTherapy == rrt)
        #expect(KDIGOAKI.assess([sample(1.0, after: 0)]).stage == 0)
    }

    @Test func theHighestStageWinsAndItsFirstTriggerIsReported() {
        let aki = stage([
            sample(1.0, after: 0), sample(1.5, after: 1 * day, id: "L-2"), sample(2.2, after: 2 * day, id: "L-3"),
            sample(2.3, after: 3 * day, id: "L-4"), sample(1.2, after: 5 * day),
        ])
        #expect(aki.stage == 2)
        #expect(aki.trigger?.id == "L-3")
    }

    @Test func theOrderOfTheInputDoesNotMatter() {
        let series = [sample(1.0, after: 0), sample(1.2, after: 1 * day), sample(2.1, after: 2 * day)]
        #expect(stage(series) == stage(series.reversed()))
        #expect(stage(series.reversed()).stage == 2)
    }

    @Test func triggersSinceLimitsTheStageToRecentMeasurements() {
        // AKI ten days ago, recovered since: present in the whole series, not in the last 7 days.
        let series = [sample(1.0, after: 0), sample(2.0, after: 1 * day), sample(1.1, after: 10 * day)]
        #expect(KDIGOAKI.assess(series).stage == 2)
        #expect(KDIGOAKI.assess(series, triggersSince: t0.addingTimeInterval(4 * day)).stage == 0)
        // An old value still serves as the baseline of a recent one.
        let recent = [sample(1.0, after: 0), sample(2.0, after: 6 * day)]
        #expect(KDIGOAKI.assess(recent, triggersSince: t0.addingTimeInterval(5 * day)).stage == 2)
    }

    @Test func theSummaryNamesTheValuesAndTheCriterion() {
        let aki = stage([sample(1.0, after: 0), sample(2.0, after: 3 * day)])
        let text = aki.summary(timeZone: .utc)
        #expect(text.contains("AKI stage 2"))
        #expect(text.contains("2 mg/dL (2026-11-27 08:00)"))
        #expect(text.contains("baseline 1 mg/dL (2026-11-24 08:00)"))
        #expect(stage([sample(1.0, after: 0)]).summary(timeZone: .utc) == "no AKI by KDIGO criteria")
    }

    // MARK: - The baseline by the NHS England AKI algorithm (lowest of 0-7 days, else median of 8-365 days)

    @Test func withNoValueInThePrior7DaysTheBaselineIsTheMedianOf8To365Days() {
        // Creatinine 1.0, 1.1 and 0.9 mg/dL three to six weeks ago, 2.25 today (nothing in the prior week).
        // Median 1.0: ratio 2.25, stage 2 (read against the lowest 7-day value alone it was unstaged).
        let aki = KDIGOAKI.assess([
            sample(1.0, after: -40 * day, id: "L-1"), sample(1.1, after: -30 * day, id: "L-2"),
            sample(0.9, after: -21 * day, id: "L-3"), sample(2.25, after: 0, id: "L-4"),
        ], triggersSince: t0)
        #expect(aki.stage == 2)
        #expect(aki.criterion == .ratio2_0)
        #expect(aki.baseline?.id == "L-1")  // the middle value of three is a measurement, cited by id
        #expect(aki.baselineMedianOf == 3)
        #expect(aki.explanation.contains("median of the 3 values 8 to 365 days before"))
        #expect(aki.summary(timeZone: .utc).contains("vs baseline 1 mg/dL (median)"))
    }

    @Test func anEvenCountTakesTheMeanOfTheMiddleTwo() {
        // 100, 120, 140, 300 umol/L 10-60 days before: median (120 + 140) / 2 = 130; 200 / 130 = 1.54, stage 1.
        let aki = KDIGOAKI.assess([
            sample(100, .micromolesPerLitre, after: -60 * day), sample(300, .micromolesPerLitre, after: -50 * day),
            sample(140, .micromolesPerLitre, after: -20 * day), sample(120, .micromolesPerLitre, after: -10 * day),
            sample(200, .micromolesPerLitre, after: 0),
        ], triggersSince: t0)
        #expect(aki.stage == 1)
        #expect(aki.baseline?.creatinine.micromolesPerLitre == 130)
        #expect(aki.baseline?.id == nil)
        #expect(aki.baselineMedianOf == 4)
        // Against 195 (under 1.5 x 130) it is no AKI.
        #expect(KDIGOAKI.assess([
            sample(100, .micromolesPerLitre, after: -60 * day), sample(300, .micromolesPerLitre, after: -50 * day),
            sample(140, .micromolesPerLitre, after: -20 * day), sample(120, .micromolesPerLitre, after: -10 * day),
            sample(194, .micromolesPerLitre, after: 0),
        ], triggersSince: t0).stage == 0)
    }

    @Test func aValueInThePrior7DaysIsTheBaselineEvenWhenOlderOnesAreLower() {
        // 1.0 a month ago, 2.0 five days ago, 2.5 now: against the 7-day lowest (2.0) ratio 1.25, no AKI; the
        // older, lower median is not used while the week has a value.
        let series = [sample(1.0, after: -30 * day), sample(2.0, after: -5 * day), sample(2.5, after: 0)]
        #expect(KDIGOAKI.assess(series, triggersSince: t0).stage == 0)
        // (The 2.0 itself, with no value in its own prior week, was AKI against that older median.)
        #expect(KDIGOAKI.assess(series).stage == 2)
    }

    @Test func valuesOlderThanAYearAreNoBaseline() {
        #expect(stage([sample(1.0, after: -366 * day), sample(3.0, after: 0)]).stage == 0)
        let justInside = stage([sample(1.0, after: -365 * day), sample(3.0, after: 0)])
        #expect(justInside.stage == 3)
        #expect(justInside.baselineMedianOf == 1)
        // Exactly 7 days before is still the 7-day window (the lowest, not a median).
        #expect(stage([sample(1.0, after: -7 * day), sample(2.0, after: 0)]).baselineMedianOf == nil)
    }

    @Test func theCKDPatientWithAWeeksOldBaselineIsStagedOnTheBoard() throws {
        var ward = try TestWard(age: 66, sex: .female, weightKg: 60, problems: ["CKD stage 3b"])
        try ward.creatinine(150, "umol/L", at: TestWard.at(days: -28))
        try ward.creatinine(160, "umol/L", at: TestWard.at(days: -14))
        try ward.creatinine(170, "umol/L", at: TestWard.at(days: -10))
        try ward.creatinine(330, "umol/L", at: TestWard.at(hours: -2))
        let renal = RenalSummary.of(ward.record, now: TestWard.t0)
        #expect(renal.aki.stage == 2)  // 330 / 160 = 2.06
        #expect(renal.aki.baselineMedianOf == 3)
    }

    // MARK: - The windowed scan against the definition read literally

    /// The lowest value of each window found by filtering every earlier measurement, as the definition reads;
    /// `KDIGOAKI` scans only the last 7 days of a sorted series. Both must stage every series alike, with the
    /// same baseline and trigger (ties included: values repeat, and so do times).
    @Test func theWindowedScanAgreesWithTheLiteralDefinition() {
        var random = SeededGenerator(seed: 2026)
        for round in 0..<300 {
            let count = Int.random(in: 1...60, using: &random)
            let samples = (0..<count).map { index in
                sample(Double(Int.random(in: 60...420, using: &random)), .micromolesPerLitre,
                       after: Double(Int.random(in: 0...(20 * 24), using: &random)) * hour / 2, id: "L-\(index)")
            }
            let since = Bool.random(using: &random) ? t0.addingTimeInterval(Double(Int.random(in: 0...10, using: &random)) * day) : nil
            #expect(KDIGOAKI.assess(samples, triggersSince: since) == literal(samples, triggersSince: since), "round \(round)")
        }
    }

    private func literal(_ samples: [CreatinineSample], triggersSince: Date?) -> AKIAssessment {
        let series = samples.enumerated().sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }.map(\.element)
        var best = AKIAssessment.noAKI
        for (index, current) in series.enumerated() where triggersSince.map({ current.at >= $0 }) ?? true {
            let earlier = series[..<index].filter { $0.at < current.at }
            func lowest(_ window: TimeInterval) -> CreatinineSample? {
                earlier.filter { current.at.timeIntervalSince($0.at) <= window }
                    .min { $0.creatinine.micromolesPerLitre < $1.creatinine.micromolesPerLitre }
            }
            let older = earlier.filter {
                let age = current.at.timeIntervalSince($0.at)
                return age > KDIGOAKI.baselineWindow && age <= KDIGOAKI.medianBaselineWindow
            }.reversed()
            let lowest7d = lowest(KDIGOAKI.baselineWindow)
            let staged = KDIGOAKI.stage(
                current, lowest48h: lowest(KDIGOAKI.absoluteRiseWindow), lowest7d: lowest7d, older: lowest7d == nil ? Array(older) : [])
            if staged.stage > best.stage { best = staged }
        }
        return best
    }
}
