import Foundation

/// The free-text terms the clinical rules look for in orders and in the patient's diagnoses.
///
/// Lists are kept here, in one place, so a ward can review and extend them (docs/safety-rules.md lists them).
public enum ClinicalTerms {
    /// Renal replacement therapy in a procedure order (KDIGO AKI stage 3 "initiation of RRT").
    public static let renalReplacementTherapy = TermList([
        "dialysis", "hemodialysis", "haemodialysis", "hemodiafiltration", "haemodiafiltration", "hemofiltration",
        "haemofiltration", "peritoneal dialysis", "CRRT", "RRT", "renal replacement therapy", "CVVH", "CVVHD",
        "CVVHDF", "SLED", "HD", "透析", "血液透析", "血液滤过", "连续性肾脏替代", "肾脏替代治疗", "床旁血滤",
    ])

    /// Neuraxial and spinal procedures for the anticoagulation timing rule (ASRA 2018 covers neuraxial puncture,
    /// catheter placement and removal; spine surgery carries the same epidural-haematoma risk).
    public static let spinalProcedure = TermList([
        "lumbar puncture", "LP", "spinal tap", "epidural", "intrathecal", "neuraxial", "spinal anesthesia",
        "spinal anaesthesia", "spinal block", "combined spinal", "CSE", "myelogram", "myelography",
        "spine surgery", "spinal surgery", "spinal fusion", "spinal decompression", "decompression and fusion",
        "laminectomy", "laminoplasty", "laminotomy", "hemilaminectomy", "discectomy", "microdiscectomy",
        "corpectomy", "foraminotomy", "ACDF", "PLIF", "TLIF", "ALIF", "XLIF", "posterior fusion",
        "posterior instrumentation", "pedicle screw", "vertebroplasty", "kyphoplasty", "spinal cord stimulator",
        "intrathecal pump", "baclofen pump", "facet injection", "nerve root block", "selective nerve root",
        "腰椎穿刺", "腰穿", "硬膜外", "鞘内", "椎管内", "脊柱手术", "椎板切除", "椎管减压", "脊柱融合",
        "椎体成形", "椎间盘切除",
    ])

    /// Diabetes mellitus in the diagnosis, problems or summary. Diabetes insipidus is not diabetes mellitus.
    public static let diabetesMellitus = TermList(
        [
            "diabetes", "diabetes mellitus", "diabetic", "DM", "T1DM", "T2DM", "DM1", "DM2", "IDDM", "NIDDM",
            "糖尿病",
        ],
        excluding: ["diabetes insipidus", "diabetic insipidus"],
        negatable: true)

    /// Wording of an anticoagulant order that is a line flush or lock, not anticoagulation of the patient.
    public static let lineFlush = TermList(["flush", "lock", "catheter patency", "封管", "冲管"])

    /// Topical and other local routes: a steroid given this way is not a systemic corticosteroid.
    public static let localRoute = TermList([
        "topical", "cream", "ointment", "gel", "inhaled", "inh", "inhalation", "nebulised", "nebulized",
        "neb", "nasal", "intranasal", "eye", "ophthalmic", "ear", "otic", "外用", "吸入", "滴眼", "鼻喷",
    ])

    /// "Pulse" wording in a steroid order.
    public static let pulse = TermList(["pulse", "冲击"])

    /// Group II gadolinium-based contrast agents (ACR Manual on Contrast Media; Weinreb JC et al., Radiology
    /// 2021;298:28-35): the lowest risk of nephrogenic systemic fibrosis.
    public static let groupIIGadolinium = TermList([
        "gadobenate", "MultiHance", "gadobutrol", "Gadavist", "Gadovist", "gadoterate", "Dotarem", "Clariscan",
        "gadoteridol", "ProHance", "group II", "group 2", "钆布醇", "钆特酸葡胺", "钆贝葡胺", "钆特醇",
    ])
}
