import Foundation
import Testing
@testable import ConsultBoard

/// Any corticosteroid in any notation, converted to prednisone equivalents; diabetes recognised from the history
/// in English and Chinese with abbreviations; negated, excluded and family history not counted.
@Suite struct SteroidDiabetesWordingTests {
    let rule = "steroid-diabetes"

    static let highDoseSteroids: [MedicationWording] = [
        .init("Methylprednisolone", "500 mg", "IV", "qd"),
        .init("注射用甲泼尼龙琥珀酸钠", "500mg", "静滴", "每日一次"),
        .init("Solu-Medrol", "1 g", "IV", "daily"),
        .init("甲强龙", "80mg", "ivgtt", "qd"),
        // Doses in Chinese numerals: unread before, so only "dose not read" was said.
        .init("甲泼尼龙", "四十毫克", "静滴", "qd"),
        .init("甲泼尼龙", "五百毫克", "静滴", "每日一次"),
        .init("甲泼尼龙琥珀酸钠", "一克", "静滴", "qd"),
        .init("美卓乐", "32mg", "口服", "qd"),
        // qm, every morning as Chinese orders write it (read as monthly before terminology 2026.12.6: 2 mg a day).
        .init("泼尼松", "60mg", "口服", "qm"),
        .init("Medrol", "16 mg", "PO", "bid"),
        .init("MP", "500 mg", "IV", "qd", text: "MP 500mg 冲击 ×3天"),
        .init("甲泼尼龙", "1000mg", "静滴", "qd×3天"),
        .init("甲基强的松龙", "40mg", "iv", "q12h"),
        .init("dexamethasone", "10 mg", "IV", "qd"),
        .init("地塞米松磷酸钠注射液", "5mg", "iv", "每日2次"),
        .init("Decadron", "4 mg", "PO", "q6h"),
        .init("地塞米松", "10mg", "静推", "st"),
        .init("hydrocortisone", "100 mg", "IV", "q8h"),
        .init("氢化可的松", "200mg", "静滴", "qd"),
        .init("Solu-Cortef", "50 mg", "IV", "qid"),
        .init("琥珀酸氢化可的松", "100mg", "静滴", "一日两次"),
        .init("prednisone", "60 mg", "PO", "qd"),
        .init("泼尼松", "40mg", "口服", "每日1次"),
        .init("醋酸泼尼松片", "20mg", "po", "bid"),
        .init("强的松", "15 mg", "PO", "tid"),
        .init("prednisolone", "40 mg", "PO", "mane"),
        .init("泼尼松龙", "30mg", "口服", "2次/日"),
        .init("betamethasone", "6 mg", "IM", "q12h"),
        .init("ＰＲＥＤＮＩＳＯＮＥ", "５０ｍｇ", "PO", "ｑｄ"),
    ]

    static let notHighDose: [MedicationWording] = [
        .init("prednisone", "5 mg", "PO", "qd"),
        .init("地塞米松", "0.75mg", "口服", "qd"),
        .init("hydrocortisone", "20 mg", "PO", "bid"),
        .init("dexamethasone", "0.1%", "eye", "qid"),
        .init("地塞米松", "5mg", "雾化吸入", "bid"),
        .init("hydrocortisone", "1%", "topical", "bid"),
        .init("泼尼松", "10mg", "口服", "qd"),
        .init("Paracetamol", "1 g", "PO", "q6h"),
    ]

