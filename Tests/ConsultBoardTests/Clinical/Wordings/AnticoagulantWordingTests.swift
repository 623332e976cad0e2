import Foundation
import Testing
@testable import ConsultBoard

/// The anticoagulant/spinal-procedure rule against orders and procedures written as wards write them: every
/// antithrombotic class in English generic, Chinese generic, English brand and Chinese brand, with salt and form
/// suffixes and every frequency notation; every ASRA neuraxial/deep procedure and kind of spine surgery in English,
/// Chinese and abbreviations; and wordings that must stay silent.
@Suite struct AnticoagulantWordingTests {
    let rule = "anticoagulant-spinal-procedure"

    static let antithrombotics: [MedicationWording] = [
        // LMWH
        .init("Enoxaparin", "40 mg", "SC", "qd"),
        .init("依诺肝素钠注射液", "4000IU", "皮下注射", "每日1次"),
        .init("Clexane", "0.4 ml", "ih", "qd"),
        .init("克赛", "40mg", "皮下", "一日一次"),
        .init("Lovenox", "1 mg/kg", "SC", "q12h"),
        .init("ＥＮＯＸＡＰＡＲＩＮ　ＳＯＤＩＵＭ", "60 mg", "SC", "ＢＩＤ"),
        .init("nadroparin calcium", "0.4 mL", "SC", "once daily"),
        .init("那屈肝素钙注射液", "4100 IU", "皮下", "qd"),
        .init("Fraxiparine", "0.6ml", "SC", "bid"),
        .init("速碧林", "0.4ml", "H", "每日一次"),
        .init("dalteparin sodium", "5000 IU", "SC", "daily"),
        .init("达肝素钠注射液", "5000U", "皮下", "qd"),
        .init("Fragmin", "5000 units", "SC", "od"),
        .init("法安明", "2500IU", "ih", "qd"),
        .init("tinzaparin", "4500 IU", "SC", "daily"),
        .init("低分子肝素钙注射液", "4100IU", "皮下注射", "q12h"),
        .init("LMWH", "0.4ml", "SC", "qd"),
        .init("低分子量肝素钠", "5000iu", "ih", "每日2次"),
        .init("抗凝", "0.4ml", "SC", "qd", text: "依诺肝素 0.4ml ih qd 预防DVT"),
        // unfractionated heparin
        .init("Heparin sodium", "5000 units", "SC", "q8h"),
        .init("肝素钠注射液", "5000U", "皮下", "q12h"),
        .init("普通肝素", "12 U/kg/h", "静脉泵入", "持续"),
        .init("UFH", "5000 IU", "SC", "bid"),
        .init("heparin", "18 units/kg/h", "IV infusion", "continuous"),
        // fondaparinux
        .init("fondaparinux sodium", "2.5 mg", "SC", "qd"),
        .init("磺达肝癸钠注射液", "2.5mg", "皮下", "每日一次"),
        .init("Arixtra", "7.5 mg", "SC", "daily"),
        .init("安卓", "2.5mg", "ih", "qd"),
        // DOACs
        .init("rivaroxaban", "10 mg", "PO", "once daily"),
        .init("利伐沙班片", "10mg", "口服", "qd"),
        .init("Xarelto®", "20 mg", "PO", "daily"),
        .init("拜瑞妥", "15mg", "po", "2次/日"),
        .init("利伐沙班(拜瑞妥)", "20mg", "口服", "每日1次"),
        .init("apixaban", "2.5 mg", "PO", "bid"),
        .init("阿哌沙班片", "2.5mg", "口服", "一日两次"),
        .init("Eliquis", "5 mg", "PO", "twice daily"),
        .init("艾乐妥", "5mg", "口服", "每12小时"),
        .init("Eliquis(艾乐妥)", "5mg", "po", "q12h"),
        .init("dabigatran etexilate", "110 mg", "PO", "bid"),
        .init("达比加群酯胶囊", "150mg", "口服", "每日2次"),
        .init("Pradaxa", "150 mg", "PO", "b.i.d."),
        .init("泰毕全", "110mg", "口服", "bid"),
        .init("edoxaban", "60 mg", "PO", "qd"),
        .init("甲苯磺酸艾多沙班片", "30mg", "口服", "qd"),
        .init("Lixiana", "60 mg", "PO", "daily"),
        .init("Savaysa", "30 mg", "PO", "daily"),
        .init("里先安", "60mg", "口服", "每日一次"),
        // VKA
        .init("warfarin", "3 mg", "PO", "qn"),
        .init("华法林钠片", "2.5mg", "口服", "每晚"),
        .init("Coumadin", "5 mg", "PO", "nightly"),
        // parenteral thrombin inhibitors
        .init("argatroban", "2 mcg/kg/min", "IV", "continuous"),
        .init("阿加曲班注射液", "10mg", "静滴", "bid"),
        .init("bivalirudin", "0.75 mg/kg", "IV", "st"),
        .init("比伐卢定", "0.75mg/kg", "静推", "st"),
        // antiplatelets ASRA times
        .init("clopidogrel", "75 mg", "PO", "qd"),
        .init("硫酸氢氯吡格雷片", "75mg", "口服", "qd"),
        .init("Plavix", "75 mg", "PO", "daily"),
        .init("波立维", "75mg", "口服", "每日一次"),
        .init("泰嘉", "75mg", "口服", "qd"),
        .init("ticagrelor", "90 mg", "PO", "bid"),
        .init("替格瑞洛片", "90mg", "口服", "一日两次"),
        .init("Brilinta", "90 mg", "PO", "bid"),
        .init("倍林达", "90mg", "口服", "bid"),
        .init("prasugrel", "10 mg", "PO", "daily"),
        .init("cilostazol", "100 mg", "PO", "bid"),
        .init("西洛他唑片", "50mg", "口服", "bid"),
        .init("培达", "100mg", "口服", "bid"),
        .init("替罗非班", "0.1 ug/kg/min", "静脉泵入", "持续"),
        // antiplatelets and a heparinoid Chinese wards use, without an ASRA interval of their own (the alert asks
        // for the timing by ASRA 2018): before, each was only an unrecognised medication
        .init("吲哚布芬片", "100mg", "口服", "bid"),
        .init("indobufen", "200 mg", "PO", "bid"),
        .init("双嘧达莫", "25mg", "口服", "tid"),
        .init("Persantine", "75 mg", "PO", "tid"),
        .init("潘生丁", "50mg", "口服", "tid"),
        .init("贝前列素钠片", "40ug", "口服", "tid"),
        .init("奥扎格雷钠", "80mg", "静滴", "bid"),
        .init("舒洛地特软胶囊", "250LSU", "口服", "bid"),
        .init("sulodexide", "600 LSU", "IM", "qd"),
        // sarpogrelate, and the snake-venom and earthworm enzymes that lower fibrinogen or lyse fibrin, given on
        // Chinese wards (terminology 2026.12.21): each was only an unrecognised medication
        .init("盐酸沙格雷酯片", "100mg", "口服", "tid"),
        .init("巴曲酶注射液", "10BU", "静滴", "隔日一次"),
        .init("东菱迪芙", "5BU", "静滴", "qod"),
        .init("注射用降纤酶", "10U", "静滴", "qd"),
        .init("注射用纤溶酶", "100U", "静滴", "qd"),
        .init("蚓激酶肠溶胶囊", "60万U", "口服", "tid"),
        // lock or flush wording elsewhere in the order changes nothing
        .init("Enoxaparin", "40 mg", "SC", "qd", text: "enoxaparin 40 mg SC qd, flush the PICC"),
        .init("Heparin", "5000 units", "SC", "q12h", text: "heparin 5000 u SC q12h; flush PICC with saline"),
        .init("依诺肝素", "4000IU", "皮下", "qd", text: "依诺肝素4000IU 皮下 qd，PICC每日冲管"),
        .init("Rivaroxaban", "10 mg", "PO", "qd", text: "rivaroxaban 10mg qd; heparin lock to PICC"),
    ]

