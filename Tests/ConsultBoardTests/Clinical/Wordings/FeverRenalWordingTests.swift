import Foundation
import Testing
@testable import ConsultBoard

/// Immunosuppressants and biologics recognised by class in every wording; IVIG is not one; label renal thresholds
/// of the non-LMWH anticoagulants; LMWH in every wording with CrCl < 30.
@Suite struct FeverRenalWordingTests {
    static let immunosuppressants: [MedicationWording] = [
        .init("Rituximab", "375 mg/m2", "IV", "weekly"), .init("利妥昔单抗注射液", "500mg", "静滴", "st"),
        .init("美罗华", "100mg", "ivgtt", "once"), .init("MabThera", "1 g", "IV", "st"), .init("tacrolimus", "1 mg", "PO", "bid"),
        .init("他克莫司胶囊", "1mg", "口服", "q12h"), .init("Prograf", "2 mg", "PO", "bid"), .init("普乐可复", "1mg", "口服", "bid"),
        .init("cyclosporine", "100 mg", "PO", "bid"), .init("环孢素软胶囊", "50mg", "口服", "bid"), .init("Neoral", "100 mg", "PO", "bid"),
        .init("新山地明", "50mg", "口服", "bid"), .init("mycophenolate mofetil", "1 g", "PO", "bid"),
        .init("吗替麦考酚酯分散片", "0.5g", "口服", "bid"), .init("CellCept", "500 mg", "PO", "bid"), .init("骁悉", "0.75g", "口服", "bid"),
        .init("azathioprine", "50 mg", "PO", "qd"), .init("硫唑嘌呤片", "50mg", "口服", "qd"), .init("Imuran", "100 mg", "PO", "daily"),
        .init("依木兰", "50mg", "口服", "qd"), .init("cyclophosphamide", "0.8 g", "IV", "st"), .init("环磷酰胺", "0.4g", "静滴", "每周一次"),
        .init("tocilizumab", "8 mg/kg", "IV", "q4w"), .init("托珠单抗", "400mg", "静滴", "st"), .init("Actemra", "162 mg", "SC", "weekly"),
        .init("雅美罗", "400mg", "静滴", "st"),
    ]

    static let ivig: [MedicationWording] = [
        .init("IVIG", "0.4 g/kg", "IV", "qd"), .init("静注人免疫球蛋白(pH4)", "20g", "静滴", "qd"), .init("丙种球蛋白", "10g", "ivgtt", "qd"),
        .init("丙球", "20g", "静滴", "qd×5天"), .init("Privigen", "30 g", "IV", "daily"), .init("intravenous immunoglobulin", "2 g/kg", "IV", "over 5 days"),
    ]

    @Test(arguments: immunosuppressants)
    func immunosuppressantsAndBiologicsAreRecognisedByClass(_ wording: MedicationWording) throws {
        var ward = try TestWard()
        let order = try wording.order(on: &ward)
        try ward.temperature(38.6, at: TestWard.at(hours: 1))
        let alert = try #require(ward.alerts("fever-immunosuppressed", now: TestWard.at(hours: 2)).first, "\(wording.testDescription)")
        #expect(alert.supportingRecords.contains(order))
        #expect(alert.data.contains { $0.contains("immunosuppressant") })
    }

    @Test(arguments: ivig)
    func feverDuringIVIGWeighsAnInfusionReaction(_ wording: MedicationWording) throws {
        var ward = try TestWard()
        try wording.order(on: &ward)
        try ward.temperature(38.4, at: TestWard.at(hours: 3))
        let alert = try #require(ward.alerts("fever-immunosuppressed", now: TestWard.at(hours: 4)).first, "\(wording.testDescription)")
        #expect(alert.message.contains("IVIG") && alert.message.contains("infusion reaction"))
        #expect(!alert.data.contains { $0.contains("immunosuppressant") })
    }

