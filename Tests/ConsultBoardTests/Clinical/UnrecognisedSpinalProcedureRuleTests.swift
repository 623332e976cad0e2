import Foundation
import Testing
@testable import ConsultBoard

/// A procedure at a spinal site that the terminology does not know, beside an antithrombotic: the miss is shown.
@Suite struct UnrecognisedSpinalProcedureRuleTests {
    let rule = "unrecognised-spinal-procedure"

    @Test(arguments: ["C5/6 椎间孔成形术", "L4/5 percutaneous foraminoplasty", "腰椎 经皮激光汽化术", "T12 novel needle procedure"])
    func anUnknownProcedureAtASpinalSiteBesideAnAnticoagulantIsShown(text: String) throws {
        var ward = try TestWard()
        let drug = try ward.medication("依诺肝素", dose: "40mg", route: "皮下", frequency: "每日一次")
        let procedure = try ward.procedure(text, service: .spineSurgery)
        #expect(ward.alerts("anticoagulant-spinal-procedure").isEmpty, "\(text) is recognised: this test needs an unknown one")
        let alert = try #require(ward.alerts(rule).first, "\(text)")
        #expect(alert.severity == .warning)
        #expect(alert.triggeringRecords == [procedure])
        #expect(alert.supportingRecords == [drug])
        #expect(alert.message.contains("not checked against enoxaparin"), "\(alert.message)")
        #expect(alert.notify.contains(.anesthesiology) && alert.notify.contains(.spineSurgery))
    }

    @Test func silentWithoutAnAntithromboticOrASpinalSiteOrWhenTheProcedureIsKnown() throws {
        var ward = try TestWard()
        try ward.procedure("C5/6 椎间孔成形术")
        try ward.medication("Aspirin", dose: "100 mg", route: "PO", frequency: "qd")
        // No antithrombotic that ASRA times on its own: aspirin alone is not one.
        #expect(ward.alerts(rule).isEmpty)
        try ward.medication("Rivaroxaban", dose: "10 mg", route: "PO", frequency: "qd")
        let alert = try #require(ward.alerts(rule).first)
        // Aspirin is named beside the drug that is a risk on its own, as the spinal rule names it.
        #expect(alert.message.contains("rivaroxaban, aspirin"), "\(alert.message)")
        // Not at a spinal site, or a procedure the spinal rule already checks: nothing more here.
        try ward.procedure("PICC line insertion")
        try ward.procedure("Lumbar puncture L3/4")
        try ward.procedure("颈椎 MRI 复查前准备")
        #expect(ward.alerts(rule).count == 2)
        #expect(ward.alerts("anticoagulant-spinal-procedure").count == 1)
    }

    @Test func aStoppedProcedureIsSilent() throws {
        var ward = try TestWard()
        try ward.medication("Heparin", dose: "5000 units", route: "SC", frequency: "q12h")
        let procedure = try ward.procedure("L4/5 percutaneous foraminoplasty")
        #expect(ward.alerts(rule).count == 1)
        try ward.setStatus(procedure, .discontinued)
        #expect(ward.alerts(rule).isEmpty)
    }
}
