import Foundation
import Testing
@testable import ConsultBoard

/// Gadolinium written in the order text or as the agent's name, with the contrast field saying none; non-contrast
/// wordings that must stay silent; the ACR group of a named agent.
@Suite struct ContrastWordingTests {
    /// A ward with eGFR < 30 (creatinine 3.0 mg/dL, 60-year-old man: about 23).
    static func lowEGFRWard() throws -> TestWard {
        var ward = try TestWard()
        try ward.creatinine(3.0)
        return ward
    }

    static let gadoliniumTexts: [String] = [
        "MRI C-spine with contrast", "MRI 颈椎增强", "颈椎MRI平扫+增强", "MRI lumbar spine with gadolinium", "MR enhanced",
        "增强MRI 胸椎", "MRI brain with Gadovist", "MRI with contrast (Dotarem)", "post-contrast MRI T-spine",
        "contrast-enhanced MRI", "钆对比剂增强扫描", "加乐显增强", "多它灵 MRI", "MultiHance MRI", "莫迪司增强", "ProHance",
        "钆布醇 0.1 mmol/kg", "MRI 钆喷酸葡胺增强", "Omniscan MRI", "马根维显 增强", "钆双胺", "Magnevist", "普美显 肝脏MRI",
        "Eovist liver MRI", "MRI C+ gad", "ＭＲＩ　增强", "胸椎MR增强扫描", "MRI spine with gad",
        // A study before and after contrast (terminology 2026.12.6): "without contrast" inside it was read as no
        // contrast, so a low eGFR beside it was silent.
        "MRI C-spine with and without contrast", "MRI C-spine w/wo", "MRI T-spine w/ and w/o contrast",
        "MRI L-spine with/without contrast", "MRI pre- and post-contrast", "MRI brain pre and post gadolinium",
    ]

    static let groupI: [String] = ["MRI 钆喷酸葡胺增强", "Omniscan MRI", "马根维显 增强", "钆双胺", "Magnevist", "gadodiamide", "欧乃影", "OptiMARK"]

    static let nonContrastTexts: [String] = [
        "MRI C-spine without contrast", "颈椎MRI平扫", "MRI non-contrast", "MRI no gadolinium", "MRI lumbar spine",
        "MRI 平扫", "plain MRI", "MRI w/o contrast", "胸椎MR平扫", "MRI whole spine, non contrast",
        // Contrast said not to be given, before the word or as a field's answer (terminology 2026.12.6): each was
        // read as contrast.
        "颈椎MRI 不打造影剂", "MRI 平扫（不用对比剂）", "颈椎MRI，无需造影剂", "MRI 禁用钆剂", "MRI 避免使用钆对比剂",
        "颈椎MRI，增强：否", "MRI 造影剂：无", "颈椎MRI 钆剂：否", "MRI C-spine, contrast: no", "MRI, gadolinium: none",
        // Enhancement waived, and a question answered no (terminology 2026.12.11 and .12): each was read as contrast.
        "颈椎MRI免增强", "MRI 平扫（免增强）", "颈椎MRI 不做增强", "颈椎MRI 增强？否",
    ]

    @Test(arguments: gadoliniumTexts)
    func gadoliniumInTheTextCountsWithContrastNone(_ text: String) throws {
        var ward = try Self.lowEGFRWard()
        let order = try ward.imaging(contrast: .none, text: text)
        let alert = try #require(ward.alerts("gadolinium-renal").first, "\(text)")
        #expect(alert.triggeringRecords == [order])
        #expect(ward.alerts("imaging-contrast-contradiction").first?.triggeringRecords == [order], "\(text)")
    }

    @Test(arguments: groupI)
    func aGroupIAgentIsContraindicated(_ text: String) throws {
        var ward = try Self.lowEGFRWard()
        try ward.imaging(contrast: .gadolinium, text: text)
        let alert = try #require(ward.alerts("gadolinium-renal").first, "\(text)")
        #expect(alert.severity == .urgent)
        #expect(alert.message.contains("contraindicated"))
    }

    @Test(arguments: nonContrastTexts)
    func nonContrastWordingIsSilent(_ text: String) throws {
        var ward = try Self.lowEGFRWard()
        try ward.imaging(contrast: .none, text: text)
        #expect(ward.alerts("gadolinium-renal").isEmpty, "\(text)")
        #expect(ward.alerts("imaging-contrast-contradiction").isEmpty, "\(text)")
    }

    @Test func aGroupIIAgentIsConfirmedNotForbidden() throws {
        var ward = try Self.lowEGFRWard()
        try ward.imaging(contrast: .gadolinium, text: "MRI C-spine, 钆布醇")
        let alert = try #require(ward.alerts("gadolinium-renal").first)
        #expect(alert.severity == .warning)
        #expect(alert.message.contains("gadobutrol is a group II agent"))
    }

    @Test func dialysisInTheProblemsIsEnoughAndAsksForDialysisAfter() throws {
        var ward = try TestWard(problems: ["ESRD on HD (维持性血液透析 周一三五)"])
        try ward.creatinine(0.9)
        try ward.imaging(contrast: .gadolinium, text: "MRI T-spine")
        let alert = try #require(ward.alerts("gadolinium-renal").first)
        #expect(alert.message.contains("haemodialysis soon after"))
    }

    @Test func normalKidneysStaySilentEvenWithContrast() throws {
        var ward = try TestWard()
        try ward.creatinine(0.9)
        try ward.imaging(contrast: .none, text: "MRI 颈椎增强")
        #expect(ward.alerts("gadolinium-renal").isEmpty)
        #expect(ward.alerts("imaging-contrast-contradiction").count == 1)
    }

    /// CT studies that always give iodinated contrast, named by their abbreviation or in Chinese (terminology
    /// 2026.12.12): each was read as a plain CT, so a contrast order written this way met no contrast check.
    @Test(arguments: ["CTU", "CT尿路成像", "CTV 颅内静脉窦", "CT灌注成像", "CTP 头颅", "头颈CT血管成像", "CT venography"])
    func ctStudiesWithContrastAreIodinated(_ text: String) throws {
        var ward = try Self.lowEGFRWard()
        try ward.imaging(.ct, region: "head", contrast: .none, text: text)
        #expect(ward.alerts("imaging-contrast-contradiction").first?.message.contains("iodinated") == true, "\(text)")
    }

    @Test func enhancedCTIsIodinatedNotGadolinium() throws {
        var ward = try Self.lowEGFRWard()
        try ward.imaging(.ct, region: "chest", contrast: .none, text: "胸部增强CT")
        #expect(ward.alerts("gadolinium-renal").isEmpty)
        #expect(ward.alerts("imaging-contrast-contradiction").first?.message.contains("iodinated") == true)
    }
}
