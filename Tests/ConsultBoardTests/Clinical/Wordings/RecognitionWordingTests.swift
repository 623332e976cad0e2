import Foundation
import Testing
@testable import ConsultBoard

/// Drug names as written on orders: generic, Chinese generic with salt and form suffixes, brands (Chinese and
/// international), full-width and mixed; frequencies in every notation; unknown drugs made visible.
@Suite struct RecognitionWordingTests {
    let terms = Terminology.standard

    @Test(arguments: [
        ("依诺肝素钠注射液", "enoxaparin"), ("克赛(依诺肝素钠注射液)", "enoxaparin"), ("Enoxaparin Sodium Injection", "enoxaparin"),
        ("ｅｎｏｘａｐａｒｉｎ", "enoxaparin"), ("那屈肝素钙注射液", "nadroparin"), ("速碧林", "nadroparin"),
        ("达肝素钠注射液(法安明)", "dalteparin"), ("肝素钠注射液", "heparin"), ("Heparin Sodium Injection USP", "heparin"),
        ("磺达肝癸钠注射液", "fondaparinux"), ("利伐沙班片", "rivaroxaban"), ("拜瑞妥", "rivaroxaban"), ("阿哌沙班片", "apixaban"),
        ("艾乐妥", "apixaban"), ("Eliquis 5mg tablets", "apixaban"), ("达比加群酯胶囊", "dabigatran"), ("泰毕全", "dabigatran"),
        ("Pradaxa capsules", "dabigatran"), ("dabigatran etexilate mesylate", "dabigatran"), ("甲苯磺酸艾多沙班片", "edoxaban"),
        ("里先安", "edoxaban"), ("华法林钠片", "warfarin"), ("阿司匹林肠溶片", "aspirin"), ("拜阿司匹灵", "aspirin"),
        ("硫酸氢氯吡格雷片", "clopidogrel"), ("波立维", "clopidogrel"), ("泰嘉", "clopidogrel"), ("替格瑞洛片", "ticagrelor"),
        ("倍林达", "ticagrelor"), ("西洛他唑片", "cilostazol"), ("钆双胺注射液", "gadodiamide"), ("欧乃影", "gadodiamide"),
        ("钆喷酸葡胺注射液", "gadopentetate dimeglumine"), ("马根维显", "gadopentetate dimeglumine"), ("钆布醇注射液", "gadobutrol"),
        ("加乐显", "gadobutrol"), ("钆特酸葡胺注射液", "gadoterate meglumine"), ("多它灵", "gadoterate meglumine"),
        ("莫迪司", "gadobenate dimeglumine"), ("普美显", "gadoxetate disodium"), ("注射用甲泼尼龙琥珀酸钠", "methylprednisolone"),
        ("甲强龙", "methylprednisolone"), ("美卓乐", "methylprednisolone"), ("SoluMedrol", "methylprednisolone"),
        ("地塞米松磷酸钠注射液", "dexamethasone"), ("氢化可的松琥珀酸钠", "hydrocortisone"), ("醋酸泼尼松片", "prednisone"),
        ("泼尼松龙片", "prednisolone"), ("他克莫司胶囊", "tacrolimus"), ("利妥昔单抗注射液", "rituximab"),
        ("托珠单抗注射液", "tocilizumab"), ("静注人免疫球蛋白(pH4)", "intravenous immunoglobulin"), ("丙种球蛋白", "intravenous immunoglobulin"),
        ("注射用头孢曲松钠", "ceftriaxone"), ("复方新诺明", "sulfamethoxazole-trimethoprim"), ("哌拉西林他唑巴坦", "piperacillin-tazobactam"),
        ("盐酸吗啡注射液", "morphine"), ("布洛芬缓释胶囊(芬必得)", "ibuprofen"), ("碘海醇注射液(欧乃派克)", "iohexol"),
        ("可乐必妥", "levofloxacin"), ("乳酸左氧氟沙星氯化钠注射液", "levofloxacin"), ("盐酸莫西沙星片(拜复乐)", "moxifloxacin"),
        ("速尿", "furosemide"), ("呋塞米注射液", "furosemide"), ("Lasix 40mg", "furosemide"), ("安体舒通", "spironolactone"),
        ("苯磺酸氨氯地平片(络活喜)", "amlodipine"), ("代文", "valsartan"), ("厄贝沙坦片", "irbesartan"), ("氯沙坦钾片", "losartan"),
        ("富马酸替诺福韦二吡呋酯片", "tenofovir disoproxil"), ("韦瑞德", "tenofovir disoproxil"), ("韦立得", "tenofovir alafenamide"),
        ("大扶康", "fluconazole"), ("利奈唑胺注射液", "linezolid"), ("克林霉素磷酸酯注射液", "clindamycin"), ("强力霉素", "doxycycline"),
        ("甲硝唑氯化钠注射液", "metronidazole"), ("盐酸替扎尼定片", "tizanidine"), ("别嘌醇片", "allopurinol"),
        // Terminology 2026.12.5: thrombolytics, fluoroquinolones and drugs common on an SCI ward.
        ("注射用阿替普酶", "alteplase"), ("爱通立", "alteplase"), ("rt-PA", "alteplase"), ("注射用尿激酶", "urokinase"),
        ("氟哌酸", "norfloxacin"), ("盐酸胺碘酮注射液", "amiodarone"), ("可达龙", "amiodarone"), ("倍他乐克缓释片", "metoprolol"),
        ("开浦兰", "levetiracetam"), ("盐酸罗哌卡因注射液", "ropivacaine"), ("耐乐品", "ropivacaine"), ("得普利麻", "propofol"),
        ("溴吡斯的明片", "pyridostigmine"), ("胃复安", "metoclopramide"), ("立普妥", "atorvastatin"), ("思瑞康", "quetiapine"),
        ("劳拉西泮片", "lorazepam"), ("氯硝西泮片", "clonazepam"), ("地西泮注射液", "diazepam"), ("丙戊酸钠缓释片", "valproate"),
        ("哈乐", "tamsulosin"), ("米拉贝隆缓释片", "mirabegron"), ("骨化三醇胶丸", "calcitriol"), ("盐酸利多卡因注射液", "lidocaine"),
        // Terminology 2026.12.10: the ward's shorthand for IVIG (the index case's), insulin by its brands and forms,
        // bivalirudin written with 卢, and drugs common on a Chinese SCI ward that were unrecognised.
        ("静丙", "intravenous immunoglobulin"), ("静注丙球 0.4g/kg", "intravenous immunoglobulin"), ("诺和灵R", "insulin"),
        ("精蛋白生物合成人胰岛素注射液", "insulin"), ("德谷胰岛素", "insulin"), ("优泌林", "insulin"), ("比伐卢定", "bivalirudin"),
        ("注射用比伐芦定", "bivalirudin"), ("前列地尔注射液(凯时)", "alprostadil"), ("依达拉奉注射液", "edaravone"),
        ("盐酸氨溴索注射液", "ambroxol"), ("沐舒坦", "ambroxol"), ("注射用替加环素", "tigecycline"), ("尼莫地平片", "nimodipine"),
        ("胞磷胆碱钠注射液", "citicoline"), ("阿卡波糖片", "acarbose"), ("拜唐苹", "acarbose"), ("重组人促红素注射液", "epoetin"),
    ])
    func drugNamesAreRecognised(text: String, id: String) {
        #expect(terms.drugs(in: text).first?.id == id, "\(text)")
    }

