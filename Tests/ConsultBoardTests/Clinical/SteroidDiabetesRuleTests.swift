import Foundation
import Testing
@testable import ConsultBoard

@Suite struct SteroidDiabetesRuleTests {
    let rule = "steroid-diabetes"

    @Test func pulseMethylprednisoloneWithT2DMFires() throws {
        var ward = try TestWard(problems: ["Neurogenic bladder", "T2DM on insulin"])
        let order = try ward.medication("Methylprednisolone", dose: "1 g", route: "IV", frequency: "daily", service: .neurology)
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.key == "steroid-diabetes:\(order)")
        #expect(alert.message.hasPrefix("Pulse methylprednisolone"))
        // 1000 mg x 1.25 = 1250 mg prednisone-equivalent a day.
        #expect(alert.data.contains { $0.contains("1250 mg prednisone-equivalent a day (pulse)") })
        #expect(alert.data.contains { $0.contains("'T2DM' in the problem") })
        #expect(alert.notify == [.endocrinology, .neurology])
    }

    @Test func highDoseDexamethasoneWithDiabetesInChineseFires() throws {
        // 4 mg q6h = 16 mg a day x 6.67 = 107 mg prednisone-equivalent: high dose.
        var ward = try TestWard(diagnosis: "脊髓压迫症; 2型糖尿病")
        try ward.medication("Dexamethasone", dose: "4 mg", route: "IV", frequency: "q6h")
        #expect(ward.alerts(rule).count == 1)
    }

    @Test func silentWithoutDiabetes() throws {
        for problems in [["Hypertension"], ["Central diabetes insipidus"], ["No diabetes"]] {
            var ward = try TestWard(problems: problems)
            try ward.medication("Methylprednisolone", dose: "1 g", route: "IV", frequency: "daily")
            #expect(ward.alerts(rule).isEmpty, "\(problems)")
        }
    }

    @Test func silentBelowHighDoseOrForLocalRoutes() throws {
        var ward = try TestWard(summary: "Diabetic, C6 AIS A")
        // 4 mg a day x 6.67 = 26.7 mg prednisone-equivalent: medium dose.
        try ward.medication("Dexamethasone", dose: "4 mg", route: "PO", frequency: "daily")
        // 30 mg prednisolone: the top of medium dose (high is more than 30).
        try ward.medication("Prednisolone", dose: "30 mg", route: "PO", frequency: "daily")
        try ward.medication("Hydrocortisone", dose: "1%", route: "topical", frequency: "BID", text: "Hydrocortisone cream")
        #expect(ward.alerts(rule).isEmpty)
        try ward.medication("Prednisolone", dose: "35 mg", route: "PO", frequency: "daily")
        #expect(ward.alerts(rule).count == 1)
    }

    @Test func perKilogramAndPulseWordingAreHighDose() throws {
        var ward = try TestWard(weightKg: nil, problems: ["DM2"])
        try ward.medication("Methylprednisolone", dose: "30 mg/kg", route: "IV", frequency: "once", text: "Methylprednisolone 30 mg/kg bolus")
        try ward.medication("Methylprednisolone", dose: "see protocol", route: "IV", frequency: "daily", text: "Methylprednisolone pulse per protocol")
        #expect(ward.alerts(rule).count == 2)
    }
}