    static let spinalProcedures: [String] = [
        "Lumbar puncture", "LP for CSF oligoclonal bands", "diagnostic L.P. tomorrow", "腰椎穿刺术", "腰穿",
        "腰穿+脑脊液常规生化", "Spinal anaesthesia for cystoscopy", "spinal anesthetic", "腰麻下膀胱镜",
        "腰硬联合麻醉", "CSE", "epidural catheter insertion", "硬膜外麻醉", "硬膜外置管镇痛", "remove epidural catheter",
        "拔除硬膜外导管", "caudal block", "骶管阻滞", "lumbar drain insertion", "腰大池引流术", "腰大池置管",
        "intrathecal methotrexate", "鞘内注射甲氨蝶呤", "鞘注", "myelogram", "CT脊髓造影", "paravertebral block",
        "胸椎旁神经阻滞", "lumbar plexus block", "腰丛阻滞", "ACDF C5-6", "TLIF L4/5", "PLIF L4-5",
        "颈椎前路减压融合内固定术", "后路椎板切除减压植骨融合内固定术", "T12骨折切开复位内固定术", "L1椎弓根螺钉内固定",
        "胸腰椎骨折后路复位内固定", "posterior spinal fusion T10-L2", "L4-5 decompression and fusion", "Spinal ORIF",
        "open reduction internal fixation of T12 fracture", "C5 corpectomy", "laminectomy", "laminoplasty C3-7",
        "单开门椎管扩大成形术", "microdiscectomy L5/S1", "椎间盘髓核摘除术", "经皮椎间孔镜髓核摘除", "vertebroplasty T12",
        "PKP", "经皮椎体后凸成形术", "PVP L1", "kyphoplasty", "椎体成形术", "spinal cord stimulator trial", "脊髓电刺激植入",
        "epidural steroid injection L4/5", "selective nerve root block", "脊髓探查减压术", "椎管内肿瘤切除术", "腰椎融合术",
        "fusion L4-S1", "fixation T11-L1", "decompression C4-6", "颈椎后路单开门", "ＡＣＤＦ　Ｃ５－６",
        // Facet and medial branch procedures, the index case's among them (terminology 2026.12.4), and a block or
        // radiofrequency named only by its spinal site.
        "超声引导下颈椎关节突关节阻滞", "左侧C4/5关节突关节阻滞", "ultrasound-guided cervical facet block",
        "cervical facet joint block C4/5", "lumbar facet RFA", "L4-5 medial branch radiofrequency ablation", "腰椎小关节射频消融",
        "脊神经后内侧支射频 L3-5", "颈椎小关节封闭", "TFESI L5/S1", "C5/6射频治疗", "腰椎神经阻滞术", "block at L4/5",
        // Intradiscal procedures, intermediate risk in ASRA pain 2018 (terminology 2026.12.5).
        "provocative discography L3-S1", "L4/5椎间盘造影术", "腰椎间盘臭氧消融术", "IDET L5/S1", "胶原酶髓核溶解术",
        // The index case's facet injection as Chinese wards also write it, and nerve root injections (terminology
        // 2026.12.6): each was unrecognised ("关节突注射" at C4/5 only gave the unchecked-procedure warning).
        "C4/5关节突注射", "颈椎关节突注射", "超声引导下左侧C4/5关节突关节内注射", "腰椎小关节突注射", "关节突关节腔注射 L4/5",
        "颈5选择性神经根注射", "L5神经根封闭", "C5 selective nerve root injection", "nerve root injection L5",
        "intra-articular facet injection C4-5", "cervical facet joint steroid injection", "MBB L3-5", "胸椎旁注射",
        // An order to examine CSF is a lumbar puncture; pulsed radiofrequency at a nerve root or dorsal root ganglion
        // and an epidural blood patch are neuraxial or spine procedures (terminology 2026.12.14): each was none.
        "脑脊液检查", "查脑脊液常规", "抽脑脊液送检", "脑脊液常规+生化+细胞学", "CSF analysis", "CSF sampling for oligoclonal bands",
        "L5神经根脉冲射频", "背根神经节脉冲射频术", "DRG pulsed radiofrequency L4", "pulsed radiofrequency of the L5 nerve root",
        "自体血填充", "epidural blood patch L3/4", "blood patch",
        // Spinal surgery inside the canal and needle procedures into a vertebra, a disc space or beside the spine
        // (terminology 2026.12.23): each was unrecognised, or only the unchecked-procedure warning.
        "脊髓肿瘤切除术", "脊髓拴系松解术", "tethered cord release", "椎管探查术", "脊髓空洞分流术", "syrinx shunt",
        "颈椎管成形术", "CT引导下L2椎体穿刺活检", "vertebral body biopsy T12", "椎间隙感染穿刺", "椎旁脓肿穿刺引流",
    ]

