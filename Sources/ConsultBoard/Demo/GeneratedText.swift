import Foundation

/// The content pools of `BoardGenerator`: fictional names, diagnoses and sentences of the kind a spinal ward writes.
enum GeneratedText {
    static let authors = ["dr.chen", "dr.okafor", "dr.li", "nurse.wang", "dr.garcia", "dr.zhang", "dr.smith"]

    static let names = [
        "Alex Morgan", "张伟", "Maria Rossi", "李娜", "John Carter", "王芳", "Fatima Khan", "刘洋", "Peter Novak",
        "陈静", "Sara Lindqvist", "杨磊", "Omar Haddad", "赵敏", "Grace Kim", "黄涛",
    ]

    static let diagnoses = [
        "Incomplete cervical cord injury C4-5 (AIS C)", "T12 burst fracture with conus injury",
        "Central cord syndrome after fall", "Cauda equina syndrome, L4/5 disc", "Thoracic myelopathy, T6 meningioma resected",
        "Cervical spondylotic myelopathy, post C3-6 laminoplasty", "Traumatic complete T4 paraplegia (AIS A)",
        "Transverse myelitis, T8",
    ]

    static func patient(index: Int, mrn: MRN, admittedAt: Date, random: inout SeededGenerator) -> Patient {
        Patient(
            mrn: mrn, name: names[index % names.count], age: Int.random(in: 19...88, using: &random),
            sex: Bool.random(using: &random) ? .female : .male, bed: String(format: "G-%02d", index + 1),
            weightKg: Double(Int.random(in: 45...110, using: &random)),
            allergies: index % 3 == 0 ? "penicillin (rash)" : "", admittedAt: admittedAt,
            diagnosis: diagnoses[index % diagnoses.count],
            summary: "Generated fictional patient for load testing; spinal cord injury with complications.",
            severity: [.stable, .watcher, .unstable][index % 3], problems: ["Neurogenic bladder", "DVT prophylaxis", "Pressure injury risk"])
    }

    static func orders(mrn: MRN) -> [AddOrder] {
        [
            AddOrder(
                mrn: mrn, service: .neurology, kind: .medication, text: "Methylprednisolone pulse",
                medication: MedicationDetails(drug: "methylprednisolone", dose: "1 g", route: "IV", frequency: "daily x3")),
            AddOrder(
                mrn: mrn, service: .ward, kind: .medication, text: "VTE prophylaxis",
                medication: MedicationDetails(drug: "enoxaparin", dose: "40 mg", route: "SC", frequency: "daily")),
            AddOrder(mrn: mrn, service: .nursing, kind: .nursing, text: "Turn every 2 hours; pressure area care"),
            AddOrder(
                mrn: mrn, service: .imaging, kind: .imaging, text: "Follow-up MRI",
                imaging: ImagingDetails(modality: .mri, region: "cervical spine", contrast: .none)),
            AddOrder(mrn: mrn, service: .ward, kind: .lab, text: "Creatinine, electrolytes daily"),
        ]
    }

    static func consults(mrn: MRN) -> [RequestConsult] {
        [
            RequestConsult(mrn: mrn, service: .neurology, question: "Neurological status and steroid plan?", urgency: .urgent),
            RequestConsult(mrn: mrn, service: .spineSurgery, question: "Surgical decompression indicated?", urgency: .urgent),
            RequestConsult(mrn: mrn, service: .rehabilitation, question: "Rehabilitation plan and bladder programme", urgency: .routine),
        ]
    }

