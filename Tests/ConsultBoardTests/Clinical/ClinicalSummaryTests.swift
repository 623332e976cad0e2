import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ClinicalSummaryTests {
    @Test func summarisesKidneysFeverAndAlerts() throws {
        // A man of 60, 72 kg.
        var ward = try TestWard(age: 60, sex: .male, weightKg: 72, problems: ["T2DM"])
        try ward.creatinine(88.4, "umol/L", at: TestWard.at(days: -3))   // 1.0 mg/dL: eGFR 83.9, CrCl 80
        try ward.creatinine(1.2, at: TestWard.at(hours: -50))              // eGFR 69.2
        try ward.creatinine(2.0, at: TestWard.at(hours: -4))               // 2.0x baseline: AKI stage 2
        try ward.temperature(38.3, at: TestWard.at(days: -2))
        try ward.temperature(37.2, at: TestWard.at(hours: -12))
        let fever = try ward.temperature(38.6, at: TestWard.at(hours: -2))
        let gad = try ward.imaging(contrast: .gadolinium)
        let steroid = try ward.medication("Methylprednisolone", dose: "1 g", route: "IV", frequency: "daily")
        try ward.acknowledge("steroid-diabetes:\(steroid)")

        let summary = ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc)
        #expect(summary.mrn == TestWard.mrn)
        #expect(summary.ruleSetVersion == SafetyRuleSet.current.version)

        #expect(summary.creatinine.count == 3)
        let first = try #require(summary.creatinine.first)
        // 1.0 mg/dL, man, 60: 142 x 1.0^... : Scr/k = 1.1111; 1.1111^-1.2 = 0.88123; x 0.68857 x 142 = 86.16
        #expect(abs((first.eGFR ?? 0) - 86.16) < 0.01)
        #expect(abs((first.creatinineClearance ?? 0) - 80) < 1e-9)
        // 2.0 mg/dL: Scr/k = 2.2222; 2.2222^-1.2 = exp(-1.2 x 0.79851) = 0.38359; x 0.68857 x 142 = 37.51
        #expect(abs((summary.latestEGFR ?? 0) - 37.51) < 0.01)
        // (140 - 60) x 72 / (72 x 2.0) = 40 mL/min
        #expect(abs((summary.latestCreatinineClearance ?? 0) - 40) < 1e-9)
        #expect(summary.aki.stage == 2)
        #expect(summary.aki.baseline?.creatinine == Creatinine(88.4, .micromolesPerLitre))
        #expect(summary.muscleMassNote.contains("low muscle mass"))

        #expect(summary.temperatures.count == 3)
        #expect(summary.feverDays.map(\.day) == ["2026-11-22", "2026-11-24"])
        #expect(summary.recurrentFever)

        // The pulse steroid also makes today's fever an immunosuppressed fever (first febrile reading of the episode).
        #expect(summary.openAlerts.map(\.key) == ["gadolinium-renal:\(gad)", "fever-immunosuppressed:\(fever)"])
        #expect(summary.acknowledgedAlerts.map(\.key) == ["steroid-diabetes:\(steroid)"])
    }

    @Test func aWellPatientHasNoAlertsAndNoAKI() throws {
        var ward = try TestWard(age: 45, sex: .female, weightKg: 58)
        try ward.creatinine(62, "umol/L", at: TestWard.at(days: -2))
        try ward.creatinine(60, "umol/L", at: TestWard.at(hours: -3))
        try ward.temperature(36.8, at: TestWard.at(hours: -3))
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        try ward.imaging(contrast: .gadolinium)
        try ward.procedure("Urodynamic study")
        let summary = ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc)
        #expect(summary.alerts.isEmpty)
        #expect(summary.aki.stage == 0)
        #expect(!summary.recurrentFever)
        #expect((summary.latestEGFR ?? 0) > 90)
    }

    @Test func aChildGetsNoEstimatesAndAReason() throws {
        var ward = try TestWard(age: 15, sex: .female, weightKg: 45)
        try ward.creatinine(0.6, at: TestWard.at(hours: -3))
        let summary = ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc)
        #expect(summary.latestEGFR == nil)
        #expect(summary.latestCreatinineClearance == nil)
        #expect(summary.renal.estimateUnavailable?.contains("18") == true)
    }

    @Test func alertsComeMostSevereFirst() throws {
        var ward = try TestWard(age: 80, sex: .female, weightKg: 50)
        try ward.creatinine(1.2, at: TestWard.at(hours: -6))
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        try ward.procedure("Lumbar puncture")
        let alerts = ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc).alerts
        #expect(alerts.map(\.ruleID) == ["anticoagulant-spinal-procedure", "lmwh-renal-dose"])
    }

    @Test func dialysisIsAKIStage3AndStopsWhenTheOrderDoes() throws {
        var ward = try TestWard()
        try ward.creatinine(3.0, at: TestWard.at(days: -20))
        let hd = try ward.procedure("Intermittent haemodialysis 3x/week", service: .nephrology)
        #expect(ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc).aki.criterion == .renalReplacementTherapy)
        try ward.setStatus(hd, .completed)
        #expect(ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc).aki.stage == 0)
    }
}
