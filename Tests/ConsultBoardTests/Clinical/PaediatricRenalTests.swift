import Foundation
import Testing
@testable import ConsultBoard

/// Under 18: bedside Schwartz from a recorded height (Schwartz 2009), and without a height the renal rules still
/// speak, saying that eGFR is not computed.
@Suite struct PaediatricRenalTests {
    @Test func bedsideSchwartzIsPointFourOneThreeTimesHeightOverCreatinine() throws {
        // 0.413 x 120 / 0.5 = 99.12; 0.413 x 150 / 2.5 = 24.78; creatinine in umol/L is converted (88.4 = 1 mg/dL).
        #expect(abs(try BedsideSchwartz.eGFR(creatinine: Creatinine(0.5, .milligramsPerDecilitre), heightCm: 120, age: 8) - 99.12) < 1e-9)
        #expect(abs(try BedsideSchwartz.eGFR(creatinine: Creatinine(2.5, .milligramsPerDecilitre), heightCm: 150, age: 15) - 24.78) < 1e-9)
        #expect(abs(try BedsideSchwartz.eGFR(creatinine: Creatinine(88.4, .micromolesPerLitre), heightCm: 100, age: 5) - 41.3) < 1e-9)
        #expect(throws: RenalInputError.notAChild(age: 18)) {
            try BedsideSchwartz.eGFR(creatinine: Creatinine(1, .milligramsPerDecilitre), heightCm: 170, age: 18)
        }
        #expect(throws: RenalInputError.notAChild(age: 0)) {
            try BedsideSchwartz.eGFR(creatinine: Creatinine(0.3, .milligramsPerDecilitre), heightCm: 60, age: 0)
        }
        #expect(throws: RenalInputError.implausibleHeight(1500)) {
            try BedsideSchwartz.eGFR(creatinine: Creatinine(1, .milligramsPerDecilitre), heightCm: 1500, age: 12)
        }
    }

    @Test func aChildWithAHeightGetsABedsideSchwartzEGFRNamedAsSuch() throws {
        var ward = try TestWard(age: 15, sex: .female, weightKg: 45)
        try ward.lab("height", 150, "cm", at: TestWard.at(days: -2))
        try ward.creatinine(0.6, at: TestWard.at(hours: -3))
        let renal = RenalSummary.of(ward.record, now: TestWard.t0)
        let latest = try #require(renal.latest)
        #expect(abs((latest.eGFR ?? 0) - 0.413 * 150 / 0.6) < 1e-9)
        #expect(latest.schwartzHeightCm == 150)
        #expect(latest.creatinineClearance == nil)  // Cockcroft-Gault is for adults
        #expect(latest.estimates.contains("(bedside Schwartz)"))
        #expect(renal.estimateUnavailable == nil)
    }

    @Test func withoutAHeightTheReasonSaysToRecordIt() throws {
        var ward = try TestWard(age: 12, sex: .male, weightKg: 40)
        try ward.creatinine(0.6, at: TestWard.at(hours: -3))
        let renal = RenalSummary.of(ward.record, now: TestWard.t0)
        #expect(renal.latestEGFR == nil)
        #expect(renal.estimateUnavailable?.contains("--test height") == true)
    }

    @Test func gadoliniumReadsTheSchwartzEGFR() throws {
        // 0.413 x 140 / 2.0 = 28.9: below 30.
        var low = try TestWard(age: 14, sex: .female, weightKg: 40)
        try low.lab("height", 140, "cm", at: TestWard.at(days: -1))
        try low.creatinine(2.0, at: TestWard.at(hours: -3))
        try low.imaging(contrast: .gadolinium)
        let alert = try #require(low.alerts("gadolinium-renal").first)
        #expect(alert.message.contains("eGFR < 30"))
        // 0.413 x 140 / 0.8 = 72.3: no alert (before the height it alerted for review).
        var normal = try TestWard(age: 14, sex: .female, weightKg: 40)
        try normal.creatinine(0.8, at: TestWard.at(hours: -3))
        try normal.imaging(contrast: .gadolinium)
        #expect(normal.alerts("gadolinium-renal").count == 1)
        try normal.lab("height", 140, "cm", at: TestWard.at(hours: -1))
        #expect(normal.alerts("gadolinium-renal").isEmpty)
    }

    @Test func aGroupIAgentIsContraindicatedOnlyWhereTheACRSaysSo() throws {
        // A child with no height: kidney function unknown, so not "contraindicated", but the group I agent is named.
        var unknown = try TestWard(age: 10, sex: .male, weightKg: 30)
        try unknown.creatinine(0.5, at: TestWard.at(hours: -3))
        try unknown.imaging(contrast: .gadolinium, text: "MRI spine with Omniscan")
        let alert = try #require(unknown.alerts("gadolinium-renal").first)
        #expect(alert.severity == .warning)
        #expect(alert.message.contains("contraindicated with eGFR < 30, AKI or dialysis"))
        #expect(alert.message.contains("kidney function not estimated"))
        // With eGFR < 30 (an adult) it is contraindicated, urgently.
        var adult = try TestWard(age: 70, sex: .female, weightKg: 60)
        try adult.creatinine(2.0, at: TestWard.at(hours: -3))
        try adult.imaging(contrast: .gadolinium, text: "MRI spine with Omniscan")
        let urgent = try #require(adult.alerts("gadolinium-renal").first)
        #expect(urgent.severity == .urgent)
        #expect(urgent.message.contains("contraindicated with eGFR < 30"))
    }

    @Test func gadoxetateIsACRGroupIIIWithItsSource() throws {
        let terms = Terminology.standard
        let agent = try #require(terms.drugs(in: "Primovist").first)
        #expect(agent.id == "gadoxetate disodium")
        #expect(agent.gadoliniumGroup == "III")
        #expect(agent.source.contains("ACR Manual on Contrast Media 2024"))
        #expect(agent.gadoliniumNote?.contains("group III") == true)
    }

    @Test func lmwhIsForReviewWhenAChildsKidneyFunctionCannotBeEstimated() throws {
        var ward = try TestWard(age: 16, sex: .male, weightKg: 55)
        try ward.creatinine(1.0, at: TestWard.at(hours: -3))
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "bid")
        let alert = try #require(ward.alerts("lmwh-renal-dose").first)
        #expect(alert.data.contains { $0.contains("kidney function could not be estimated") })
        // With a height the Schwartz eGFR decides: 0.413 x 170 / 1.0 = 70: no alert.
        try ward.lab("height", 170, "cm", at: TestWard.at(hours: -1))
        #expect(ward.alerts("lmwh-renal-dose").isEmpty)
    }
}