    private static let englishSentences = [
        "Patient seen and examined at the bedside with the nursing team.",
        "Reports ongoing numbness in both hands, worse on the right, and tingling below the nipple line.",
        "Upper limb power 4/5 proximally and 3/5 in the finger flexors; lower limbs 4/5 throughout.",
        "Light touch reduced from C5 downwards; pin prick preserved in the sacral segments.",
        "Afebrile overnight; urine output adequate on the chart; bowels opened with suppositories.",
        "Creatinine trend reviewed with the renal team; avoid nephrotoxic agents and review drug doses.",
        "Plan: continue physiotherapy twice daily, repeat ISNCSCI examination in 48 hours.",
        "Discussed with the family, who understand the plan and the uncertainty about recovery.",
        "Skin intact over the sacrum and heels; continue two-hourly turns.",
        "DVT prophylaxis reviewed; duplex ultrasound if the calf swelling increases.",
    ]

    private static let chineseSentences = [
        "患者神志清楚，四肢麻木较前无明显变化。", "双上肢远端肌力4级，双下肢肌力4级。", "浅感觉减退，深感觉减弱，步态不稳。",
        "继续甲泼尼龙冲击后减量，监测血糖。", "复查肾功能，肌酐较前升高，请肾内科会诊。", "今日体温最高38.2℃，已留取血培养。",
    ]

    static func note(mrn: MRN, number: Int, random: inout SeededGenerator) -> AddNote {
        let services: [Service] = [.ward, .neurology, .spineSurgery, .rehabilitation, .nursing]
        let chinese = number % 5 == 4
        let pool = chinese ? chineseSentences : englishSentences
        // Distinct sentences, as a clinician would write them.
        let sentences = pool.shuffled(using: &random).prefix(Int.random(in: 4...min(8, pool.count), using: &random))
        let text = chinese ? sentences.joined() : sentences.joined(separator: " ")
        let service = services[number % services.count]
        return AddNote(mrn: mrn, service: service, type: service == .nursing ? .nursing : .progress, text: text)
    }

    static func lab(mrn: MRN, number: Int, day: Int, at: Date, random: inout SeededGenerator) -> AddLab {
        switch number % 5 {
        case 0:
            // Creatinine rises over the stay, with noise, in umol/L.
            let value = 90 + Double(day) * 4 + Double(Int.random(in: -8...8, using: &random))
            return AddLab(mrn: mrn, test: "creatinine", value: value, unit: "umol/L", at: at)
        case 1:
            let value = 36.6 + Double(Int.random(in: 0...18, using: &random)) / 10
            return AddLab(mrn: mrn, test: "temperature", value: value, unit: "C", at: at)
        case 2:
            return AddLab(mrn: mrn, test: "wbc", value: 6 + Double(Int.random(in: 0...80, using: &random)) / 10, unit: "10^9/L", at: at)
        case 3:
            return AddLab(mrn: mrn, test: "crp", value: Double(Int.random(in: 2...120, using: &random)), unit: "mg/L", at: at)
        default:
            return AddLab(mrn: mrn, test: "glucose", value: 5 + Double(Int.random(in: 0...90, using: &random)) / 10, unit: "mmol/L", at: at)
        }
    }

    /// The ISNCSCI levels in the conformance file's key notation.
    static let sensoryLevels = ["c2", "c3", "c4", "c5", "c6", "c7", "c8"] + (1...12).map { "t\($0)" }
        + (1...5).map { "l\($0)" } + ["s1", "s2", "s3", "s4_5"]
    static let motorLevels = ["c5", "c6", "c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"]

    /// An incomplete cervical injury: normal above C5, impaired but present below.
    static func exam(random: inout SeededGenerator) -> [String: String] {
        var values: [String: String] = ["analContraction": "Yes", "analSensation": "Yes"]
        for (i, level) in sensoryLevels.enumerated() {
            for side in ["Right", "Left"] {
                for modality in ["Touch", "Prick"] {
                    values["\(level)\(side)\(modality)"] = i < 3 ? "2" : String(Int.random(in: 1...2, using: &random))
                }
            }
        }
        for level in motorLevels {
            for side in ["Right", "Left"] { values["\(level)\(side)Motor"] = String(Int.random(in: 3...5, using: &random)) }
        }
        return values
    }
}
