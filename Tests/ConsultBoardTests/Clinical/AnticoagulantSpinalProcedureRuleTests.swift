import Foundation
import Testing
@testable import ConsultBoard

@Suite struct AnticoagulantSpinalProcedureRuleTests {
    let rule = "anticoagulant-spinal-procedure"

    @Test func anticoagulantWithALumbarPunctureFiresUrgently() throws {
        var ward = try TestWard()
        let drug = try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        let lp = try ward.procedure("Lumbar puncture for CSF analysis", service: .neurology, status: .draft)
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.severity == .urgent)
        #expect(Set(alert.triggeringRecords) == [drug, lp])
        #expect(alert.key == Alert.key(ruleID: rule, records: [lp, drug]))
        #expect(alert.message.contains("12 h"))
        #expect(alert.notify.contains(.anesthesiology) && alert.notify.contains(.neurology))
    }

    @Test func eachDrugCarriesItsOwnASRATiming() throws {
        var ward = try TestWard()
        try ward.medication("Rivaroxaban", dose: "20 mg", route: "PO", frequency: "daily")
        try ward.medication("Dabigatran", dose: "150 mg", route: "PO", frequency: "BID")
        try ward.procedure("Posterior cervical laminectomy and fusion C3-C6")
        let messages = ward.alerts(rule).map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.hasPrefix("Rivaroxaban") && $0.contains("72 h") })
        #expect(messages.contains { $0.hasPrefix("Dabigatran") && $0.contains("120 h") })
    }

    @Test func silentWithoutASpinalProcedure() throws {
        var ward = try TestWard()
        try ward.medication("Apixaban", dose: "5 mg", route: "PO", frequency: "BID")
        try ward.procedure("PICC line insertion")
        try ward.procedure("Help with transfer to chair")
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test func silentWhenEitherOrderIsNoLongerLive() throws {
        var ward = try TestWard()
        let drug = try ward.medication("Warfarin", dose: "3 mg", route: "PO", frequency: "daily")
        let lp = try ward.procedure("Epidural steroid injection L4/5")
        try ward.setStatus(drug, .discontinued)
        #expect(ward.alerts(rule).isEmpty)
        let other = try ward.medication("Heparin", dose: "5000 units", frequency: "q12h")
        try ward.setStatus(lp, .completed)
        #expect(ward.alerts(rule).isEmpty)
        try ward.procedure("腰椎穿刺")
        #expect(ward.alerts(rule).map(\.triggeringRecords).contains { $0.contains(other) })
    }

    @Test(arguments: [
        MedicationWording("阿替普酶", "50mg", "静滴", "st"), .init("Actilyse", "0.9 mg/kg", "IV", "once"),
        .init("尿激酶", "100万U", "静滴", "st"), .init("Urokinase", "4400 units/kg", "IV", "q1h"), .init("替奈普酶", "16mg", "静推", "st"),
    ])
    func aThrombolyticWithASpinalProcedureFiresWithASRAsAdvice(_ wording: MedicationWording) throws {
        // Thrombolytics were unrecognised drugs (terminology 2026.12.5): a lumbar puncture beside one was silent.
        var ward = try TestWard()
        let drug = try wording.order(on: &ward)
        try ward.procedure("腰椎穿刺")
        let alert = try #require(ward.alerts(rule).first, "\(wording.testDescription)")
        #expect(alert.triggeringRecords.contains(drug))
        #expect(alert.message.contains("recommends against neuraxial techniques after fibrinolytic or thrombolytic therapy"), "\(alert.message)")
    }

    @Test(arguments: [
        MedicationWording("尿激酶", "10000U", "封管", "qd"), .init("Alteplase", "2 mg", "IV", "once", text: "Cathflo 2 mg to clear the occluded PICC lumen, lock 2 h"),
        .init("尿激酶", "5000U", "静推", "st", text: "尿激酶5000U PICC封管溶栓"),
    ])
    func aThrombolyticCatheterClearanceIsNotSystemic(_ wording: MedicationWording) throws {
        var ward = try TestWard()
        try wording.order(on: &ward)
        try ward.procedure("Lumbar puncture")
        #expect(ward.alerts(rule).isEmpty, "\(wording.testDescription)")
    }

    @Test func aHeparinLineFlushIsNotAnticoagulation() throws {
        var ward = try TestWard()
        try ward.medication("Heparin", dose: "10 units/mL 5 mL", route: "IV", frequency: "q8h", text: "Heparin flush for PICC")
        try ward.procedure("Lumbar puncture")
        #expect(ward.alerts(rule).isEmpty)
    }
}
