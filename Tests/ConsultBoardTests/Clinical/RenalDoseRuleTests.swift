import Foundation
import Testing
@testable import ConsultBoard

/// The hepatitis B antivirals below their labelled renal thresholds (`renal-dose`, terminology 2026.12.18): the
/// index case's patient has hepatitis B and failing kidneys, and no rule read an antiviral's dose against them.
@Suite struct RenalDoseRuleTests {
    let rule = "renal-dose"

    /// A woman of 70, 60 kg: creatinine 1.8 mg/dL gives a Cockcroft-Gault CrCl of 27.5 mL/min, 1.2 gives 41.3.
    func ward(creatinine: Double, problems: [String] = ["慢性乙型肝炎"]) throws -> TestWard {
        var ward = try TestWard(age: 70, sex: .female, weightKg: 60, problems: problems)
        try ward.creatinine(creatinine, at: TestWard.at(hours: -6))
        return ward
    }

    @Test(arguments: [
        (MedicationWording("富马酸替诺福韦二吡呋酯片", "300mg", "口服", "qd"), 1.8, "one tablet every 72-96 hours"),
        (.init("Viread", "245 mg", "PO", "daily"), 1.2, "one tablet every 48 hours"),
        (.init("恩替卡韦分散片", "0.5mg", "口服", "qd"), 1.2, "0.25 mg once daily, or 0.5 mg every 48 hours"),
        (.init("博路定", "0.5mg", "口服", "qd"), 1.8, "0.15 mg once daily, or 0.5 mg every 72 hours"),
        (.init("阿德福韦酯片", "10mg", "口服", "qd"), 1.8, "10 mg every 72 hours"),
        (.init("拉米夫定", "100mg", "口服", "qd"), 1.2, "then 50 mg once daily"),
        // Telbivudine (terminology 2026.12.21) was an unrecognised medication, its renal label unread.
        (.init("替比夫定片", "600mg", "口服", "qd"), 1.2, "600 mg every 48 hours"),
        (.init("素比伏", "600mg", "口服", "qd"), 1.8, "600 mg every 72 hours"),
    ])
    func antiviralsBelowTheirLabelledThresholdAlert(_ wording: MedicationWording, creatinine: Double, advice: String) throws {
        var ward = try ward(creatinine: creatinine)
        let order = try wording.order(on: &ward)
        let alert = try #require(ward.alerts(rule).first, "\(wording.testDescription)")
        #expect(alert.key == "\(rule):\(order)")
        #expect(alert.message.contains(advice), "\(alert.message)")
        #expect(alert.data.contains { $0.contains("Cockcroft-Gault CrCl") })
        #expect(alert.notify.contains(.pharmacy) && alert.notify.contains(.nephrology))
        #expect(ward.alerts("anticoagulant-renal").isEmpty)
    }

    /// "替诺福韦" names no salt: it was an unrecognised medication only. It now gets the advice for both salts and
    /// is asked to name one (terminology 2026.12.20); a named salt keeps its own label.
    @Test func tenofovirWithoutItsSaltIsAskedToNameIt() throws {
        var unnamed = try ward(creatinine: 1.2)
        try unnamed.medication("替诺福韦", dose: "300mg", route: "口服", frequency: "qd")
        let alert = try #require(unnamed.alerts(rule).first)
        #expect(alert.message.contains("does not say which tenofovir") && alert.message.contains("name the salt"), "\(alert.message)")
        #expect(unnamed.alerts("unrecognised-medication").isEmpty)
        var named = try ward(creatinine: 1.2)
        try named.medication("丙酚替诺福韦", dose: "25mg", route: "口服", frequency: "qd")
        #expect(named.alerts(rule).isEmpty)
    }

    @Test func aDoseAlreadyReducedOrNormalKidneysDoNotAlert() throws {
        var reduced = try ward(creatinine: 1.2)
        try reduced.medication("拉米夫定", dose: "50mg", route: "口服", frequency: "qd")
        #expect(reduced.alerts(rule).isEmpty)
        var normal = try ward(creatinine: 0.7)
        try normal.medication("富马酸替诺福韦二吡呋酯片", dose: "300mg", route: "口服", frequency: "qd")
        try normal.medication("恩替卡韦", dose: "0.5mg", route: "口服", frequency: "qd")
        try normal.medication("丙酚替诺福韦", dose: "25mg", route: "口服", frequency: "qd")
        #expect(normal.alerts(rule).isEmpty)
    }

    /// The label's other way to reduce: the same dose at a longer interval (terminology 2026.12.26). Entecavir
    /// 0.5 mg every 48 hours at a CrCl of 30-49 is the label's dose, and was told to change; at 10-29 it is not.
    @Test(arguments: [
        (MedicationWording("恩替卡韦", "0.5mg", "口服", "q48h"), 1.2, nil),
        (.init("恩替卡韦", "0.5mg", "口服", "每72小时一次"), 1.8, nil),
        (.init("恩替卡韦", "0.5mg", "口服", "q48h"), 1.8, "0.15 mg once daily, or 0.5 mg every 72 hours"),
        (.init("富马酸替诺福韦二吡呋酯片", "300mg", "口服", "隔日一次"), 1.2, nil),
        (.init("富马酸替诺福韦二吡呋酯片", "300mg", "口服", "每周两次"), 1.8, nil),
        (.init("阿德福韦酯片", "10mg", "口服", "q48h"), 1.2, nil),
        (.init("替比夫定片", "600mg", "口服", "q48h"), 1.2, nil),
        (.init("替比夫定片", "600mg", "口服", "q72h"), 1.8, "600 mg every 96 hours"),
        // An interval that cannot be read is not taken as lengthened.
        (.init("恩替卡韦", "0.5mg", "口服", "按医嘱"), 1.2, "0.25 mg once daily, or 0.5 mg every 48 hours"),
    ] as [(MedicationWording, Double, String?)])
    func aLengthenedIntervalIsAReducedDose(_ wording: MedicationWording, creatinine: Double, advice: String?) throws {
        var ward = try ward(creatinine: creatinine)
        try wording.order(on: &ward)
        let alerts = ward.alerts(rule)
        if let advice {
            #expect(alerts.first?.message.contains(advice) == true, "\(wording.testDescription): \(alerts.map(\.message))")
        } else {
            #expect(alerts.isEmpty, "\(wording.testDescription): \(alerts.map(\.message))")
        }
    }

    @Test func onDialysisTheMostSevereThresholdGivesTheAdvice() throws {
        var ward = try ward(creatinine: 0.9, problems: ["慢性乙型肝炎", "维持性血液透析"])
        try ward.medication("富马酸替诺福韦二吡呋酯片", dose: "300mg", route: "口服", frequency: "qd")
        try ward.medication("丙酚替诺福韦", dose: "25mg", route: "口服", frequency: "qd")
        let messages = ward.alerts(rule).map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("on haemodialysis one tablet") && $0.contains("every 7 days") })
        #expect(messages.contains { $0.contains("unless on haemodialysis (then 25 mg once daily") })
    }

    @Test func anAnticoagulantStaysWithItsOwnRule() throws {
        var ward = try ward(creatinine: 1.8)
        try ward.medication("Rivaroxaban", dose: "20 mg", route: "PO", frequency: "qd")
        #expect(ward.alerts(rule).isEmpty)
        #expect(ward.alerts("anticoagulant-renal").count == 1)
    }
}