    static let diabetes: [String] = [
        "T2DM", "DM", "2型糖尿病", "糖尿病10年", "Type 2 diabetes mellitus on insulin", "diabetic nephropathy", "II型糖尿病",
        "Ⅱ型糖尿病", "高血压病史，糖尿病史5年", "否认高血压，有糖尿病", "NIDDM", "DM2 on metformin", "糖尿病肾病", "T1DM",
        "non-insulin-dependent diabetes mellitus", "ＤＭ", "2型糖尿病 胰岛素治疗中", "DM type 2, HbA1c 8.2%",
        // Poor control is not a negation; a clause break ends one ("不考虑感染，糖尿病").
        "血糖控制不佳的2型糖尿病", "不考虑感染，2型糖尿病", "糖尿病待排",
        // Not ruled out, or being ruled out, is a diagnosis still possible: it counts (it was read as negated).
        "不排除糖尿病", "暂不排除糖尿病", "不能除外2型糖尿病", "cannot rule out diabetes", "r/o DM", "否认高血压，不排除糖尿病",
        // A history written as fields (terminology 2026.12.6): the "无" after 高血压's colon answers 高血压, so the
        // diabetes after it is stated (it was read as "无糖尿病", a miss); a field answered yes, or answered with more
        // than "no", states it.
        "高血压：无 糖尿病：有", "高血压：无；糖尿病：有", "高血压:否 糖尿病:是 冠心病:无", "HTN: no  DM: yes", "糖尿病：有",
        "糖尿病：无明显并发症", "DM: no complications", "诊断：2型糖尿病", "既往史：糖尿病10年", "糖尿病无并发症",
        // More than a list before a family-history cue: the patient's own diabetes.
        "患者糖尿病10年及高血压家族史", "糖尿病史多年伴高血压家族史", "糖尿病患者，有高血压家族史", "高血压、糖尿病病史",
        // Diabetic ketoacidosis is diabetes; a negation after diabetes of something else leaves it stated.
        "DKA", "diabetic ketoacidosis, resolved", "2型糖尿病不伴并发症", "糖尿病不伴酮症",
        // A negative result after a list covers only the item it follows.
        "糖尿病、高血压(-)", "糖尿病、CKD 阴性",
        // A form's question answered yes (terminology 2026.12.11): "有无糖尿病：有" was read as "无糖尿病", so a
        // steroid pulse beside it met no alert; a question mark ends a label like a colon.
        "有无糖尿病：有", "有无糖尿病？有", "有没有糖尿病：有", "是否糖尿病：是", "高血压：无；有无糖尿病：有",
        "既往史：有无糖尿病：有", "DM? yes", "any history of diabetes: yes", "糖尿病？",
        // The history word before a negative result is only that result's (terminology 2026.12.24); a relative who
        // brings or speaks for the patient is not a family history.
        "糖尿病史、高血压家族史", "DM史（+）", "高血压病史（-），糖尿病史（+）", "母亲代诉患者有糖尿病", "母亲陪同下入院，2型糖尿病5年",
        "patient's mother reports he has had diabetes for 10 years",
    ]

    static let notDiabetes: [String] = [
        "否认糖尿病", "否认高血压、糖尿病史", "否认高血压、糖尿病、冠心病病史", "no diabetes", "denies DM", "无糖尿病",
        "No history of diabetes or hypertension", "non-diabetic", "diabetes insipidus", "中枢性尿崩症", "糖尿病(-)",
        "family history of diabetes", "母亲有糖尿病", "prediabetes", "糖尿病前期", "DM negative", "否认“糖尿病”病史",
        "既往体健，否认糖尿病史",
        // A diagnosis not considered or not supported (terminology 2026.12.5): before, read as diabetes.
        "不考虑糖尿病", "暂不考虑糖尿病", "血糖偏高，不支持糖尿病诊断", "OGTT 不符合糖尿病诊断标准",
        // A history written as fields, answered no (terminology 2026.12.6): each was read as diabetes.
        "糖尿病：无", "糖尿病：否", "糖尿病史：无", "高血压：有；糖尿病：无", "高血压:有 糖尿病:无", "糖尿病：无 高血压：有",
        "Diabetes: No", "diabetes: none", "DM: N", "DM - no", "diabetes: negative", "diabetes: denied", "糖尿病 无",
        "糖尿病：否认", "否认：高血压、糖尿病", "Denies: DM, HTN",
        // A family history, the cue after the list or as its label: each was read as diabetes.
        "糖尿病家族史", "有糖尿病、高血压家族史", "糖尿病、高血压家族史", "高血压/糖尿病家族史", "糖尿病及高血压家族遗传史",
        "家族史：糖尿病", "家族史：父亲有糖尿病", "Family history: diabetes",
        // More ways a history says no (terminology 2026.12.6): each was read as diabetes.
        "neg for DM", "w/o DM", "never diagnosed with diabetes", "diabetes was excluded", "未患糖尿病", "不伴糖尿病",
        "糖尿病可排除",
        // A question answered no, or not answered, states no diabetes; a question mark ends a label like a colon
        // (terminology 2026.12.11: "糖尿病？否" was read as diabetes).
        "有无糖尿病：无", "有无糖尿病？无", "是否糖尿病：否", "有无糖尿病", "有无糖尿病：", "糖尿病？否", "糖尿病? 否", "DM? no",
        "any history of diabetes? no", "Any history of DM",
        // A negative result after the history word, and a relative's diabetes (terminology 2026.12.24): each was read
        // as the patient's diabetes.
        "DM史（-）", "糖尿病史（-）", "糖尿病病史阴性", "高血压、糖尿病史（-）", "diabetes history negative", "DM hx negative",
        "mother has diabetes", "father: type 2 diabetes", "姐姐糖尿病", "外婆有2型糖尿病", "maternal grandmother with T2DM",
    ]