    static let notSpinal: [String] = [
        "PICC line insertion", "胃肠减压", "femur ORIF", "右股骨骨折切开复位内固定术", "胫骨平台骨折内固定", "Help with transfer",
        "bladder catheter change", "导尿", "拔除导尿管", "拔管", "wound dressing", "胸腔穿刺", "腹腔穿刺", "骨髓穿刺",
        "中心静脉置管", "气管插管", "肌间沟臂丛阻滞", "carpal tunnel decompression", "bowel decompression", "关节腔穿刺",
        "房颤射频消融术", "cardiac radiofrequency ablation", "股神经阻滞", "肩关节封闭", "femoral nerve block",
        "肝脏射频消融", "膝关节脉冲射频", "坐骨神经脉冲射频", "脑脊液漏", "脑脊液鼻漏",
        "肝穿刺活检", "肺穿刺活检", "breast biopsy", "骨髓穿刺活检",
    ]

    static let notAntithrombotic: [MedicationWording] = [
        .init("Heparin", "10 units/mL 5 mL", "IV", "q8h", text: "Heparin flush for PICC"),
        .init("肝素钠封管液", "10U/ml 5ml", "PICC", "q8h"),
        .init("Heparin", "100 units", "封管", "qd"),
        .init("heparin lock flush", "500 units", "IV", "prn"),
        .init("肝素钠", "1250U", "封管", "每日一次"),
        .init("肝素钠", "100U", "静推", "q12h", text: "肝素钠100U PICC正压封管"),
        .init("Aspirin", "100 mg", "PO", "qd"),
        .init("阿司匹林肠溶片", "100mg", "口服", "qd"),
        .init("拜阿司匹灵", "100mg", "口服", "每日一次"),
        .init("Paracetamol", "1 g", "PO", "q6h"),
        .init("甲钴胺", "0.5mg", "口服", "tid"),
    ]