    @Test func aNameInsideALongerNameIsNotMatched() {
        #expect(terms.drugs(in: "低分子肝素钙").first?.isA(DrugClass.lmwh) == true)
        #expect(terms.drugs(in: "泼尼松龙").first?.id == "prednisolone")
        #expect(terms.drugs(in: "肝素钠封管液").first?.isA(DrugClass.anticoagulant) == false)
        #expect(terms.drugs(in: "ivig").first?.isA(DrugClass.immunosuppressant) == false)
    }

    @Test func classesAreData() throws {
        let enoxaparin = try #require(terms.drugs["enoxaparin"])
        #expect(enoxaparin.isA(DrugClass.lmwh) && enoxaparin.isA(DrugClass.anticoagulant) && enoxaparin.atc == "B01AB05")
        #expect(terms.drugs["gadodiamide"]?.gadoliniumGroup == "I")
        #expect(terms.drugs["gadobutrol"]?.gadoliniumGroup == "II")
        #expect(terms.drugs["intravenous immunoglobulin"]?.isA(DrugClass.immunosuppressant) == false)
        for drug in terms.drugs.values { #expect(!drug.source.isEmpty, "\(drug.id) names no source") }
    }

    static let frequencies: [(String, Double)] = [
        ("qd", 1.0), ("QD", 1), ("q.d.", 1), ("bid", 2), ("b.i.d.", 2), ("BID", 2), ("tid", 3), ("t.i.d.", 3), ("qid", 4),
        ("qn", 1), ("qhs", 1), ("q8h", 3), ("q6h", 4), ("q12h", 2), ("q 12 h", 2), ("Q4H", 6), ("q24h", 1), ("q48h", 0.5),
        ("once daily", 1), ("twice a day", 2), ("three times a day", 3), ("every 8 hours", 3), ("every 12 hours", 2),
        ("每日2次", 2), ("每日两次", 2), ("每天2次", 2), ("2次/日", 2), ("2次/天", 2), ("3次/日", 3), ("一日两次", 2),
        ("一日三次", 3), ("一天一次", 1), ("每12小时", 2), ("每12小时一次", 2), ("每8小时1次", 3), ("每6小时", 4), ("每晚", 1),
        ("每晚一次", 1), ("睡前", 1), ("隔日", 0.5), ("隔日一次", 0.5), ("qod", 0.5), ("st", 1), ("stat", 1), ("立即", 1),
        ("q8h prn", 3), ("bid x 3 days", 2), ("每日一次×3天", 1), ("ＢＩＤ", 2), ("ｑ８ｈ", 3), ("1次/日", 1), ("qd(早餐后)", 1),
        ("早晚各一次", 2), ("daily", 1), ("od", 1), ("nocte", 1), ("4 times a day", 4), ("q2d", 0.5), ("每2日1次", 0.5),
        ("每周2次", 2.0 / 7), ("每十二小时", 2), ("q.n.", 1), ("Tid", 3),
        // A range reads as its most frequent end.
        ("每日2-3次", 3), ("每日2～3次", 3), ("2至3次/日", 3), ("一日二到三次", 3), ("2-3 times a day", 3), ("q4-6h", 6),
        ("每4-6小时一次", 6), ("每6~8小时", 4), ("q6-8h prn", 4), ("每周2-3次", 3.0 / 7),
        // Intervals written with 每隔, weeks and months (terminology 2026.12.5): each was not understood before.
        ("每隔8小时", 3), ("每隔12小时一次", 2), ("隔8小时一次", 3), ("每隔一天", 0.5), ("每隔1天1次", 0.5), ("每隔3天", 1.0 / 3),
        ("每隔两天", 0.5), ("q2w", 1.0 / 14), ("每2周1次", 1.0 / 14), ("每两周一次", 1.0 / 14), ("每隔2周", 1.0 / 14),
        ("every 2 weeks", 1.0 / 14), ("隔周一次", 1.0 / 14), ("every other week", 1.0 / 14), ("一周一次", 1.0 / 7),
        ("一周两次", 2.0 / 7), ("每星期三次", 3.0 / 7), ("biw", 2.0 / 7), ("TIW", 3.0 / 7), ("twice weekly", 2.0 / 7),
        ("每月一次", 1.0 / 30), ("每月2次", 2.0 / 30), ("monthly", 1.0 / 30), ("每3个月1次", 1.0 / 90), ("q3mo", 1.0 / 90),
        ("早中晚各一次", 3), ("三餐前", 3), ("tid 三餐后", 3), ("顿服", 1), ("每日顿服", 1), ("two times a day", 2),
        // A week or month course of a daily drug is the daily schedule, not a weekly one.
        ("每日2次，共2周", 2), ("q8h x 2 weeks", 3), ("每日一次，连用1个月", 1),
        // qm is every morning (每晨一次) as Chinese orders write it (terminology 2026.12.6): it was read as monthly,
        // so "泼尼松 60mg qm" counted 2 mg a day.
        ("qm", 1), ("q.m.", 1), ("QM", 1), ("每晨一次", 1), ("早一次", 1), ("晨服", 1),
        // Now (即刻, 立刻) and as needed (sos), read as no schedule before.
        ("即刻", 1), ("立刻", 1), ("sos", 1), ("s.o.s.", 1),
        // Counts without 次 and hourly without a number (terminology 2026.12.8): each was not understood before.
        ("2/日", 2), ("3/日", 3), ("1/日", 1), ("2/天", 2), ("2/d", 2), ("3/day", 3), ("x2/日", 2), ("2-3/日", 3),
        ("12/日", 12), ("每小时", 24), ("每小时一次", 24), ("hourly", 24), ("every hour", 24),
        // Chinese numerals read as whole numbers: "十四" was read as 104 (each character replaced on its own).
        ("每十四天一次", 1.0 / 14), ("每二十一天", 1.0 / 21), ("每十五天1次", 1.0 / 15), ("每三十六小时", 24.0 / 36),
    ]

    @Test(arguments: frequencies)
    func frequenciesInEveryNotation(text: String, perDay: Double) {
        let frequency = DoseFrequency.parse(text)
        #expect(frequency.map { abs($0.timesPerDay - perDay) < 1e-9 } == true, "\(text): \(String(describing: frequency))")
    }

    @Test func everyNumericNotationCompiles() {
        #expect(DoseFrequency.NumericNotation.all.count == DoseFrequency.NumericNotation.sources.count)
    }

    @Test func minutesAndCoursesAreNotReadAsSchedules() {
        // "q15min" is not every 15 months, and a course length alone names no schedule.
        #expect(DoseFrequency.parse("q15min") == nil)
        #expect(DoseFrequency.parse("每15分钟") == nil)
        #expect(DoseFrequency.parse("共2周") == nil)
        #expect(DoseFrequency.parse("连用1个月") == nil)
        // A dose per day is not a count of doses ("100/d" is not a hundred doses, "1/2/d" not two).
        #expect(DoseFrequency.parse("100/d") == nil)
        #expect(DoseFrequency.parse("40mg/d") == nil)
        #expect(DoseFrequency.parse("1/2/d") == nil)
    }

    @Test func singleAndAsNeededDosesAreMarked() {
        #expect(DoseFrequency.parse("st")?.isSingleDose == true)
        #expect(DoseFrequency.parse("prn")?.asNeeded == true)
        #expect(DoseFrequency.parse("必要时")?.asNeeded == true)
        #expect(DoseFrequency.parse("as directed") == nil)
    }

    @Test func theDailyDoseIsDerived() throws {
        let order = Order(
            id: "O-1", service: .ward, kind: .medication, text: "",
            medication: MedicationDetails(drug: "甲泼尼龙", dose: "40mg", route: "静滴", frequency: "每12小时一次"), orderedBy: "a",
            orderedAt: TestWard.t0, status: .active)
        #expect(MedicationOrder.read(order)?.dailyDose?.amount == 80)
    }

    @Test func anUnknownDrugIsRecordedAndFlaggedForInformation() throws {
        var ward = try TestWard()
        let order = try ward.medication("Xyzzyparin", dose: "40 mg", frequency: "qd")
        let alert = try #require(ward.alerts("unrecognised-medication").first)
        #expect(alert.severity == .info)
        #expect(alert.message.contains("no safety checks for \(order)"))
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "qd")
        #expect(ward.alerts("unrecognised-medication").count == 1)
    }

