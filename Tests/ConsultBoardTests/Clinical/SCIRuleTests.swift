import Foundation
import Testing
@testable import ConsultBoard

@Suite struct SCIRuleTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current

    func alerts(_ ward: TestWard, _ rule: String, now: Date) -> [Alert] {
        SafetyRuleSet.current.evaluate(ward.record, now: now, timeZone: Self.utc).filter { $0.ruleID == rule }
    }

    /// Three baseline readings of 100, 104 and 108 mmHg (median 104) on the day before `TestWard.t0`.
    func wardWithBaseline(diagnosis: String = "C5 AIS B traumatic spinal cord injury") throws -> TestWard {
        var ward = try TestWard(diagnosis: diagnosis)
        for (hours, value) in [(-20.0, 100.0), (-16, 104), (-12, 108)] {
            try ward.lab("systolic-bp", value, "mmHg", at: TestWard.at(hours: hours))
        }
        return ward
    }

    // MARK: autonomic dysreflexia

    @Test func dysreflexiaFiresAt20AboveTheOwnBaselineAndNotAt19() throws {
        var ward = try wardWithBaseline()
        try ward.lab("systolic-bp", 123, "mmHg", at: TestWard.t0)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.at(hours: 0.5)).isEmpty, "19 above the median 104")
        let high = try ward.lab("systolic-bp", 124, "mmHg", at: TestWard.at(hours: 0.2))
        let fired = alerts(ward, "autonomic-dysreflexia", now: TestWard.at(hours: 0.5))
        #expect(fired.count == 1)
        let alert = try #require(fired.first)
        #expect(alert.severity == .urgent)
        #expect(alert.triggeringRecords == [high])
        #expect(alert.data.contains { $0.contains("baseline: median 104 mmHg of the patient's 3 readings") })
        #expect(alert.data.contains { $0.contains("injury level C5") })
        #expect(alert.message.contains("Sit the patient upright"))
        #expect(alert.message.contains("bladder first"))
    }

    @Test func dysreflexiaUsesTheFallbackBaselineWithoutEnoughReadingsAndSaysSo() throws {
        var ward = try TestWard()
        try ward.lab("systolic-bp", 129, "mmHg", at: TestWard.t0)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0).isEmpty, "19 above the fallback 110")
        try ward.lab("systolic-bp", 130, "mmHg", at: TestWard.at(hours: 0.1))
        let alert = try #require(alerts(ward, "autonomic-dysreflexia", now: TestWard.at(hours: 0.2)).first)
        #expect(alert.data.contains { $0.contains("no baseline of the patient's own") && $0.contains("110 mmHg") })
    }

    @Test func dysreflexiaNeedsAnInjuryAtT6OrAbove() throws {
        for (diagnosis, fires) in [("T6 AIS A paraplegia", true), ("T7 AIS A paraplegia", false), ("C4-5 cord injury", true),
                                   ("C5 vertebral fracture, no cord injury", false), ("Guillain-Barré syndrome", false)] {
            var ward = try wardWithBaseline(diagnosis: diagnosis)
            try ward.lab("systolic-bp", 180, "mmHg", at: TestWard.t0)
            #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0).isEmpty != fires, "\(diagnosis)")
        }
    }

    @Test func aHighReadingOlderThanADayNoLongerAlerts() throws {
        var ward = try wardWithBaseline()
        try ward.lab("systolic-bp", 180, "mmHg", at: TestWard.t0)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.at(hours: 24)).count == 1)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.at(hours: 24.01)).isEmpty)
    }

    // MARK: MAP target

    /// Admitted 30 days before t0 (TestWard); the MAP window is the first 7 days after admission.
    static let admitted = TestWard.at(days: -30)

    func map(_ ward: inout TestWard, sbp: Double, dbp: Double, at time: Date) throws {
        try ward.lab("systolic-bp", sbp, "mmHg", at: time)
        try ward.lab("diastolic-bp", dbp, "mmHg", at: time)
    }

    @Test func mapBelow80InTheFirstWeekFiresAnd80DoesNot() throws {
        let at = Self.admitted.addingTimeInterval(2 * 86400)
        var ward = try TestWard()
        try map(&ward, sbp: 120, dbp: 60, at: at)  // MAP 80
        #expect(alerts(ward, "map-target", now: at).isEmpty)
        try map(&ward, sbp: 119, dbp: 60, at: at.addingTimeInterval(3600))  // MAP 79.67
        let alert = try #require(alerts(ward, "map-target", now: at.addingTimeInterval(3600)).first)
        #expect(alert.message.contains("below the target of 80-95 mmHg"))
        #expect(alert.data.contains { $0.contains("day 3 since admission") })
        #expect(alert.triggeringRecords.count == 2)
    }

    @Test func mapTargetEndsSevenDaysAfterAdmission() throws {
        var ward = try TestWard()
        let late = Self.admitted.addingTimeInterval(7 * 86400)
        try map(&ward, sbp: 90, dbp: 50, at: late.addingTimeInterval(-60))
        #expect(alerts(ward, "map-target", now: late).count == 1)
        #expect(alerts(ward, "map-target", now: late.addingTimeInterval(1)).isEmpty)
    }

    // MARK: FVC

    @Test func fvcBelow15MillilitresPerKgFires() throws {
        var ward = try TestWard()  // 70 kg: 15 mL/kg = 1050 mL
        try ward.lab("fvc", 1050, "mL", at: TestWard.t0)
        #expect(alerts(ward, "fvc-decline", now: TestWard.t0).isEmpty)
        try ward.lab("fvc", 1049, "mL", at: TestWard.at(hours: 4))
        let alert = try #require(alerts(ward, "fvc-decline", now: TestWard.at(hours: 4)).first)
        #expect(alert.message.contains("below 15 mL/kg"))
    }

    @Test func fvcFallingByThirtyPercentFromTheBestOfTheWeekFires() throws {
        var ward = try TestWard(weightKg: nil)
        let best = try ward.lab("fvc", 2000, "mL", at: TestWard.at(days: -3))
        try ward.lab("fvc", 1401, "mL", at: TestWard.t0)  // 29.95 %
        #expect(alerts(ward, "fvc-decline", now: TestWard.t0).isEmpty)
        try ward.lab("fvc", 1400, "mL", at: TestWard.at(hours: 1))  // 30 %
        let alert = try #require(alerts(ward, "fvc-decline", now: TestWard.at(hours: 1)).first)
        #expect(alert.supportingRecords == [best])
        #expect(alert.data.contains("no weight recorded: the mL/kg threshold cannot be checked"))
    }

    @Test func fvcRuleIsOnlyForCervicalInjury() throws {
        var ward = try TestWard(diagnosis: "T4 AIS A paraplegia")
        try ward.lab("fvc", 500, "mL", at: TestWard.t0)
        #expect(alerts(ward, "fvc-decline", now: TestWard.t0).isEmpty)
    }

    // MARK: injury level

    @Test func theInjuryLevelIsTheHighestNamedInADiagnosisOfCordInjury() {
        #expect(InjuryLevel.fromDiagnosis("C4-5 cord injury")?.name == "C4")
        #expect(InjuryLevel.fromDiagnosis("T10-T12 burst fracture with SCI, C7 spinous fracture")?.name == "C7")
        #expect(InjuryLevel.fromDiagnosis("no spinal cord injury; C5 fracture") == nil)
        #expect(InjuryLevel.fromDiagnosis("ATC (C9 typo) cord injury") == nil)
    }

    /// The cord syndromes ISNCSCI 2019 names are cord injuries (terminology 2026.12.6: a diagnosis written as one had
    /// no level, so the MAP target and dysreflexia rules did not see the injury); cauda equina is roots, not cord.
    @Test(arguments: [
        ("C5脊髓半切综合征", "C5"), ("Brown-Séquard syndrome C6", "C6"), ("T4 anterior cord syndrome", "T4"),
        ("C3前脊髓综合征", "C3"), ("T12-L1 conus medullaris syndrome", "T12"), ("T12脊髓圆锥综合征", "T12"), ("颈脊髓损伤 C4", "C4"),
    ])
    func aCordSyndromeIsACordInjury(diagnosis: String, level: String) {
        #expect(InjuryLevel.fromDiagnosis(diagnosis)?.name == level, "\(diagnosis)")
    }

    @Test func caudaEquinaIsNotACordInjury() {
        #expect(InjuryLevel.fromDiagnosis("L4 cauda equina syndrome") == nil)
        #expect(InjuryLevel.fromDiagnosis("L3/4 马尾综合征") == nil)
    }
}

