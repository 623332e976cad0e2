import Foundation
import Testing
@testable import ConsultBoard

/// Iodinated contrast for a patient with an eGFR below 30 or AKI (`iodinated-contrast-renal`, rule set 2026.18):
/// only gadolinium had a rule, so a contrast CT or an angiogram in AKI met no alert.
@Suite struct IodinatedContrastRenalRuleTests {
    let rule = "iodinated-contrast-renal"

    /// A woman of 70: creatinine 0.8 mg/dL a day ago and 1.7 now is KDIGO AKI stage 2 (eGFR 31); 2.6 alone is an
    /// eGFR under 30 without AKI.
    func ward(_ creatinines: [(Double, Double)], problems: [String] = []) throws -> TestWard {
        var ward = try TestWard(age: 70, sex: .female, weightKg: 60, problems: problems)
        for (value, hours) in creatinines { try ward.creatinine(value, at: TestWard.at(hours: hours)) }
        return ward
    }

    @Test(arguments: [
        ("CT chest with contrast", Modality.ct, Contrast.iodinated),
        ("增强CT 腹部", .ct, .none),
        ("CTA head and neck", .ct, .none),
        ("全脑血管造影（DSA）", .xr, .none),
    ])
    func iodinatedContrastDuringAKIAlerts(text: String, modality: Modality, contrast: Contrast) throws {
        var ward = try ward([(0.8, -24), (1.7, -1)])
        let order = try ward.imaging(modality, region: "chest", contrast: contrast, text: text)
        let alert = try #require(ward.alerts(rule).first, "\(text)")
        #expect(alert.key == "\(rule):\(order)")
        #expect(alert.message.hasPrefix("Iodinated contrast with AKI stage 2, the risk group"), "\(alert.message)")
        #expect(alert.message.contains("intravenous isotonic fluid") && alert.message.contains("ACR-NKF 2020"))
        #expect(alert.data.contains { $0.hasPrefix("AKI stage 2: creatinine 1.7 mg/dL") }, "\(alert.data)")
        #expect(alert.notify.contains(.imaging) && alert.notify.contains(.nephrology))
    }

    @Test func anEGFRBelow30OrCKD4StatedAlerts() throws {
        var low = try ward([(2.6, -1)])
        try low.imaging(.ct, region: "abdomen", contrast: .iodinated, text: "CT abdomen")
        let alert = try #require(low.alerts(rule).first)
        #expect(alert.message.hasPrefix("Iodinated contrast with eGFR < 30,"), "\(alert.message)")
        #expect(alert.data.contains { $0.contains("eGFR") && $0.contains("is below 30") }, "\(alert.data)")
        var stated = try TestWard(problems: ["慢性肾脏病 4期"])
        try stated.imaging(.ct, region: "abdomen", contrast: .iodinated, text: "CT abdomen")
        #expect(stated.alerts(rule).first?.data.contains { $0.contains("CKD stage 4-5 (eGFR < 30) stated") } == true)
        #expect(stated.alerts(rule).first?.text.text(in: .simplifiedChinese).hasPrefix("eGFR < 30时使用碘对比剂") == true)
    }

    @Test func withoutRiskOnDialysisOrWithoutIodineIsSilent() throws {
        // Normal kidneys; gadolinium or no contrast; maintenance dialysis (no prophylaxis advised); a stopped order.
        var normal = try ward([(0.7, -1)])
        try normal.imaging(.ct, region: "chest", contrast: .iodinated, text: "CT chest")
        #expect(normal.alerts(rule).isEmpty)
        var other = try ward([(0.8, -24), (1.7, -1)])
        try other.imaging(.mri, region: "spine", contrast: .gadolinium, text: "MRI spine")
        try other.imaging(.ct, region: "head", contrast: .none, text: "CT head 平扫")
        #expect(other.alerts(rule).isEmpty)
        var dialysis = try ward([(6.5, -1)], problems: ["维持性血液透析"])
        try dialysis.imaging(.ct, region: "chest", contrast: .iodinated, text: "CT chest")
        #expect(dialysis.alerts(rule).isEmpty)
        var stopped = try ward([(0.8, -24), (1.7, -1)])
        let order = try stopped.imaging(.ct, region: "chest", contrast: .iodinated, text: "CT chest")
        try stopped.setStatus(order, .discontinued)
        #expect(stopped.alerts(rule).isEmpty)
    }
}