    @Test func normalisationFoldsWidthCaseAndPunctuation() {
        #expect(TermText.normalised("ＬＭＷＨ　４０ｍｇ") == "lmwh 40mg")
        #expect(TermText.normalised("Solu-Medrol") == "solu medrol")
        #expect(TermText.normalised("依诺 肝素") == "依诺肝素")
        #expect(TermText.normalised("b.i.d.") == "bid")
        // "(-)" means negative in ASCII text and in Chinese text, with either minus sign.
        #expect(TermText.normalised("DVT (-) x3") == "dvt negative x3")
        #expect(TermText.normalised("发热(−)") == "发热 negative")
        #expect(TermText.normalised("Ｆｅｖｅｒ（-）") == "fever negative")
        #expect(terms.withoutFormSuffixes("依诺肝素钠注射液") == "依诺肝素")
        #expect(terms.withoutFormSuffixes("Rivaroxaban Tablets") == "rivaroxaban")
    }
}

@Suite struct TerminologyCompletionTests {
    @Test(arguments: [("依诺", "enoxaparin"), ("clex", "enoxaparin"), ("速碧", "nadroparin"), ("xare", "rivaroxaban"), ("甲强", "methylprednisolone"), ("ELIQ", "apixaban")])
    func typingOffersTheDrug(typed: String, id: String) {
        #expect(Terminology.standard.completions(for: typed).contains { $0.drug.id == id }, "\(typed)")
    }

    @Test func nothingTypedOffersNothing() {
        #expect(Terminology.standard.completions(for: " ").isEmpty)
        #expect(Terminology.standard.completions(for: "zzzq").isEmpty)
    }
}
