import Foundation
import Testing
@testable import ConsultBoard

@Suite struct LMWHRenalDoseRuleTests {
    let rule = "lmwh-renal-dose"

    /// A woman of 80, 50 kg: creatinine 1.2 mg/dL gives CrCl 29.5 mL/min, 1.1 mg/dL gives 32.2 (Cockcroft-Gault).
    func ward(creatinine: Double = 1.2, weightKg: Double? = 50) throws -> TestWard {
        var ward = try TestWard(age: 80, sex: .female, weightKg: weightKg)
        try ward.creatinine(creatinine, at: TestWard.at(hours: -6))
        return ward
    }

    @Test func usualProphylacticEnoxaparinWithCrClBelow30Fires() throws {
        var ward = try ward()
        let order = try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily", service: .spineSurgery)
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.key == "lmwh-renal-dose:\(order)")
        #expect(alert.message.contains("30 mg SC once daily"))
        #expect(alert.data.contains { $0.contains("Cockcroft-Gault CrCl 29.5 mL/min (age 80, 50 kg, female) is below 30") })
        #expect(alert.notify == [.pharmacy, .nephrology, .spineSurgery])
    }

    @Test func silentWithCrClAbove30() throws {
        var ward = try ward(creatinine: 1.1)
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test(arguments: [
        ("30 mg", "daily", false),      // the renal prophylactic dose
        ("1 mg/kg", "once daily", false),  // the renal treatment dose
        ("50 mg", "q24h", false),       // 1 mg/kg of 50 kg, written in mg
        ("20 mg", "daily", false),
        ("3000 IU", "daily", false),    // 30 mg (100 IU = 1 mg)
        ("40 mg", "daily", true),       // usual prophylaxis
        ("30 mg", "q12h", true),        // usual prophylaxis (twice daily)
        ("1 mg/kg", "BID", true),       // usual treatment
        ("1.5 mg/kg", "daily", true),   // usual treatment
        ("75 mg", "daily", true),       // 1.5 mg/kg of 50 kg
        ("4000 IU", "daily", true),     // 40 mg
        ("as per chart", "daily", true),   // unreadable: for review
        // A volume of the 100 mg/mL syringes (terminology 2026.12.6): it was unread, so always for review.
        ("0.3ml", "qd", false),         // 30 mg
        ("0.4ml", "qd", true),          // 40 mg
        ("0.8 mL", "qd", true),         // 80 or 120 mg (both strengths come in 0.8 mL): unread, for review
        ("40 mg", "see notes", true),
    ])
    func enoxaparinRegimens(dose: String, frequency: String, fires: Bool) throws {
        var ward = try ward()
        try ward.medication("Enoxaparin", dose: dose, frequency: frequency)
        #expect(ward.alerts(rule).count == (fires ? 1 : 0), "\(dose) \(frequency)")
    }

    @Test func otherLMWHsAreAlwaysForReview() throws {
        var ward = try ward()
        try ward.medication("Dalteparin", dose: "5000 units", frequency: "daily")
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.data.contains { $0.contains("no single labelled renal dose") })
    }

    @Test func withoutAWeightTheEGFRStandsInAndAsksForTheWeight() throws {
        // eGFR of a woman of 80 with 1.2 mg/dL: 44, not < 30: silent.
        var moderate = try ward(weightKg: nil)
        try moderate.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        #expect(moderate.alerts(rule).isEmpty)
        // 2.5 mg/dL: eGFR 18.
        var severe = try ward(creatinine: 2.5, weightKg: nil)
        try severe.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        let alert = try #require(severe.alerts(rule).first)
        #expect(alert.data.contains { $0.contains("record the weight") })
    }

    @Test func stoppedOrdersAndOtherDrugsAreSilent() throws {
        var ward = try ward()
        let stopped = try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        try ward.setStatus(stopped, .discontinued)
        try ward.medication("Heparin", dose: "5000 units", frequency: "q12h")
        #expect(ward.alerts(rule).isEmpty)
    }
}