    @Test(arguments: antithrombotics)
    func everyAntithromboticWordingFiresWithALumbarPuncture(_ wording: MedicationWording) throws {
        var ward = try TestWard()
        let drug = try wording.order(on: &ward)
        let lp = try ward.procedure("腰椎穿刺", service: .neurology)
        let alert = try #require(ward.alerts(rule).first, "\(wording.testDescription)")
        #expect(Set(alert.triggeringRecords) == [drug, lp])
        #expect(alert.message.contains("ASRA 2018"))
    }

    /// A dose or frequency that cannot be read gets the longest interval, and the alert says why: before, "依诺肝素
    /// 1支 qd" was timed and named as a therapeutic dose without a word, and "4千IU" was read as 41,000 units.
    @Test(arguments: [
        (MedicationWording("依诺肝素", "1支", "皮下", "qd"), "enoxaparin (therapeutic)", String?.some("the dose '1支' could not be read")),
        (.init("速碧林", "0.4ml", "皮下", "qd"), "nadroparin (therapeutic)", "the dose '0.4ml' could not be read"),
        (.init("肝素", "5000U", "皮下", "按医嘱"), "heparin (therapeutic subcutaneous", "the frequency '按医嘱' could not be read"),
        (.init("依诺肝素", "4千IU", "皮下", "qd"), "enoxaparin (prophylactic once daily)", nil),
        (.init("依诺肝素", "40mg", "皮下", "每日晚上"), "enoxaparin (prophylactic once daily)", nil),
        // Two LMWHs the terminology did not list were read by their tail 肝素 as unfractionated heparin, timed at
        // 4-6 h instead of 12 h (terminology 2026.12.15).
        (.init("舍托肝素钠", "3000IU", "皮下", "qd"), "certoparin (prophylactic once daily)", nil),
        (.init("瑞维肝素", "1750 IU", "皮下", "每日一次"), "reviparin (prophylactic once daily)", nil),
        (.init("贝曲沙班", "80mg", "口服", "qd"), "betrixaban (any dose)", nil),
    ])
    func whatCouldNotBeReadIsSaid(_ wording: MedicationWording, tier: String, unread: String?) throws {
        var ward = try TestWard()
        try wording.order(on: &ward)
        try ward.procedure("腰穿", service: .neurology)
        let message = try #require(ward.alerts(rule).first?.message, "\(wording.testDescription)")
        #expect(message.contains(tier), "\(message)")
        if let unread {
            #expect(message.contains(unread), "\(message)")
        } else {
            #expect(!message.contains("could not be read"), "\(message)")
        }
    }