    @Test(arguments: highDoseSteroids)
    func everyHighDoseSteroidWordingFiresWithDiabetes(_ wording: MedicationWording) throws {
        var ward = try TestWard(problems: ["T2DM"])
        let order = try wording.order(on: &ward)
        #expect(ward.alerts(rule).first?.triggeringRecords == [order], "\(wording.testDescription)")
    }

    /// A corticosteroid injected into a joint, the epidural space, a facet or near a nerve root is absorbed, and
    /// glucose rises for 1-3 days after it (rule v4): any dose alerts. Intra-articular was a local route (silent),
    /// and an epidural dose at or under 30 mg prednisone-equivalent was below high dose.
    static let injectedSteroids: [MedicationWording] = [
        .init("复方倍他米松注射液", "1ml", "关节腔注射", "st"),
        .init("曲安奈德", "40mg", "关节腔", "st"),
        .init("地塞米松", "4mg", "硬膜外", "st"),
        .init("methylprednisolone acetate", "40 mg", "intra-articular", "once"),
        .init("triamcinolone", "40 mg", "IA", "once"),
        .init("Kenalog", "20 mg", "trigger point", "once"),
        .init("得宝松", "1ml", "小关节注射", "st"),
        .init("甲泼尼龙", "20mg", "神经根", "st"),
        .init("dexamethasone", "4 mg", "epidural", "once"),
    ]

    @Test(arguments: injectedSteroids)
    func aSteroidInjectedIntoAJointOrTheSpineFiresAtAnyDose(_ wording: MedicationWording) throws {
        var ward = try TestWard(problems: ["2型糖尿病"])
        let order = try wording.order(on: &ward)
        let alert = try #require(ward.alerts(rule).first, "\(wording.testDescription)")
        #expect(alert.triggeringRecords == [order])
        #expect(alert.message.contains("injected into a joint, the epidural space or near a nerve"), "\(alert.message)")
        #expect(alert.message.contains("for 3 days after the injection"))
    }

    /// A procedure order whose text gives a corticosteroid (the index case's facet block with 复方倍他米松) in a
    /// patient with diabetes: the steroid was read only from medication orders, so it met no alert.
    @Test(arguments: [
        ("超声引导下左侧C4/5关节突关节阻滞（复方倍他米松1ml+2%利多卡因2ml）", "betamethasone"),
        ("L4/5硬膜外激素注射", "激素注射"),
        ("epidural steroid injection L5/S1", "epidural steroid"),
        ("TFESI L5 dexamethasone 10 mg", "dexamethasone"),
        ("颈椎小关节封闭（得宝松）", "betamethasone"),
        ("小关节注射 甲强龙40mg", "methylprednisolone"),
    ])
    func aProcedureThatGivesASteroidFires(_ text: String, said: String) throws {
        var ward = try TestWard(problems: ["T2DM"])
        let order = try ward.procedure(text)
        let alert = try #require(ward.alerts(rule).first, "\(text)")
        #expect(alert.triggeringRecords == [order])
        #expect(alert.message.contains("Procedure with a corticosteroid (\(said))"), "\(alert.message)")
    }

    @Test(arguments: [
        "C4/5关节突关节阻滞（利多卡因）", "medial branch block with bupivacaine", "硬膜外注射（不用激素）", "facet block, no steroid",
        "腰穿，不用地塞米松", "腰穿",
    ])
    func aProcedureWithoutASteroidDoesNotFire(_ text: String) throws {
        var ward = try TestWard(problems: ["T2DM"])
        try ward.procedure(text)
        #expect(ward.alerts(rule).isEmpty, "\(text)")
    }

