import Foundation

/// The drug groups the safety rules care about.
public enum DrugGroup: String, Sendable, Codable, CaseIterable {
    case lowMolecularWeightHeparin = "LMWH"
    case unfractionatedHeparin = "heparin"
    case vitaminKAntagonist = "warfarin"
    case directOralAnticoagulant = "DOAC"
    case factorXaPentasaccharide = "fondaparinux"
    case parenteralThrombinInhibitor = "thrombin inhibitor"
    case systemicCorticosteroid = "corticosteroid"
    case immunosuppressant = "immunosuppressant"
    case immunoglobulin = "IVIG"

    public var isAnticoagulant: Bool {
        switch self {
        case .lowMolecularWeightHeparin, .unfractionatedHeparin, .vitaminKAntagonist, .directOralAnticoagulant,
            .factorXaPentasaccharide, .parenteralThrombinInhibitor:
            true
        case .systemicCorticosteroid, .immunosuppressant, .immunoglobulin:
            false
        }
    }
}

/// A drug the rules recognise in an order, by generic name, brand names and Chinese name.
public struct KnownDrug: Sendable, Equatable {
    /// The generic name the rules print ("enoxaparin").
    public var name: String
    public var group: DrugGroup
    /// For corticosteroids: mg of prednisone one mg of this drug is equivalent to (glucocorticoid potency).
    public var prednisoneEquivalentPerMg: Double?
    /// For anticoagulants: when ASRA 2018 says the last dose must be before a neuraxial procedure.
    public var neuraxialTiming: String?
    /// The generic and brand names it is written as.
    let matcher: TermList

    public static func == (a: KnownDrug, b: KnownDrug) -> Bool { a.name == b.name }

    /// The drug an order is for: looked for in the drug field first, then in the order text. The catalogue is
    /// searched specific names first, so "低分子肝素" is LMWH, not heparin, and "甲基强的松龙" is
    /// methylprednisolone, not prednisone.
    public static func identify(_ order: Order) -> KnownDrug? {
        guard order.kind == .medication else { return nil }
        let texts = [order.medication?.drug, order.text].compactMap { $0 }
        for text in texts {
            if let drug = catalogue.first(where: { $0.matcher.matches(text) }) { return drug }
        }
        return nil
    }

    // Timing: Horlocker TT et al. Regional anesthesia in the patient receiving antithrombotic or thrombolytic
    // therapy: ASRA evidence-based guidelines (4th ed). Reg Anesth Pain Med 2018;43:263-309.
    private static let lmwhTiming =
        "ASRA 2018: last prophylactic LMWH dose >= 12 h and last therapeutic dose >= 24 h before neuraxial puncture or catheter removal; next dose >= 4 h after catheter removal"
    private static let doacTiming =
        "ASRA 2018: stop 72 h before neuraxial puncture (or check a drug-specific level); first dose >= 6 h after puncture or catheter removal"

