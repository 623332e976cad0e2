import Foundation
import Testing
@testable import ConsultBoard

/// A nephrotoxic drug during acute kidney injury (`nephrotoxin-aki`, rule set 2026.17): the terminology classed
/// vancomycin, the aminoglycosides and the NSAIDs as nephrotoxins, and no rule read the class.
@Suite struct NephrotoxinKidneyInjuryRuleTests {
    let rule = "nephrotoxin-aki"

    /// Creatinine 0.8 mg/dL a day ago, 1.7 now: KDIGO stage 2 (2.1 times the lowest of the prior 7 days).
    func injuredKidneys(problems: [String] = []) throws -> TestWard {
        var ward = try TestWard(problems: problems)
        try ward.creatinine(0.8, at: TestWard.at(hours: -24))
        try ward.creatinine(1.7, at: TestWard.at(hours: -1))
        return ward
    }

    @Test(arguments: [
        MedicationWording("万古霉素", "1g", "静滴", "q12h"),
        .init("Gentamicin", "5 mg/kg", "IV", "qd"),
        .init("硫酸阿米卡星注射液", "0.6g", "静滴", "qd"),
        .init("注射用多黏菌素B", "50万U", "静滴", "q12h"),
        .init("阿昔洛韦", "0.5g", "静滴", "q8h"),
        .init("他克莫司胶囊", "1mg", "口服", "q12h"),
        .init("布洛芬缓释胶囊", "0.3g", "口服", "bid"),
        .init("Toradol", "30 mg", "IV", "q6h"),
        .init("氟比洛芬酯注射液", "50mg", "静推", "bid"),
        .init("帕瑞昔布", "40mg", "静推", "q12h"),
        // IVIG (the index case's AKI followed it), tenofovir disoproxil, adefovir and mannitol (terminology
        // 2026.12.25: IGIV labels' boxed warning; the SmPCs' tubular toxicity; osmotic nephrosis).
        .init("静注人免疫球蛋白", "0.4g/kg", "静滴", "qd"),
        .init("富马酸替诺福韦二吡呋酯片", "300mg", "口服", "qd"),
        .init("阿德福韦酯片", "10mg", "口服", "qd"),
        .init("20%甘露醇", "125ml", "静滴", "q8h"),
    ])
    func aNephrotoxinDuringAKIAlerts(_ wording: MedicationWording) throws {
        var ward = try injuredKidneys()
        let order = try wording.order(on: &ward)
        let alert = try #require(ward.alerts(rule).first, "\(wording.testDescription)")
        #expect(alert.key == "\(rule):\(order)")
        #expect(alert.severity == .warning)
        #expect(alert.message.contains("nephrotoxic") && alert.message.contains("AKI stage 2"), "\(alert.message)")
        #expect(alert.data.contains { $0.contains("AKI stage 2: creatinine 1.7 mg/dL") && $0.contains("2.0 times or more the lowest value") }, "\(alert.data)")
        #expect(alert.notify.contains(.pharmacy) && alert.notify.contains(.nephrology))
    }

    @Test func akiStatedInTheHistoryCountsWithoutCreatinines() throws {
        var ward = try TestWard(problems: ["急性肾损伤（IVIG相关）"])
        try ward.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q12h")
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.data.contains { $0.contains("AKI stated") && $0.contains("急性肾损伤") }, "\(alert.data)")
        var recovered = try TestWard(problems: ["急性肾损伤已恢复"])
        try recovered.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q12h")
        #expect(recovered.alerts(rule).isEmpty)
    }

    @Test func eachOrderNamesTheOtherNephrotoxins() throws {
        var ward = try injuredKidneys()
        let vancomycin = try ward.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q12h")
        let ibuprofen = try ward.medication("布洛芬", dose: "0.3g", route: "口服", frequency: "bid")
        let alerts = ward.alerts(rule)
        #expect(alerts.map(\.triggeringRecords) == [[vancomycin], [ibuprofen]])
        #expect(alerts.first?.data.contains { $0.contains("also nephrotoxic") && $0.contains(ibuprofen) } == true)
    }

    @Test(arguments: [
        // Given locally (by the route or the drug's form), aspirin, drugs that are not nephrotoxic, stopped orders.
        MedicationWording("氟比洛芬凝胶贴膏", "1贴", "外用", "bid"),
        .init("双氯芬酸二乙胺乳胶剂", "适量", "局部", "tid"),
        .init("Diclofenac gel", "4 g", "topical", "qid"),
        .init("阿昔洛韦乳膏", "适量", "外用", "5次/日"),
        .init("妥布霉素滴眼液", "1滴", "滴眼", "qid"),
        .init("Gentamicin", "0.3%", "eye drops", "qid"),
        // Routes Chinese wards write for local use, and a bladder instillation on a neurogenic-bladder ward
        // (terminology 2026.12.27).
        .init("双氯芬酸钠", "适量", "外敷", "bid"),
        .init("庆大霉素注射液", "8万U", "膀胱冲洗", "bid"),
        .init("Gentamicin", "80 mg in 50 mL", "bladder instillation", "daily"),
        .init("阿昔洛韦", "适量", "涂患处", "tid"),
        .init("阿司匹林肠溶片", "100mg", "口服", "qd"),
        .init("美罗培南", "0.5g", "静滴", "q12h"),
        .init("对乙酰氨基酚", "0.5g", "口服", "q6h prn"),
    ])
    func localRoutesAndOtherDrugsAreSilent(_ wording: MedicationWording) throws {
        var ward = try injuredKidneys()
        try wording.order(on: &ward)
        #expect(ward.alerts(rule).isEmpty, "\(wording.testDescription)")
    }

    @Test func stableKidneysOrAStoppedOrderAreSilent() throws {
        var stable = try TestWard()
        try stable.creatinine(1.6, at: TestWard.at(hours: -48))
        try stable.creatinine(1.7, at: TestWard.at(hours: -1))
        try stable.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q12h")
        #expect(stable.alerts(rule).isEmpty)
        var stopped = try injuredKidneys()
        let order = try stopped.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q12h")
        try stopped.setStatus(order, .discontinued)
        #expect(stopped.alerts(rule).isEmpty)
    }

    /// KDIGO stages AKI 3 when dialysis starts; for a patient on maintenance dialysis a dialysis order starts
    /// nothing, and the renal summary no longer calls it AKI stage 3 (it did, on the board and in the handoff).
    @Test func maintenanceDialysisIsNoAcuteInjury() throws {
        var chronic = try TestWard(problems: ["维持性血液透析"])
        try chronic.procedure("血液透析 每周三次", service: .nephrology)
        try chronic.medication("万古霉素", dose: "1g", route: "静滴", frequency: "每周一次")
        let facts = ClinicalFacts(record: chronic.record, now: TestWard.t0, timeZone: .utc)
        #expect(facts.renal.aki.stage == 0 && facts.renal.renalReplacementTherapy != nil)
        #expect(chronic.alerts(rule).isEmpty)
        var acute = try TestWard()
        try acute.procedure("CRRT", service: .nephrology)
        try acute.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q24h")
        #expect(acute.alerts(rule).first?.message.contains("AKI stage 3") == true)
    }

    @Test func theAlertIsInChinese() throws {
        var ward = try injuredKidneys()
        try ward.medication("万古霉素", dose: "1g", route: "静滴", frequency: "q12h")
        let alert = try #require(ward.alerts(rule).first)
        let chinese = alert.text.text(in: .simplifiedChinese)
        #expect(chinese.contains("万古霉素具有肾毒性") && chinese.contains("急性肾损伤 2 期"), "\(chinese)")
    }
}
