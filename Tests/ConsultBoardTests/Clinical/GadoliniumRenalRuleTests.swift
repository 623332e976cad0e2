import Foundation
import Testing
@testable import ConsultBoard

@Suite struct GadoliniumRenalRuleTests {
    let rule = "gadolinium-renal"

    /// A woman of 70: creatinine 1.80 mg/dL gives eGFR 29.94, 1.79 gives 30.14 (CKD-EPI 2021).
    func ward(creatinine: Double) throws -> TestWard {
        var ward = try TestWard(age: 70, sex: .female, weightKg: 60)
        try ward.creatinine(creatinine, at: TestWard.at(hours: -6))
        return ward
    }

    @Test func firesForGadoliniumWithEGFRBelow30() throws {
        var ward = try ward(creatinine: 1.80)
        let order = try ward.imaging(contrast: .gadolinium)
        let alerts = ward.alerts(rule)
        #expect(alerts.count == 1)
        let alert = try #require(alerts.first)
        #expect(alert.key == "gadolinium-renal:\(order)")
        #expect(alert.severity == .warning)
        #expect(alert.triggeringRecords == [order])
        #expect(alert.notify.contains(.imaging) && alert.notify.contains(.nephrology) && alert.notify.contains(.spineSurgery))
        #expect(alert.message.contains("group II"))
        #expect(alert.data.contains { $0.contains("eGFR 30 mL/min/1.73 m²") && $0.contains("eGFR 29.9 is below 30") })
        #expect(alert.isOpen)
    }

    @Test func silentJustAbove30AndWithNormalKidneys() throws {
        var borderline = try ward(creatinine: 1.79)
        try borderline.imaging(contrast: .gadolinium)
        #expect(borderline.alerts(rule).isEmpty)
        var normal = try ward(creatinine: 0.8)
        try normal.imaging(contrast: .gadolinium)
        #expect(normal.alerts(rule).isEmpty)
        // No creatinine at all: no basis for a renal alert.
        var none = try TestWard()
        try none.imaging(contrast: .gadolinium)
        #expect(none.alerts(rule).isEmpty)
    }

    @Test func silentWithoutGadoliniumOrWhenTheOrderIsNotLive() throws {
        var ward = try ward(creatinine: 2.0)
        try ward.imaging(contrast: .none)
        try ward.imaging(.ct, region: "abdomen", contrast: .iodinated, text: "CT abdomen")
        let done = try ward.imaging(contrast: .gadolinium)
        try ward.setStatus(done, .completed)
        let cancelled = try ward.imaging(contrast: .gadolinium)
        try ward.setStatus(cancelled, .discontinued)
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test func draftAndOnHoldOrdersAreLive() throws {
        var ward = try ward(creatinine: 2.0)
        try ward.imaging(contrast: .gadolinium, status: .draft)
        let held = try ward.imaging(contrast: .gadolinium)
        try ward.setStatus(held, .onHold)
        #expect(ward.alerts(rule).count == 2)
    }

    @Test func firesOnAKIEvenWithAnEGFRAbove30() throws {
        // A man of 30: 0.6 -> 1.0 mg/dL in 24 h is a rise of 0.4 (AKI stage 1) while the eGFR is still 104.
        var ward = try TestWard(age: 30, sex: .male)
        try ward.creatinine(0.6, at: TestWard.at(hours: -30))
        try ward.creatinine(1.0, at: TestWard.at(hours: -6))
        try ward.imaging(contrast: .gadolinium)
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.message.contains("AKI stage 1"))
        #expect(alert.data.contains { $0.contains("AKI stage 1") })
        #expect(alert.supportingRecords.count == 2)
    }

    @Test func anAKIOlderThanSevenDaysNoLongerCounts() throws {
        var ward = try TestWard(age: 30, sex: .male)
        try ward.creatinine(0.6, at: TestWard.at(days: -12))
        try ward.creatinine(1.0, at: TestWard.at(days: -11))
        try ward.creatinine(0.7, at: TestWard.at(days: -1))
        try ward.imaging(contrast: .gadolinium)
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test func namesAGroupIIAgentWhenTheOrderDoes() throws {
        var ward = try ward(creatinine: 2.0)
        try ward.imaging(contrast: .gadolinium, text: "MRI C-spine with gadobutrol 0.1 mmol/kg")
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.message.contains("gadobutrol is a group II agent; confirm it"))
    }

    /// AKI or CKD stage 4-5 stated by the team, with no creatinine on the board (rule v4): each met no alert, since
    /// only creatinines computed them. The statement is cited; a group I agent is contraindicated as with a
    /// computed eGFR < 30 or AKI.
    @Test(arguments: [
        ("CKD 4期", "CKD stage 4-5 (eGFR < 30) stated: 'CKD 4期' in the problem", "eGFR < 30"),
        ("慢性肾脏病G5期 未透析", "CKD stage 4-5 (eGFR < 30) stated: '慢性肾脏病G5期' in the problem", "eGFR < 30"),
        ("CKD stage 4", "CKD stage 4-5 (eGFR < 30) stated", "eGFR < 30"),
        ("急性肾损伤", "AKI stated: '急性肾损伤' in the problem", "with AKI"),
        ("AKI stage 2 (contrast)", "AKI stated: 'AKI stage 2' in the problem", "with AKI"),
        ("急性肾功能衰竭", "AKI stated", "with AKI"),
    ])
    func statedAKIOrAdvancedCKDCounts(problem: String, cited: String, condition: String) throws {
        var ward = try TestWard(problems: [problem])
        try ward.imaging(contrast: .gadolinium)
        let alert = try #require(ward.alerts(rule).first, "\(problem)")
        #expect(alert.severity == .warning)
        #expect(alert.data.contains { $0.contains(cited) }, "\(alert.data)")
        #expect(alert.message.contains(condition), "\(alert.message)")
        var groupI = try TestWard(problems: [problem])
        try groupI.imaging(contrast: .gadolinium, text: "MRI with Omniscan")
        #expect(groupI.alerts(rule).first?.severity == .urgent, "\(problem)")
    }

    @Test(arguments: [
        "CKD 3", "CKD 3b", "慢性肾脏病3期", "无急性肾损伤", "否认急性肾损伤", "AKI风险", "预防急性肾损伤", "急性肾损伤已恢复",
        "既往急性肾损伤", "history of AKI", "CKD 45",
    ])
    func otherKidneyWordsDoNotCount(problem: String) throws {
        var ward = try TestWard(problems: [problem])
        try ward.imaging(contrast: .gadolinium)
        #expect(ward.alerts(rule).isEmpty, "\(problem)")
    }
}