    @Test func aProcedureSteroidWithoutDiabetesDoesNotFire() throws {
        var ward = try TestWard(problems: ["Hypertension"])
        try ward.procedure("L4/5硬膜外激素注射")
        try ward.medication("曲安奈德", dose: "40mg", route: "关节腔", frequency: "st")
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test(arguments: notHighDose)
    func lowDoseAndLocalSteroidsDoNotFire(_ wording: MedicationWording) throws {
        var ward = try TestWard(problems: ["T2DM"])
        try wording.order(on: &ward)
        #expect(ward.alerts(rule).isEmpty, "\(wording.testDescription)")
    }

    /// Doses the rule cannot read: an ampoule or tablet count, a dose without a unit. Each was silent (rule v2), as
    /// if checked and found low.
    static let unreadDoses: [MedicationWording] = [
        .init("地塞米松磷酸钠注射液", "1支", "静推", "qd"),
        .init("地塞米松", "一支", "静推", "qd"),
        .init("methylprednisolone", "1 vial", "IV", "qd"),
        .init("泼尼松", "2片", "口服", "tid"),
        .init("dexamethasone", "10", "IV", "qd"),
    ]

    @Test(arguments: unreadDoses)
    func anUnreadDoseWithDiabetesAsksForTheDose(_ wording: MedicationWording) throws {
        var ward = try TestWard(problems: ["T2DM"])
        let order = try wording.order(on: &ward)
        let alert = try #require(ward.alerts(rule).first, "\(wording.testDescription)")
        #expect(alert.triggeringRecords == [order])
        #expect(alert.message.contains("dose '\(wording.dose)' not read"), "\(alert.message)")
        // The order's line says the dose was not read, and claims no level for it.
        #expect(alert.data.contains { $0.hasSuffix(": dose not read") }, "\(alert.data)")
        var withoutDiabetes = try TestWard()
        try wording.order(on: &withoutDiabetes)
        #expect(withoutDiabetes.alerts(rule).isEmpty)
    }

    @Test(arguments: diabetes)
    func everyDiabetesWordingIsDiabetes(_ history: String) throws {
        var ward = try TestWard(problems: [history])
        try ward.medication("甲泼尼龙", dose: "500mg", route: "静滴", frequency: "qd")
        #expect(ward.alerts(rule).count == 1, "\(history)")
    }

    @Test(arguments: notDiabetes)
    func negatedExcludedOrFamilyDiabetesIsNot(_ history: String) throws {
        var ward = try TestWard(diagnosis: "C5 AIS B 脊髓损伤；\(history)")
        try ward.medication("甲泼尼龙", dose: "500mg", route: "静滴", frequency: "qd")
        #expect(ward.alerts(rule).isEmpty, "\(history)")
    }

    @Test(arguments: [
        ("Methylprednisolone", "40 mg", "qd", 50.0),
        ("dexamethasone", "0.75 mg", "qd", 5.0),
        ("hydrocortisone", "100 mg", "q8h", 75.0),
        ("prednisolone", "5 mg", "bid", 10.0),
        ("betamethasone", "0.75 mg", "qd", 5.0),
        ("triamcinolone", "4 mg", "qd", 5.0),
        ("cortisone", "25 mg", "qd", 5.0),
        ("deflazacort", "6 mg", "qd", 5.0),
        ("甲泼尼龙", "4mg", "每日3次", 15.0),
        ("地塞米松", "1.5mg", "一日两次", 20.0),
    ])
    func prednisoneEquivalentsFollowTheBNFTable(drug: String, dose: String, frequency: String, expected: Double) throws {
        let order = Order(
            id: "O-1", service: .ward, kind: .medication, text: drug,
            medication: MedicationDetails(drug: drug, dose: dose, route: "PO", frequency: frequency), orderedBy: "a",
            orderedAt: TestWard.t0, status: .active)
        let medication = try #require(MedicationOrder.read(order))
        let exposure = try #require(CorticosteroidExposure.of(medication, weightKg: 70))
        #expect(abs((exposure.prednisoneEquivalentPerDay ?? -1) - expected) < 0.01, "\(drug) \(dose) \(frequency)")
    }
}