@Suite struct KDIGOUrineOutputTests {
    func outputs(_ pairs: [(hoursAgo: Double, mL: Double, period: Double)]) -> [LabValue] {
        pairs.enumerated().map { index, p in
            LabValue(id: "L-\(index + 1)", test: "urine-output", value: p.mL, unit: "mL", at: TestWard.at(hours: -p.hoursAgo),
                     enteredBy: "rn", periodHours: p.period)
        }
    }

    func stage(_ pairs: [(hoursAgo: Double, mL: Double, period: Double)], weight: Double? = 70) -> Int? {
        KDIGOUrineOutput.stage(outputs(pairs), weightKg: weight, time: { "\($0)" })?.stage
    }

    @Test func stageOneIsBelowHalfAMillilitrePerKgPerHourOverSixHours() {
        // 70 kg x 0.5 x 6 h = 210 mL.
        #expect(stage([(0, 210, 6)]) == nil)
        #expect(stage([(0, 209, 6)]) == 1)
        #expect(stage([(0, 100, 3), (3, 109, 3)]) == 1)
    }

    @Test func stageTwoNeedsTwelveCoveredHours() {
        // 70 x 0.5 x 12 = 420 mL.
        #expect(stage([(0, 200, 6), (6, 219, 6)]) == 2)
        #expect(stage([(0, 200, 6), (6, 220, 6)]) == 1, "the last 6 h are still below")
        #expect(stage([(0, 200, 6), (7, 100, 5)]) == 1, "an uncharted hour: the 12 h window is not covered")
    }

    @Test func stageThreeIsBelowPointThreeOverADayOrAnuriaOverTwelveHours() {
        // 70 x 0.3 x 24 = 504 mL.
        #expect(stage([(0, 100, 6), (6, 100, 6), (12, 150, 6), (18, 153, 6)]) == 3)
        #expect(stage([(0, 100, 6), (6, 100, 6), (12, 150, 6), (18, 154, 6)]) == 2)
        #expect(stage([(0, 0, 6), (6, 0, 6)]) == 3)
    }

    @Test func noWeightNoStage() {
        #expect(stage([(0, 0, 6)], weight: nil) == nil)
    }
}