    /// One depot injected into a joint or the epidural space is not immunosuppressive therapy (rule v3): an
    /// epidural methylprednisolone above 30 mg prednisone-equivalent counted as one before; the same dose given IV
    /// still does.
    @Test func aSteroidInjectedIntoTheSpineIsNotImmunosuppression() throws {
        var injected = try TestWard()
        try injected.medication("甲泼尼龙", dose: "40mg", route: "硬膜外", frequency: "st")
        try injected.medication("曲安奈德", dose: "40mg", route: "关节腔", frequency: "st")
        try injected.temperature(38.6, at: TestWard.at(hours: 1))
        #expect(injected.alerts("fever-immunosuppressed", now: TestWard.at(hours: 2)).isEmpty)
        var systemic = try TestWard()
        try systemic.medication("甲泼尼龙", dose: "40mg", route: "静滴", frequency: "qd")
        try systemic.temperature(38.6, at: TestWard.at(hours: 1))
        #expect(systemic.alerts("fever-immunosuppressed", now: TestWard.at(hours: 2)).count == 1)
    }

    @Test func feverMoreThan24HoursAfterIVIGStoppedIsSilent() throws {
        var ward = try TestWard()
        let order = try ward.medication("IVIG", dose: "0.4 g/kg", route: "IV", frequency: "qd")
        try ward.setStatus(order, .completed, at: TestWard.at(hours: 2))
        try ward.temperature(38.4, at: TestWard.at(hours: 20))
        #expect(ward.alerts("fever-immunosuppressed", now: TestWard.at(hours: 21)).count == 1)
        var later = try TestWard()
        let other = try later.medication("IVIG", dose: "0.4 g/kg", route: "IV", frequency: "qd")
        try later.setStatus(other, .completed, at: TestWard.at(hours: 2))
        try later.temperature(38.4, at: TestWard.at(hours: 30))
        #expect(later.alerts("fever-immunosuppressed", now: TestWard.at(hours: 31)).isEmpty)
    }

    /// An 80-year-old 50 kg woman with creatinine 2.0 mg/dL: Cockcroft-Gault CrCl about 24 mL/min.
    static func lowClearanceWard() throws -> TestWard {
        var ward = try TestWard(age: 80, sex: .female, weightKg: 50)
        try ward.creatinine(2.0)
        return ward
    }

    @Test(arguments: [
        MedicationWording("dabigatran etexilate", "110 mg", "PO", "bid"), .init("泰毕全", "110mg", "口服", "bid"),
        .init("rivaroxaban", "20 mg", "PO", "qd"), .init("拜瑞妥", "20mg", "口服", "qd"), .init("apixaban", "5 mg", "PO", "bid"),
        .init("艾乐妥", "5mg", "口服", "每日2次"), .init("edoxaban", "60 mg", "PO", "qd"), .init("里先安", "60mg", "口服", "qd"),
        .init("fondaparinux", "7.5 mg", "SC", "qd"), .init("磺达肝癸钠注射液", "2.5mg", "皮下", "qd"),
    ])
    func nonLMWHAnticoagulantsHaveTheirLabelThresholds(_ wording: MedicationWording) throws {
        var ward = try Self.lowClearanceWard()
        let order = try wording.order(on: &ward)
        let alert = try #require(ward.alerts("anticoagulant-renal").first, "\(wording.testDescription)")
        #expect(alert.triggeringRecords == [order])
        #expect(alert.message.contains("SmPC") || alert.message.contains("PI"))
    }

    @Test func reducedDosesAndNormalKidneysAreSilent() throws {
        // CrCl about 35 mL/min: within the labels' dose-reduction bands.
        var ward = try TestWard(age: 80, sex: .female, weightKg: 50)
        try ward.creatinine(1.0)
        try ward.medication("Edoxaban", dose: "30 mg", route: "PO", frequency: "qd")
        try ward.medication("Fondaparinux", dose: "1.5 mg", route: "SC", frequency: "qd")
        #expect(ward.alerts("anticoagulant-renal").isEmpty)
        var healthy = try TestWard(age: 40, weightKg: 80)
        try healthy.creatinine(0.8)
        try healthy.medication("Dabigatran", dose: "150 mg", route: "PO", frequency: "bid")
        #expect(healthy.alerts("anticoagulant-renal").isEmpty)
    }

    @Test func withoutAWeightTheEGFRIsUsedAndTheWeightAskedFor() throws {
        var ward = try TestWard(age: 80, sex: .female, weightKg: nil)
        try ward.creatinine(2.0)
        try ward.medication("Dabigatran", dose: "110 mg", route: "PO", frequency: "bid")
        let alert = try #require(ward.alerts("anticoagulant-renal").first)
        #expect(alert.data.contains { $0.contains("record the weight") })
    }

