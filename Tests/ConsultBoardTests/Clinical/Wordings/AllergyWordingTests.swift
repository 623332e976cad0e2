import Foundation
import Testing
@testable import ConsultBoard

/// Orders checked against the recorded allergies, with class cross-reactivity, in English and Chinese.
@Suite struct AllergyWordingTests {
    let rule = "allergy-conflict"

    static func ward(allergies: String) throws -> TestWard {
        var ward = try TestWard()
        try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, allergies: allergies)))
        return ward
    }

    // allergies, order, expected severity
    static let conflicts: [(String, MedicationWording, AlertSeverity)] = [
        ("Penicillin (anaphylaxis)", .init("Amoxicillin", "500 mg", "PO", "tid"), .urgent),
        ("青霉素过敏（皮疹）", .init("阿莫西林克拉维酸钾", "1.2g", "静滴", "q8h"), .urgent),
        ("PCN", .init("Tazocin", "4.5 g", "IV", "q8h"), .urgent),
        ("青霉素类", .init("哌拉西林他唑巴坦", "4.5g", "ivgtt", "q8h"), .urgent),
        ("Penicillin (rash)", .init("Ceftriaxone", "2 g", "IV", "qd"), .warning),
        ("青霉素（皮疹）", .init("头孢曲松钠", "2g", "静滴", "qd"), .warning),
        ("Penicillin (anaphylaxis)", .init("Cefazolin", "2 g", "IV", "q8h"), .urgent),
        ("penicillin (hives)", .init("Meropenem", "1 g", "IV", "q8h"), .warning),
        ("头孢类过敏", .init("罗氏芬", "2g", "静滴", "qd"), .urgent),
        ("cephalosporins (rash)", .init("Cefepime", "2 g", "IV", "q8h"), .urgent),
        ("Sulfonamides (rash)", .init("Bactrim", "960 mg", "PO", "bid"), .urgent),
        ("磺胺类", .init("复方新诺明", "0.96g", "口服", "bid"), .urgent),
        ("sulfa", .init("SMZ-TMP", "2 tabs", "PO", "bid"), .urgent),
        ("NSAIDs (bronchospasm)", .init("Ibuprofen", "400 mg", "PO", "tid"), .urgent),
        ("非甾体抗炎药", .init("塞来昔布", "200mg", "口服", "qd"), .urgent),
        ("布洛芬", .init("Diclofenac", "50 mg", "PO", "bid"), .urgent),

        ("阿片类", .init("盐酸羟考酮缓释片", "10mg", "口服", "q12h"), .urgent),
        // Opioids and NSAIDs Chinese wards give (terminology 2026.12.21): each was an unrecognised medication, so
        // an allergy to its class met no alert.
        ("阿片类药物过敏", .init("丁丙诺啡透皮贴剂", "5ug/h", "外用", "每周一次"), .urgent),
        ("Opioids (anaphylaxis)", .init("Nalbuphine", "10 mg", "IV", "q6h prn"), .urgent),
        ("吗啡（荨麻疹）", .init("喷他佐辛", "30mg", "肌注", "st"), .urgent),
        ("Morphine (hives)", .init("Tapentadol", "50 mg", "PO", "q6h"), .urgent),
        ("非甾体抗炎药过敏（哮喘）", .init("艾瑞昔布片", "0.1g", "口服", "bid"), .urgent),
        ("NSAIDs (angioedema)", .init("Nimesulide", "100 mg", "PO", "bid"), .urgent),
        ("布洛芬（哮喘）", .init("注射用氯诺昔康", "8mg", "静推", "bid"), .urgent),
        ("阿司匹林过敏", .init("注射用赖氨匹林", "0.9g", "静滴", "st"), .urgent),
        ("Vancomycin (red man syndrome)", .init("万古霉素", "1g", "静滴", "q12h"), .warning),
        ("Vancomycin (anaphylaxis)", .init("万古霉素", "1g", "静滴", "q12h"), .urgent),
        ("Codeine (confusion)", .init("Morphine", "5 mg", "IV", "q4h prn"), .warning),
        ("Codeine (hives)", .init("Morphine", "5 mg", "IV", "q4h prn"), .urgent),
        // Oxycodone with paracetamol by its brands (terminology 2026.12.6): an unrecognised medication before.
        ("吗啡（荨麻疹）", .init("泰勒宁", "1片", "口服", "q6h"), .urgent),
        ("Morphine (hives)", .init("Percocet", "5/325 mg", "PO", "q6h prn"), .urgent),
        ("Xyzzymycin (rash)", .init("Xyzzymycin", "1 g", "IV", "qd"), .urgent),
        ("aspirin (angioedema)", .init("阿司匹林肠溶片", "100mg", "口服", "qd"), .urgent),
        // The allergen under one name, the order under another (terminology 2026.12.3).
        ("左氧氟沙星（皮疹）", .init("可乐必妥", "0.5g", "静滴", "qd"), .urgent),
        ("Levofloxacin (rash)", .init("乳酸左氧氟沙星注射液", "0.5g", "ivgtt", "qd"), .urgent),
        ("呋塞米过敏", .init("速尿", "20mg", "静推", "qd"), .urgent),
        ("大扶康（皮疹）", .init("氟康唑胶囊", "150mg", "口服", "qd"), .urgent),
        ("Zithromax (hives)", .init("阿奇霉素", "0.5g", "静滴", "qd"), .urgent),
        // A negation in the reaction, or a word that only looks like one, never hides the allergy.
        ("Penicillin (rash, not anaphylaxis)", .init("Amoxicillin", "500 mg", "PO", "tid"), .urgent),
        ("青霉素（皮疹，无过敏性休克）", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("青霉素皮试阳性", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("否认药物过敏史，青霉素过敏", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("非甾体抗炎药过敏（哮喘）", .init("布洛芬", "0.3g", "口服", "bid"), .urgent),
        // 解热镇痛抗炎药 is the NSAIDs' name in Chinese pharmacology (terminology 2026.12.6): the allergy was unread.
        ("解热镇痛药过敏（哮喘）", .init("布洛芬", "0.3g", "口服", "bid"), .urgent),
        ("解热镇痛抗炎药过敏", .init("双氯芬酸钠缓释片", "75mg", "口服", "qd"), .urgent),
        ("Norfloxacin (rash)", .init("Norfloxacin", "400 mg", "PO", "bid"), .urgent),
        // The fluoroquinolones are one allergy class (rule set 2026.9): an allergy to one meets the others.
        ("左氧氟沙星（皮疹）", .init("拜复乐", "0.4g", "静滴", "qd"), .urgent),
        ("Ciprofloxacin (hives)", .init("Avelox", "400 mg", "IV", "qd"), .urgent),
        ("喹诺酮类过敏", .init("环丙沙星", "0.4g", "静滴", "q12h"), .urgent),
        ("沙星类药物过敏", .init("诺氟沙星胶囊", "0.4g", "口服", "bid"), .urgent),
        ("氟哌酸过敏", .init("乳酸左氧氟沙星氯化钠注射液", "0.5g", "静滴", "qd"), .urgent),
        ("Quinolones (anaphylaxis)", .init("Levaquin", "750 mg", "PO", "qd"), .urgent),
        ("氧氟沙星（皮疹）", .init("左氧氟沙星片", "0.5g", "口服", "qd"), .urgent),
        // A field whose answer names the allergen, or says yes, is an allergy.
        ("过敏史：青霉素", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("青霉素：过敏", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("penicillin allergy: yes", .init("Amoxicillin", "500 mg", "PO", "tid"), .urgent),
        // Only a plain no after the allergy word denies it (terminology 2026.12.9): a denied reaction, an unknown
        // history, a suspicion or a word that goes on leaves the allergy standing.
        ("青霉素过敏 无过敏性休克", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("青霉素过敏史不详", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("疑似青霉素过敏", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("青霉素过敏待排", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("penicillin allergy unlikely", .init("Amoxicillin", "500 mg", "PO", "tid"), .urgent),
        ("penicillin allergy no anaphylaxis", .init("Amoxicillin", "500 mg", "PO", "tid"), .urgent),
        ("青霉素（无）", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("对青霉素过敏", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("有无青霉素过敏：有", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        ("青霉素过敏？", .init("阿莫西林", "0.5g", "口服", "tid"), .urgent),
        // Penicillins, penems and quinolones a Chinese ward gives that the terminology did not list (terminology
        // 2026.12.15): each was only an unrecognised medication, with no allergy alert. Listed now, and one it still
        // does not list is its class by the stem of its Chinese name (西林 -cillin, 培南 -penem, 沙星 -oxacin).
        ("青霉素过敏", .init("美洛西林钠舒巴坦钠", "2.5g", "静滴", "q8h"), .urgent),
        ("Penicillin (rash)", .init("mezlocillin", "3 g", "IV", "q8h"), .urgent),
        ("青霉素类", .init("阿洛西林钠", "2g", "静滴", "bid"), .urgent),
        ("青霉素（皮疹）", .init("磺苄西林钠", "2g", "静滴", "bid"), .urgent),
        ("碳青霉烯类过敏", .init("法罗培南钠片", "0.2g", "口服", "tid"), .urgent),
        ("penicillin (hives)", .init("法罗培南", "0.2g", "口服", "tid"), .warning),
        ("喹诺酮类过敏", .init("安妥沙星", "0.2g", "口服", "qd"), .urgent),
        ("左氧氟沙星（皮疹）", .init("西他沙星", "50mg", "口服", "bid"), .urgent),
        ("Levofloxacin (hives)", .init("gatifloxacin", "400 mg", "PO", "qd"), .urgent),
    ]

    static let noConflict: [(String, MedicationWording)] = [
        ("Penicillin (rash)", .init("Vancomycin", "1 g", "IV", "q12h")),
        ("Sulfonamides (rash)", .init("Furosemide", "40 mg", "IV", "qd")),
        ("NKDA", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("无", .init("Ibuprofen", "400 mg", "PO", "tid")),
        ("", .init("Morphine", "5 mg", "IV", "q4h")),
        ("Codeine (confusion)", .init("Paracetamol", "1 g", "PO", "q6h")),
        ("头孢类过敏", .init("Vancomycin", "1 g", "IV", "q12h")),
        ("Levofloxacin (rash)", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("喹诺酮类过敏", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("否认喹诺酮类药物过敏史", .init("左氧氟沙星", "0.5g", "静滴", "qd")),
        ("Amoxicillin (rash)", .init("Moxifloxacin", "400 mg", "PO", "qd")),
        // The record denies the allergy.
        ("否认青霉素过敏史", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("无青霉素过敏", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素过敏史（-）", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素（阴性）", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素皮试阴性", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("no known penicillin allergy", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("denies penicillin allergy", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("penicillin allergy ruled out", .init("Amoxicillin", "500 mg", "PO", "tid")),
        // A field answered no (terminology 2026.12.6): each gave an urgent conflict.
        ("青霉素过敏：无", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素过敏史：否", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("penicillin allergy: none", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("PCN allergy: no", .init("Amoxicillin", "500 mg", "PO", "tid")),
        // Denied between the substance and the allergy word, or answered no after it without a colon (terminology
        // 2026.12.9): each gave an urgent conflict that quoted the denial as the allergy.
        ("对青霉素不过敏", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素无过敏史", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("对头孢未见过敏", .init("头孢曲松", "2g", "静滴", "qd")),
        ("对青霉素无明显过敏反应", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素过敏（否）", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("青霉素过敏史 无", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("磺胺过敏否", .init("复方新诺明", "0.96g", "口服", "bid")),
        ("penicillin allergy? no", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("penicillin allergy - none", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("penicillin: not allergic", .init("Amoxicillin", "500 mg", "PO", "tid")),
        ("sulfa - no allergy", .init("Bactrim", "960 mg", "PO", "bid")),
        ("青霉素过敏？否", .init("阿莫西林", "0.5g", "口服", "tid")),
        ("有无青霉素过敏：无", .init("阿莫西林", "0.5g", "口服", "tid")),
    ]

    @Test(arguments: conflicts)
    func ordersConflictingWithAnAllergyAlert(allergies: String, order: MedicationWording, severity: AlertSeverity) throws {
        var ward = try Self.ward(allergies: allergies)
        let id = try order.order(on: &ward)
        let alert = try #require(ward.alerts(rule).first, "\(allergies) / \(order.testDescription)")
        #expect(alert.severity == severity, "\(allergies) / \(order.testDescription): \(alert.message)")
        #expect(alert.triggeringRecords == [id])
    }

    @Test func theWordsAreTheTerminologysAndAWardCanAddTo() throws {
        // "排除" (excluded) before the substance is not one of the built-in denials: the allergy stands.
        let text = "排除青霉素过敏; penicillin (hives, mild)"
        #expect(RecordedAllergy.parse(text, terminology: .standard).map(\.substance) == ["排除青霉素过敏", "penicillin"])
        let json = #"{"format": 1, "version": "ward 4", "words": {"allergyDenialBefore": ["排除"], "allergyIntolerance": ["mild"]}}"#
        let ward = try Terminology.standard.merging(try Terminology.decode(Data(json.utf8), name: "ward.json"), name: "ward.json")
        let read = RecordedAllergy.parse(text, terminology: ward)
        #expect(read.map(\.substance) == ["penicillin"])
        #expect(read.first?.intolerance == true)
        // The built-in lists stay whole: the ward's words are added to them.
        #expect(RecordedAllergy.parse("否认青霉素过敏史", terminology: ward).isEmpty)
    }

    @Test func aReactionIsReadWholeAndWhatItRulesOutIsNotRecorded() {
        let terms = Terminology.standard
        let ruledOut = RecordedAllergy.parse("Penicillin (rash, not anaphylaxis); 头孢类（皮疹，无过敏性休克）", terminology: terms)
        #expect(ruledOut.map(\.substance) == ["Penicillin", "头孢类"])
        #expect(ruledOut.map(\.severe) == [false, false])
        let severe = RecordedAllergy.parse("Penicillin (rash, then anaphylaxis)、磺胺（过敏性休克）", terminology: terms)
        #expect(severe.map(\.severe) == [true, true])
        #expect(RecordedAllergy.parse("否认青霉素过敏史，磺胺类过敏", terminology: terms).map(\.substance) == ["磺胺类过敏"])
    }

    @Test(arguments: noConflict)
    func unrelatedOrdersAndNoAllergiesAreSilent(allergies: String, order: MedicationWording) throws {
        var ward = try Self.ward(allergies: allergies)
        try order.order(on: &ward)
        #expect(ward.alerts(rule).isEmpty, "\(allergies) / \(order.testDescription)")
    }

    @Test(arguments: [
        ("gadolinium (urticaria)", Contrast.none, "MRI 颈椎增强"),
        ("钆对比剂过敏", .gadolinium, "MRI C-spine"),
        ("Omniscan (hives)", .gadolinium, "MRI with Gadovist"),
        ("iodinated contrast (anaphylaxis)", .iodinated, "CT abdomen"),
        ("造影剂过敏", .gadolinium, "MRI T-spine"),
    ])
    func contrastOrdersAreCheckedAgainstContrastAllergies(allergies: String, contrast: Contrast, text: String) throws {
        var ward = try Self.ward(allergies: allergies)
        let modality: Modality = contrast == .iodinated ? .ct : .mri
        let order = try ward.imaging(modality, contrast: contrast, text: text)
        #expect(ward.alerts(rule).first?.triggeringRecords == [order], "\(allergies) / \(text)")
    }

    /// An X-ray contrast study and a procedure that names one give iodinated contrast (terminology 2026.12.13): a
    /// DSA, a myelogram, a discogram or an IVP beside a contrast allergy met no alert, since only CT and MRI orders
    /// were read for contrast. Barium, a contrast ultrasound, a procedure that only mentions the allergy, and one
    /// that says no contrast, give none.
    @Test(arguments: [
        (Modality?.some(.xr), "DSA", true), (.xr, "静脉肾盂造影", true), (.xr, "上消化道钡餐造影", false), (.us, "超声造影", false),
        (.xr, "胸片", false), (nil, "全脑血管造影(DSA)", true), (nil, "L4/5椎间盘造影术", true), (nil, "CT脊髓造影", true),
        (nil, "cerebral angiography", true), (nil, "腰穿（患者造影剂过敏）", false), (nil, "超声造影引导下肝穿刺", false),
        (nil, "不造影，直接穿刺", false), (nil, "enhanced recovery protocol", false),
    ])
    func contrastStudiesBesideAContrastAllergy(modality: Modality?, text: String, alerts: Bool) throws {
        var ward = try Self.ward(allergies: "碘造影剂过敏")
        let order = try modality.map { try ward.imaging($0, contrast: .none, text: text) } ?? ward.procedure(text, service: .neurology)
        let found = ward.alerts(rule)
        #expect(found.map(\.triggeringRecords) == (alerts ? [[order]] : []), "\(text)")
    }

    /// An allergy written as a reaction to a study or an enhanced scan, not to an agent (rule v7): each was read as
    /// no allergy, so a contrast study beside "anaphylaxis after coronary angiography" met no alert. A study that
    /// was tolerated, a magnetic resonance study beside iodinated contrast, and barium are none.
    @Test(arguments: [
        ("冠脉造影后过敏性休克", Contrast.iodinated, AlertSeverity?.some(.urgent)),
        ("增强CT后皮疹", .iodinated, .urgent),
        ("做增强CT出现荨麻疹", .iodinated, .urgent),
        ("CT增强过敏", .iodinated, .urgent),
        ("静脉肾盂造影后过敏", .iodinated, .urgent),
        ("MRI增强过敏", .gadolinium, .urgent),
        ("核磁增强后皮疹", .gadolinium, .urgent),
        ("contrast reaction (hives)", .iodinated, .warning),
        ("MRI增强过敏", .iodinated, nil),
        ("钡餐过敏", .iodinated, nil),
        ("增强CT无不适", .iodinated, nil),
        ("contrast CT tolerated", .iodinated, nil),
        ("增强CT耐受良好", .iodinated, nil),
    ])
    func aReactionToAStudyIsAnAllergyToItsContrast(allergies: String, contrast: Contrast, severity: AlertSeverity?) throws {
        var ward = try Self.ward(allergies: allergies)
        let order = try ward.imaging(contrast == .iodinated ? .ct : .mri, contrast: contrast, text: "cervical spine with contrast")
        let found = ward.alerts(rule)
        #expect(found.map(\.triggeringRecords) == (severity == nil ? [] : [[order]]), "\(allergies)")
        #expect(found.first?.severity == severity, "\(allergies)")
    }

    @Test func aToleratedWordDoesNotHideAnAllergyItsPartRecords() throws {
        var ward = try Self.ward(allergies: "青霉素过敏性休克抢救后无不适")
        try ward.medication("阿莫西林", dose: "0.5g", route: "口服", frequency: "tid")
        #expect(ward.alerts(rule).first?.severity == .urgent)
    }

    @Test func anIodinatedAllergyDoesNotFireForGadolinium() throws {
        var ward = try Self.ward(allergies: "碘造影剂过敏")
        try ward.imaging(contrast: .gadolinium, text: "MRI C-spine")
        #expect(ward.alerts(rule).isEmpty)
    }

    /// An allergy to iodine itself, as Chinese and English charts write it, beside iodinated contrast (the field, or
    /// the text alone): a warning that asks what reacted, not "do not give" (ACR Manual on Contrast Media 2024), and
    /// urgent when the reaction recorded was severe.
    @Test(arguments: [
        ("碘过敏", Contrast.iodinated, "CT 胸部增强", AlertSeverity.warning),
        ("碘", .none, "CT 增强扫描 碘海醇", .warning),
        ("iodine allergy", .iodinated, "CT abdomen", .warning),
        ("Iodine (rash)", .none, "CTA neck with IV contrast", .warning),
        ("碘伏过敏（皮疹）", .iodinated, "CT 颈椎", .warning),
        ("povidone-iodine", .iodinated, "CT myelogram", .warning),
        ("聚维酮碘、青霉素", .iodinated, "CT", .warning),
        ("碘过敏（过敏性休克）", .iodinated, "CT 增强", .urgent),
    ])
    func anIodineAllergyBesideIodinatedContrastAsksWhatReacted(allergies: String, contrast: Contrast, text: String, severity: AlertSeverity) throws {
        var ward = try Self.ward(allergies: allergies)
        let order = try ward.imaging(.ct, contrast: contrast, text: text)
        let alerts = ward.alerts(rule)
        #expect(alerts.map(\.severity) == [severity], "\(allergies) / \(text)")
        #expect(alerts.first?.triggeringRecords == [order])
        if severity == .warning {
            #expect(alerts.first?.message.contains("not by itself an allergy to iodinated contrast") == true, "\(alerts.first?.message ?? "")")
            #expect(alerts.first?.message.contains("Ask the patient") == true)
        }
    }

    /// Iodine is not gadolinium, not a drug class, and no contrast at all: silent without iodinated contrast, and
    /// an iodine allergy never makes an order read as contrast.
    @Test(arguments: [
        ("碘过敏", Contrast.gadolinium, "MRI C-spine 钆剂"),
        ("碘过敏", .none, "CT 颈椎平扫"),
        ("iodine", .none, "CT head without contrast"),
        ("碘伏", .none, "MRI T-spine"),
    ])
    func anIodineAllergyIsSilentWithoutIodinatedContrast(allergies: String, contrast: Contrast, text: String) throws {
        var ward = try Self.ward(allergies: allergies)
        try ward.imaging(contrast == .gadolinium ? .mri : .ct, contrast: contrast, text: text)
        #expect(ward.alerts(rule).isEmpty, "\(allergies) / \(text)")
    }

    /// A chart that says the patient is not allergic to iodine, the ways wards write it: no alert beside iodinated
    /// contrast (each was an iodine warning quoting the denial before terminology 2026.12.9).
    @Test(arguments: ["对碘不过敏", "碘无过敏史", "碘过敏（无）", "碘过敏：否", "碘过敏 否", "iodine: no allergy", "iodine - not allergic", "无碘过敏"])
    func aDeniedIodineAllergyIsSilentBesideIodinatedContrast(allergies: String) throws {
        var ward = try Self.ward(allergies: allergies)
        try ward.imaging(.ct, contrast: .iodinated, text: "CT 颈椎增强")
        #expect(ward.alerts(rule).isEmpty, "\(allergies)")
    }

    /// Amiodarone carries iodine and its labels contraindicate it with an iodine hypersensitivity; reactions in
    /// patients with a recorded iodine or contrast allergy are rare (Lakshmanadoss 2012): an iodine allergy asks what
    /// reacted (urgent when the reaction was severe); a contrast allergy or a denied one says nothing (rule set
    /// 2026.12: silent before).
    @Test(arguments: [
        ("碘过敏", MedicationWording("胺碘酮", "150mg", "静推", "once"), AlertSeverity?.some(.warning)),
        ("iodine (rash)", .init("Cordarone", "200 mg", "PO", "tid"), .warning),
        ("碘伏过敏", .init("盐酸胺碘酮片", "0.2g", "口服", "qd"), .warning),
        ("碘过敏（过敏性休克）", .init("可达龙", "150mg", "静滴", "once"), .urgent),
        ("造影剂过敏", .init("胺碘酮", "150mg", "静推", "once"), nil),
        ("对碘不过敏", .init("胺碘酮", "150mg", "静推", "once"), nil),
        ("碘过敏", .init("美托洛尔", "25mg", "口服", "bid"), nil),
    ])
    func anIodineAllergyBesideAmiodaroneAsksWhatReacted(allergies: String, order: MedicationWording, severity: AlertSeverity?) throws {
        var ward = try Self.ward(allergies: allergies)
        let id = try order.order(on: &ward)
        let alerts = ward.alerts(rule)
        #expect(alerts.map(\.severity) == (severity.map { [$0] } ?? []), "\(allergies) / \(order.testDescription)")
        guard severity != nil else { return }
        #expect(alerts.first?.triggeringRecords == [id])
        #expect(alerts.first?.message.contains("contains iodine") == true, "\(alerts.first?.message ?? "")")
        if severity == .warning { #expect(alerts.first?.message.contains("Ask the patient and the record what reacted") == true) }
    }

    @Test func anIodineAllergyIsNotAContrastClassForADrugOrder() throws {
        var ward = try Self.ward(allergies: "碘过敏")
        try MedicationWording("Amoxicillin", "500 mg", "PO", "tid").order(on: &ward)
        #expect(ward.alerts(rule).isEmpty)
    }

    /// A drug the terminology does not list, written as what an allergy class names: povidone-iodine and potassium
    /// iodide beside an iodine allergy, an unlisted cephalosporin beside a cephalosporin allergy.
    @Test(arguments: [
        ("碘过敏", MedicationWording("碘伏", "适量", "外用", "bid")),
        ("iodine (contact dermatitis)", MedicationWording("Povidone-iodine 10% solution", "topical", "TOP", "bid")),
        ("碘", MedicationWording("碘化钾", "130mg", "口服", "qd")),
        ("头孢类过敏", MedicationWording("头孢新药X", "1g", "静滴", "q12h")),
    ])
    func aDrugWrittenAsAnAllergyClassConflicts(allergies: String, order: MedicationWording) throws {
        var ward = try Self.ward(allergies: allergies)
        try order.order(on: &ward)
        #expect(ward.alerts(rule).map(\.severity) == [.urgent], "\(allergies) / \(order.testDescription)")
    }

    /// An unlisted drug is checked as its class like a listed one: an unlisted cephalosporin beside a penicillin
    /// allergy is the beta-lactam warning (it was silent).
    @Test func anUnlistedCephalosporinBesideAPenicillinAllergyIsTheBetaLactamWarning() throws {
        var ward = try Self.ward(allergies: "青霉素（皮疹）")
        try MedicationWording("头孢新药X", "1g", "静滴", "q12h").order(on: &ward)
        #expect(ward.alerts(rule).map(\.severity) == [.warning])
    }
}
