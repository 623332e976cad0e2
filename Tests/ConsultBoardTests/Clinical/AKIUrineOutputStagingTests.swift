import Foundation
import Testing
@testable import ConsultBoard

/// KDIGO stages AKI by whichever criterion, creatinine or urine output, gives the higher stage; the board's AKI
/// stage (RenalSummary.aki, what alerts, `show` and the handoff read) joins the two and says which one set it.
@Suite struct AKIUrineOutputStagingTests {
    /// A 70 kg patient (TestWard's weight): 0.5 mL/kg/h over 6 h is 210 mL, over 12 h 420 mL.
    private func urine(_ ward: inout TestWard, _ mL: Double, hours: Double, endingAt end: Date) throws {
        try ward.apply(
            .addLab(AddLab(mrn: TestWard.mrn, test: "urine-output", value: mL, unit: "mL", at: end, periodHours: hours)),
            at: end)
    }

    private func summary(_ ward: TestWard, at now: Date = TestWard.at(hours: 1)) -> RenalSummary {
        RenalSummary.of(ward.record, now: now, timeZone: TimeZone(identifier: "UTC") ?? .current)
    }

    @Test func urineOutputJustBelowTheRateForSixHoursIsStageOneAndExactlyAtItIsNot() throws {
        var below = try TestWard()
        try urine(&below, 209, hours: 6, endingAt: TestWard.t0)
        #expect(summary(below).aki.stage == 1)
        #expect(summary(below).aki.criterion == .urineOutput)

        var at = try TestWard()
        try urine(&at, 210, hours: 6, endingAt: TestWard.t0)
        #expect(summary(at).aki.stage == 0)
        #expect(summary(at).aki.urineOutput == nil)
    }

    @Test func urineOutputHigherThanCreatinineSetsTheStageAndTheReasonSaysSo() throws {
        var ward = try TestWard()
        // Creatinine: a rise of 0.3 mg/dL within 48 h (stage 1).
        try ward.creatinine(1.0, at: TestWard.at(hours: -24))
        try ward.creatinine(1.3, at: TestWard.t0)
        // Urine: 300 mL over 12 h = 0.36 mL/kg/h (stage 2).
        try urine(&ward, 150, hours: 6, endingAt: TestWard.at(hours: -6))
        try urine(&ward, 150, hours: 6, endingAt: TestWard.t0)
        let aki = summary(ward).aki
        #expect(aki.stage == 2)
        #expect(aki.stagedByUrineOutput)
        #expect(aki.creatinineStage == 1)
        #expect(aki.creatinineCriterion == .absoluteRise)
        let line = aki.summary(timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(line.hasPrefix("AKI stage 2 by urine output: 0.36 mL/kg/h over the 12 h"))
        #expect(line.contains("creatinine alone: stage 1"))
    }

    @Test func creatinineHigherThanUrineOutputKeepsItsStageWithTheUrineFindingBeside() throws {
        var ward = try TestWard()
        try ward.creatinine(1.0, at: TestWard.at(hours: -72))
        try ward.creatinine(2.1, at: TestWard.t0)  // x2.1: stage 2
        try urine(&ward, 200, hours: 6, endingAt: TestWard.t0)  // 0.48 mL/kg/h over 6 h: stage 1
        let aki = summary(ward).aki
        #expect(aki.stage == 2)
        #expect(aki.criterion == .ratio2_0)
        #expect(aki.urineOutput?.stage == 1)
        let line = aki.summary(timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(line.hasPrefix("AKI stage 2: creatinine 2.1 mg/dL"))
        #expect(line.contains("; urine output stage 1: 0.48 mL/kg/h over the 6 h"))
    }

    @Test func aTieIsCitedAsCreatinineAndOutputsOlderThanSevenDaysDoNotStage() throws {
        var tie = try TestWard()
        try tie.creatinine(1.0, at: TestWard.at(hours: -24))
        try tie.creatinine(1.3, at: TestWard.t0)
        try urine(&tie, 100, hours: 6, endingAt: TestWard.t0)
        #expect(summary(tie).aki.stage == 1)
        #expect(summary(tie).aki.criterion == .absoluteRise)

        var old = try TestWard()
        try urine(&old, 0, hours: 12, endingAt: TestWard.t0)
        #expect(summary(old, at: TestWard.at(days: 3)).aki.stage == 3)
        #expect(summary(old, at: TestWard.at(days: 8)).aki.stage == 0)
    }

    @Test func withoutAWeightUrineOutputCannotBeStaged() throws {
        var ward = try TestWard(weightKg: nil)
        try urine(&ward, 0, hours: 12, endingAt: TestWard.t0)
        #expect(summary(ward).aki.stage == 0)
    }
}