    @Test(arguments: ["维持性血液透析", "CKD5 规律血透", "腹透", "ESRD on HD", "尿毒症 规律透析", "规律血透：有", "高血压：无 血透：是"])
    func dialysisIsReadInTheWaysItIsWritten(_ problem: String) {
        #expect(Terminology.standard.conditions(in: problem).contains { $0.id == "maintenance dialysis" }, "\(problem)")
    }

    @Test(arguments: [
        "暂不透析", "拒绝透析", "未行透析", "不需要透析", "透析指征不明确", "dialysis not indicated", "停止血透", "no dialysis",
        "透析：无", "血透：否", "维持性透析：无", "dialysis: no",
    ])
    func dialysisNotStartedOrStoppedIsNotDialysis(_ problem: String) {
        // Each was read as maintenance dialysis before (terminology 2026.12.5; the fields answered no, 2026.12.6).
        #expect(!Terminology.standard.conditions(in: problem).contains { $0.id == "maintenance dialysis" }, "\(problem)")
    }

    @Test func dialysisIsKidneyFailure() throws {
        var ward = try TestWard(problems: ["维持性血液透析"])
        try ward.creatinine(0.9)
        try ward.medication("Rivaroxaban", dose: "10 mg", route: "PO", frequency: "qd")
        #expect(ward.alerts("anticoagulant-renal").first?.message.contains("not recommended") == true)
    }

    @Test(arguments: [
        MedicationWording("Enoxaparin", "40 mg", "SC", "qd"), .init("依诺肝素钠注射液", "4000IU", "皮下", "每日一次"),
        .init("克赛", "0.4ml", "ih", "qd"), .init("Clexane", "60 mg", "SC", "q12h"), .init("速碧林", "0.4ml", "皮下", "qd"),
        .init("Fraxiparine", "0.6 mL", "SC", "bid"), .init("那屈肝素钙", "4100IU", "ih", "qd"), .init("法安明", "5000IU", "皮下", "qd"),
        .init("dalteparin", "5000 units", "SC", "daily"), .init("低分子肝素钙", "4100IU", "皮下", "q12h"),
    ])
    func everyLMWHWordingIsCheckedForRenalDose(_ wording: MedicationWording) throws {
        var ward = try Self.lowClearanceWard()
        let order = try wording.order(on: &ward)
        #expect(ward.alerts("lmwh-renal-dose").first?.triggeringRecords == [order], "\(wording.testDescription)")
    }
}

/// Renal rules never fall silent because an equation does not apply.
@Suite struct RenalFallbackTests {
    @Test func underEighteenGadoliniumAndAnticoagulantsAreStillChecked() throws {
        var ward = try TestWard(age: 16, weightKg: 55)
        try ward.creatinine(1.4)
        try ward.imaging(contrast: .none, text: "MRI 胸椎增强")
        try ward.medication("Rivaroxaban", dose: "10 mg", route: "PO", frequency: "qd")
        let gadolinium = try #require(ward.alerts("gadolinium-renal").first)
        #expect(gadolinium.message.contains("kidney function not estimated"))
        #expect(gadolinium.data.contains { $0.contains("eGFR not computed") && $0.contains("Schwartz") })
        #expect(ward.alerts("anticoagulant-renal").first?.message.contains("could not be estimated") == true)
    }
}

extension RenalFallbackTests {
    @Test func dialysisCountsAsSevereRenalImpairmentForLMWH() throws {
        var ward = try TestWard(problems: ["ESRD on HD"])
        try ward.creatinine(0.9)
        let order = try ward.medication("依诺肝素钠注射液", dose: "4000IU", route: "皮下", frequency: "qd")
        #expect(ward.alerts("lmwh-renal-dose").first?.triggeringRecords == [order])
        var healthy = try TestWard()
        try healthy.creatinine(0.9)
        try healthy.medication("依诺肝素钠注射液", dose: "4000IU", route: "皮下", frequency: "qd")
        #expect(healthy.alerts("lmwh-renal-dose").isEmpty)
    }
}