    @Test(arguments: spinalProcedures)
    func everySpinalProcedureWordingFiresWithEnoxaparin(_ procedure: String) throws {
        var ward = try TestWard()
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "qd")
        try ward.procedure(procedure)
        #expect(ward.alerts(rule).count == 1, "\(procedure)")
    }

    @Test(arguments: notSpinal)
    func otherProceduresDoNotFire(_ procedure: String) throws {
        var ward = try TestWard()
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "qd")
        try ward.procedure(procedure)
        #expect(ward.alerts(rule).isEmpty, "\(procedure)")
    }

    @Test(arguments: notAntithrombotic)
    func locksFlushesAndAspirinAloneDoNotFire(_ wording: MedicationWording) throws {
        var ward = try TestWard()
        try wording.order(on: &ward)
        try ward.procedure("Lumbar puncture")
        #expect(ward.alerts(rule).isEmpty, "\(wording.testDescription)")
    }

    @Test func aspirinWithAnotherAntithromboticIsNamedInThatAlert() throws {
        var ward = try TestWard()
        let aspirin = try ward.medication("阿司匹林肠溶片", dose: "100mg", route: "口服", frequency: "qd")
        try ward.medication("Clopidogrel", dose: "75 mg", route: "PO", frequency: "qd")
        try ward.procedure("腰穿")
        let alert = try #require(ward.alerts(rule).first)
        #expect(ward.alerts(rule).count == 1)
        #expect(alert.data.contains { $0.contains(aspirin) && $0.contains("another antithrombotic") })
    }

    @Test func aDrugGivenEpidurallyIsANeuraxialCatheter() throws {
        var ward = try TestWard()
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "qd")
        try ward.medication("ropivacaine 0.2%", dose: "6 mL", route: "硬膜外", frequency: "持续")
        #expect(ward.alerts(rule).count == 1)
    }

    @Test(arguments: [
        // drug, dose, frequency, text in the message
        ("Enoxaparin", "40 mg", "qd", "last dose >= 12 h before"),
        ("Enoxaparin", "40 mg", "qd", "next dose >= 12 h after the puncture"),
        ("Enoxaparin", "30 mg", "q12h", "next dose >= 24 h after the puncture"),
        ("Enoxaparin", "1 mg/kg", "q12h", "last dose >= 24 h before"),
        ("依诺肝素钠", "8000IU", "q12h", "last dose >= 24 h before"),
        ("依诺肝素钠", "4000IU", "qd", "last dose >= 12 h before"),
        ("Heparin", "5000 units", "q8h", "last dose >= 6 h before"),
        ("Heparin", "7500 units", "q12h", "last dose >= 12 h before"),
        ("Heparin", "10000 units", "q8h", "last dose >= 24 h before"),
        ("Rivaroxaban", "10 mg", "qd", "72 h (3 days)"),
        ("Apixaban", "5 mg", "bid", "next dose >= 6 h after"),
        ("Dabigatran", "150 mg", "bid", "120 h (5 days)"),
        ("Warfarin", "3 mg", "qd", "INR"),
        ("Clopidogrel", "75 mg", "qd", "168 h (7 days)"),
        ("Ticagrelor", "90 mg", "bid", "168 h (7 days)"),
        ("Prasugrel", "10 mg", "qd", "240 h (10 days)"),
        ("Cilostazol", "100 mg", "bid", "48 h (2 days)"),
        ("Fondaparinux", "2.5 mg", "qd", "single atraumatic needle pass"),
        ("Argatroban", "2 mcg/kg/min", "continuous", "recommends against"),
    ])
    func theIntervalIsTheOneForTheOrderedDrugAndDose(drug: String, dose: String, frequency: String, expected: String) throws {
        var ward = try TestWard()
        try ward.medication(drug, dose: dose, route: "SC", frequency: frequency)
        try ward.procedure("Lumbar puncture")
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.message.contains(expected), "\(drug) \(dose) \(frequency): \(alert.message)")
    }

    @Test func dabigatranIntervalFollowsCreatinineClearance() throws {
        var ward = try TestWard(age: 40, weightKg: 80)
        try ward.creatinine(0.8)
        try ward.medication("Dabigatran", dose: "150 mg", route: "PO", frequency: "bid")
        try ward.procedure("Lumbar puncture")
        #expect(ward.alerts(rule).first?.message.contains("72 h (3 days)") == true)
    }

    @Test func timingIsAFunctionOfTheLastDoseGiven() throws {
        let order = Order(
            id: "O-1", service: .ward, kind: .medication, text: "依诺肝素 4000IU ih qd",
            medication: MedicationDetails(drug: "依诺肝素钠注射液", dose: "4000IU", route: "ih", frequency: "qd"),
            orderedBy: "a", orderedAt: TestWard.t0, status: .active)
        let medication = try #require(MedicationOrder.read(order))
        let timing = try #require(NeuraxialTiming.of(medication, creatinineClearance: nil))
        let lastDose = TestWard.at(hours: 0)
        #expect(timing.earliestPuncture(lastDoseAt: lastDose) == TestWard.at(hours: 12))
        #expect(timing.nextDose(afterPunctureAt: TestWard.at(hours: 13)) == TestWard.at(hours: 25))
        #expect(timing.nextDose(afterCatheterRemovalAt: TestWard.at(hours: 20)) == TestWard.at(hours: 24))
    }

    /// Enoxaparin written as the volume of its syringe, as Chinese orders often write it: 0.4 mL is the prophylactic
    /// 40 mg (it was unread and timed as a therapeutic dose, 24 h instead of 12 h, with the therapeutic advice);
    /// 0.8 mL may be 80 or 120 mg and stays therapeutic.
    @Test(arguments: [("0.4ml", "qd", 12.0), ("0.2 mL", "qd", 12.0), ("0.6ml", "q12h", 24.0), ("0.8ml", "qd", 24.0)])
    func enoxaparinWrittenAsAVolume(dose: String, frequency: String, hoursBefore: Double) throws {
        let order = Order(
            id: "O-1", service: .ward, kind: .medication, text: "依诺肝素 \(dose) ih \(frequency)",
            medication: MedicationDetails(drug: "依诺肝素钠注射液", dose: dose, route: "ih", frequency: frequency),
            orderedBy: "a", orderedAt: TestWard.t0, status: .active)
        let medication = try #require(MedicationOrder.read(order))
        let timing = try #require(NeuraxialTiming.of(medication, creatinineClearance: nil))
        #expect(timing.earliestPuncture(lastDoseAt: TestWard.at(hours: 0)) == TestWard.at(hours: hoursBefore), "\(dose) \(frequency)")
    }

}