    /// Potencies: prednisone 5 mg = prednisolone 5 mg = methylprednisolone 4 mg = hydrocortisone 20 mg =
    /// dexamethasone 0.75 mg (Liu D et al., Allergy Asthma Clin Immunol 2013;9:30, Table 1; the BNF table).
    static let catalogue: [KnownDrug] = [
        KnownDrug(name: "enoxaparin", group: .lowMolecularWeightHeparin, neuraxialTiming: lmwhTiming,
                  terms: ["enoxaparin", "Lovenox", "Clexane", "Inhixa", "依诺肝素", "克赛"]),
        KnownDrug(name: "dalteparin", group: .lowMolecularWeightHeparin, neuraxialTiming: lmwhTiming,
                  terms: ["dalteparin", "Fragmin", "达肝素"]),
        KnownDrug(name: "tinzaparin", group: .lowMolecularWeightHeparin, neuraxialTiming: lmwhTiming,
                  terms: ["tinzaparin", "Innohep", "亭扎肝素"]),
        KnownDrug(name: "nadroparin", group: .lowMolecularWeightHeparin, neuraxialTiming: lmwhTiming,
                  terms: ["nadroparin", "Fraxiparine", "Fraxiparin", "那屈肝素", "速碧林"]),
        KnownDrug(name: "low-molecular-weight heparin", group: .lowMolecularWeightHeparin, neuraxialTiming: lmwhTiming,
                  terms: ["low molecular weight heparin", "LMWH", "低分子肝素", "低分子量肝素"]),
        KnownDrug(name: "fondaparinux", group: .factorXaPentasaccharide,
                  neuraxialTiming: "ASRA 2018: neuraxial techniques only as in the clinical trials (single atraumatic needle pass, no indwelling catheter); avoid with treatment doses",
                  terms: ["fondaparinux", "Arixtra", "磺达肝癸钠"]),
        KnownDrug(name: "heparin", group: .unfractionatedHeparin,
                  neuraxialTiming: "ASRA 2018: subcutaneous prophylactic heparin 4-6 h, intravenous heparin 4-6 h with a normal aPTT, before neuraxial puncture or catheter removal; next dose >= 1 h after",
                  terms: ["heparin", "unfractionated heparin", "UFH", "肝素", "普通肝素"]),
        KnownDrug(name: "warfarin", group: .vitaminKAntagonist,
                  neuraxialTiming: "ASRA 2018: stop warfarin ideally 5 days before and document a normal INR before neuraxial puncture; remove catheters with INR < 1.5",
                  terms: ["warfarin", "Coumadin", "Marevan", "华法林"]),
        KnownDrug(name: "acenocoumarol", group: .vitaminKAntagonist,
                  neuraxialTiming: "ASRA 2018 (vitamin K antagonists): stop ideally 5 days before and document a normal INR before neuraxial puncture",
                  terms: ["acenocoumarol", "Sintrom", "醋硝香豆素"]),
        KnownDrug(name: "rivaroxaban", group: .directOralAnticoagulant, neuraxialTiming: doacTiming,
                  terms: ["rivaroxaban", "Xarelto", "利伐沙班", "拜瑞妥"]),
        KnownDrug(name: "apixaban", group: .directOralAnticoagulant, neuraxialTiming: doacTiming,
                  terms: ["apixaban", "Eliquis", "阿哌沙班"]),
        KnownDrug(name: "edoxaban", group: .directOralAnticoagulant, neuraxialTiming: doacTiming,
                  terms: ["edoxaban", "Savaysa", "Lixiana", "艾多沙班", "依度沙班"]),
        KnownDrug(name: "dabigatran", group: .directOralAnticoagulant,
                  neuraxialTiming: "ASRA 2018: stop 120 h before neuraxial puncture (72 h may do with CrCl >= 80 and no other risk factors); first dose >= 6 h after puncture or catheter removal",
                  terms: ["dabigatran", "Pradaxa", "达比加群"]),
        KnownDrug(name: "argatroban", group: .parenteralThrombinInhibitor,
                  neuraxialTiming: "ASRA 2018 recommends against neuraxial techniques during parenteral thrombin inhibitors",
                  terms: ["argatroban", "阿加曲班"]),
        KnownDrug(name: "bivalirudin", group: .parenteralThrombinInhibitor,
                  neuraxialTiming: "ASRA 2018 recommends against neuraxial techniques during parenteral thrombin inhibitors",
                  terms: ["bivalirudin", "Angiomax", "比伐芦定"]),
        KnownDrug(name: "methylprednisolone", group: .systemicCorticosteroid, prednisoneEquivalentPerMg: 1.25,
                  terms: ["methylprednisolone", "Solu-Medrol", "Medrol", "甲泼尼龙", "甲基强的松龙", "甲强龙"]),
        KnownDrug(name: "dexamethasone", group: .systemicCorticosteroid, prednisoneEquivalentPerMg: 5 / 0.75,
                  terms: ["dexamethasone", "Decadron", "地塞米松"]),
        KnownDrug(name: "hydrocortisone", group: .systemicCorticosteroid, prednisoneEquivalentPerMg: 0.25,
                  terms: ["hydrocortisone", "Solu-Cortef", "氢化可的松"]),
        KnownDrug(name: "prednisolone", group: .systemicCorticosteroid, prednisoneEquivalentPerMg: 1,
                  terms: ["prednisolone", "泼尼松龙", "强的松龙"]),
        KnownDrug(name: "prednisone", group: .systemicCorticosteroid, prednisoneEquivalentPerMg: 1,
                  terms: ["prednisone", "泼尼松", "强的松"]),
        KnownDrug(name: "intravenous immunoglobulin", group: .immunoglobulin,
                  terms: ["IVIG", "IVIg", "intravenous immunoglobulin", "immune globulin", "immunoglobulin",
                          "静注人免疫球蛋白", "丙种球蛋白", "免疫球蛋白"]),
    ] + [
        ("azathioprine", ["azathioprine", "Imuran", "硫唑嘌呤"]),
        ("mycophenolate", ["mycophenolate", "mycophenolic acid", "CellCept", "Myfortic", "MMF", "吗替麦考酚酯", "霉酚酸"]),
        ("cyclophosphamide", ["cyclophosphamide", "Cytoxan", "环磷酰胺"]),
        ("rituximab", ["rituximab", "Rituxan", "MabThera", "利妥昔单抗"]),
        ("tacrolimus", ["tacrolimus", "Prograf", "FK506", "他克莫司"]),
        ("ciclosporin", ["ciclosporin", "cyclosporine", "cyclosporin", "Neoral", "Sandimmune", "环孢素"]),
        ("methotrexate", ["methotrexate", "MTX", "甲氨蝶呤"]),
        ("tocilizumab", ["tocilizumab", "Actemra", "RoActemra", "托珠单抗"]),
        ("satralizumab", ["satralizumab", "Enspryng", "萨特利珠单抗"]),
        ("inebilizumab", ["inebilizumab", "Uplizna", "伊奈利珠单抗"]),
        ("eculizumab", ["eculizumab", "Soliris", "依库珠单抗"]),
        ("ocrelizumab", ["ocrelizumab", "Ocrevus", "奥瑞珠单抗"]),
        ("natalizumab", ["natalizumab", "Tysabri", "那他珠单抗"]),
        ("alemtuzumab", ["alemtuzumab", "Lemtrada", "Campath", "阿仑单抗"]),
        ("fingolimod", ["fingolimod", "Gilenya", "芬戈莫德"]),
        ("sirolimus", ["sirolimus", "Rapamune", "西罗莫司"]),
        ("everolimus", ["everolimus", "Afinitor", "Certican", "依维莫司"]),
        ("infliximab", ["infliximab", "Remicade", "英夫利昔单抗"]),
        ("adalimumab", ["adalimumab", "Humira", "阿达木单抗"]),
        ("etanercept", ["etanercept", "Enbrel", "依那西普"]),
        ("leflunomide", ["leflunomide", "Arava", "来氟米特"]),
        ("mitoxantrone", ["mitoxantrone", "米托蒽醌"]),
        ("cladribine", ["cladribine", "Mavenclad", "克拉屈滨"]),
    ].map { KnownDrug(name: $0.0, group: .immunosuppressant, terms: $0.1) }

    init(name: String, group: DrugGroup, prednisoneEquivalentPerMg: Double? = nil, neuraxialTiming: String? = nil,
         terms: [String]) {
        self.name = name
        self.group = group
        self.prednisoneEquivalentPerMg = prednisoneEquivalentPerMg
        self.neuraxialTiming = neuraxialTiming
        self.matcher = TermList(terms)
    }
}
