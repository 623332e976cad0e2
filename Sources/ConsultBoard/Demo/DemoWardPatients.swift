import Foundation

/// The rest of the demo ward (all fictional): six spinal-ward patients of varied severity and diagnoses, each
/// with a few consults, orders, labs and notes, so the board, the handoff and the safety rules have a ward to
/// show besides the driving case.
enum DemoWardPatients {
    static let ward = DemoDrivingCase.ward
    static let resident = DemoDrivingCase.resident
    static let nurse = DemoDrivingCase.nurse
    static let lab = DemoDrivingCase.lab
    static let spineSurgeon = DemoDrivingCase.spineSurgeon
    static let radiologist = DemoDrivingCase.radiologist
    static let infectiousDisease = DemoDrivingCase.infectiousDisease
    static let rehabilitation = "dr.xu"
    static let endocrinology = "dr.yang"
    static let woundNurse = "rn.li"
    static let anesthesiology = "dr.feng"

    static func write(into s: inout DemoScript) {
        burstFracture(&s)
        centralCord(&s)
        caudaEquina(&s)
        pressureInjury(&s)
        epiduralAbscess(&s)
        odontoidFracture(&s)
    }

    /// SCI-0002: T12 burst fracture after a fall from scaffolding, fixed posteriorly; incomplete paraplegia.
    private static func burstFracture(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: "SCI-0002", name: "王建国", age: 45, sex: .male, bed: "3-02", weightKg: 76, allergies: "",
                admittedAt: s.day(12, 22, 15),
                diagnosis: "T12 burst fracture after a fall, T11-L1 posterior fusion; L1 AIS B",
                summary: "45M fell 4 m from scaffolding: T12 burst fracture, T11-L1 fusion day 10, L1 AIS B, "
                    + "neurogenic bladder on intermittent catheterisation.",
                severity: .stable,
                problems: ["T12 burst fracture, post T11-L1 posterior instrumented fusion", "Neurogenic bladder and bowel",
                           "Pressure injury risk (Braden 13)"]),
            by: ward)
        s.note(
            s.day(12, 23, 0), resident, .ward, .progress,
            """
            Admitted from ED. Fell about 4 m from scaffolding at work. CT: T12 burst fracture, 50% canal \
            compromise, posterior ligamentous complex injured (TLICS 7). Legs: hip flexors 0-1/5, sensation \
            preserved in the saddle. Log-roll, flat bed rest, spine surgery aware.
            """)
        let ct = s.imaging(
            s.day(12, 22, 30), resident, .ward, "CT thoracolumbar spine: fall from height",
            modality: .ct, region: "thoracolumbar spine", contrast: .none)
        s.order(ct, s.day(12, 23, 30), radiologist, .completed)
        s.result(
            s.day(12, 23, 45), radiologist, .ct,
            summary: "T12 burst fracture with 50% canal compromise and retropulsed fragment",
            findings: "Comminuted T12 body fracture, 40% height loss, retropulsed fragment narrowing the canal by "
                + "50%. Widened T11-T12 interspinous distance (posterior ligamentous injury). No other fracture.",
            region: "thoracolumbar spine", levels: "T11-L1", order: ct)
        let spine = s.consult(
            s.day(12, 23, 10), resident, .spineSurgery, .stat, "T12 burst fracture with neurological deficit: surgery?")
        s.consult(spine, [
            (s.day(12, 23, 30), spineSurgeon, .accepted), (s.day(11, 0, 20), spineSurgeon, .seen),
            (s.day(11, 0, 25), spineSurgeon, .followUp),
        ])
        s.recommend(spine, s.day(11, 0, 25), spineSurgeon, "Posterior T11-L1 instrumented fusion with decompression tonight.")
        s.note(
            s.day(10, 9, 0), spineSurgeon, .spineSurgery, .procedure,
            """
            Operation note: posterior T11-L1 pedicle screw fixation and T12 laminectomy. Blood loss 450 mL. \
            Drain in. Mobilise in a TLSO brace from day 2, log-roll until then.
            """)
        let rehab = s.consult(
            s.day(9, 10, 0), ward, .rehabilitation, .routine, "Rehabilitation plan after T11-L1 fusion, L1 AIS B.")
        s.consult(rehab, [(s.day(9, 14, 0), rehabilitation, .accepted), (s.day(8, 10, 0), rehabilitation, .seen)])
        s.recommend(rehab, s.day(8, 10, 5), rehabilitation, "Wheelchair assessment; transfer training twice daily.")
        s.medication(
            s.day(10, 12, 0), ward, .ward, "Enoxaparin 40 mg SC daily (VTE prophylaxis after spinal surgery)",
            drug: "Enoxaparin", dose: "40 mg", route: "SC", frequency: "daily")
        s.medication(
            s.day(10, 12, 0), ward, .ward, "Paracetamol 1 g PO q6h for pain",
            drug: "Paracetamol", dose: "1 g", route: "PO", frequency: "q6h")
        s.order(
            s.day(10, 12, 5), ward, .ward, .nursing,
            "Intermittent catheterisation 4-6 hourly, keep volumes below 500 mL")
        s.morningLabs("creatinine", "umol/L", [(12, 88.0), (9, 84), (4, 80)], by: lab)
        s.morningLabs("hemoglobin", "g/L", [(11, 102.0), (9, 96), (4, 108)], by: lab)
        s.action(s.day(2, 17, 0), resident, "Book outpatient spine clinic at 6 weeks with standing X-ray", owner: resident)
    }

    /// SCI-0003: central cord syndrome after a fall onto the face, on a background of cervical stenosis.
    private static func centralCord(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: "SCI-0003", name: "李秀兰", age: 71, sex: .female, bed: "3-04", weightKg: 52,
                allergies: "Penicillin (anaphylaxis)", admittedAt: s.day(9, 15, 0),
                diagnosis: "Central cord syndrome (C4 AIS D) after a hyperextension fall; C3-C6 stenosis",
                summary: "71F tripped at home, hyperextension: central cord syndrome, hands much weaker than legs, "
                    + "no fracture; decompression under discussion.",
                severity: .watcher,
                problems: ["Central cord syndrome, C4 AIS D", "Multilevel cervical stenosis C3-C6",
                           "Type 2 diabetes on metformin", "Fall risk"]),
            by: ward)
        s.note(
            s.day(9, 15, 30), ward, .ward, .progress,
            """
            入院记录：71岁女性，在家中绊倒，面部着地，颈部过伸。双手麻木无力，双上肢肌力明显弱于下肢。
            CT未见骨折。MRI提示C3-C6椎管狭窄，C3/4水平脊髓内T2高信号。诊断：中央脊髓综合征。
            计划：颈托，脊柱外科会诊，康复科早期介入，控制血糖。
            """)
        let mri = s.imaging(
            s.day(9, 15, 40), ward, .ward, "MRI cervical spine: central cord syndrome",
            modality: .mri, region: "cervical spine", contrast: .none)
        s.order(mri, s.day(9, 19, 0), radiologist, .completed)
        s.result(
            s.day(9, 19, 30), radiologist, .mri,
            summary: "Cord T2 signal at C3/4 with multilevel canal stenosis C3-C6; no fracture or ligament tear",
            findings: "Multilevel disc-osteophyte complexes C3-C6 with buckled ligamentum flavum; canal narrowest at "
                + "C3/4 (7 mm). Intramedullary T2 hyperintensity at C3/4. Prevertebral soft tissue normal.",
            region: "cervical spine", levels: "C3-C6", order: mri)
        let spine = s.consult(
            s.day(9, 16, 0), ward, .spineSurgery, .urgent, "Central cord syndrome with C3-C6 stenosis: timing of surgery?")
        s.consult(spine, [
            (s.day(9, 17, 0), spineSurgeon, .accepted), (s.day(8, 9, 0), spineSurgeon, .seen),
            (s.day(8, 9, 5), spineSurgeon, .followUp),
        ])
        s.recommend(
            spine, s.day(8, 9, 5), spineSurgeon,
            "Consider C3-C6 laminoplasty within 2 weeks if hand function plateaus; keep MAP above 85 mmHg for 7 days.")
        let endocrine = s.consult(
            s.day(7, 10, 0), resident, .endocrinology, .routine, "Glucose 14-18 mmol/L after surgery planning: regimen?")
        s.consult(endocrine, [
            (s.day(7, 11, 0), endocrinology, .accepted), (s.day(6, 10, 0), endocrinology, .seen),
            (s.day(6, 10, 5), endocrinology, .signedOff),
        ])
        s.recommend(endocrine, s.day(6, 10, 5), endocrinology, "Hold metformin around surgery; basal-bolus insulin.")
        s.medication(
            s.day(9, 16, 0), ward, .ward, "Metformin 500 mg PO twice daily",
            drug: "Metformin", dose: "500 mg", route: "PO", frequency: "twice daily")
        s.order(
            s.day(9, 16, 5), ward, .ward, .nursing, "Hard cervical collar at all times; neuro observations 4-hourly")
        for (day, value) in [(9, 16.4), (7, 14.1), (5, 11.2), (2, 8.9)] {
            s.lab("glucose", value, "mmol/L", at: s.day(day, 11, 0), by: nurse)
        }
        s.morningLabs("creatinine", "umol/L", [(9, 72.0), (5, 75)], by: lab)
        s.contingency(
            s.day(2, 17, 0), resident, if: "Hand weakness worsens or new leg weakness",
            then: "Urgent MRI and call spine surgery; MAP goal above 85 mmHg")
    }

    /// SCI-0004: cauda equina syndrome from a massive L4/5 disc herniation, decompressed as an emergency.
    private static func caudaEquina(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: "SCI-0004", name: "Daniel Okafor", age: 38, sex: .male, bed: "3-06", weightKg: 88, allergies: "",
                admittedAt: s.day(6, 2, 30),
                diagnosis: "Cauda equina syndrome (L4/5 disc herniation), post emergency discectomy",
                summary: "38M, cauda equina syndrome from massive L4/5 disc, discectomy within 12 h; saddle "
                    + "sensation returning, still retaining urine.",
                severity: .stable,
                problems: ["Cauda equina syndrome, post L4/5 discectomy", "Urinary retention"]),
            by: ward)
        let mri = s.imaging(
            s.day(6, 2, 45), resident, .ward, "Emergency MRI lumbar spine: saddle anaesthesia and retention",
            modality: .mri, region: "lumbar spine", contrast: .none)
        s.order(mri, s.day(6, 4, 0), radiologist, .completed)
        s.result(
            s.day(6, 4, 15), radiologist, .mri,
            summary: "Massive L4/5 central disc extrusion compressing the cauda equina",
            findings: "Large central-left L4/5 extrusion filling 80% of the canal, compressing the cauda equina.",
            region: "lumbar spine", levels: "L4/5", order: mri)
        let spine = s.consult(
            s.day(6, 4, 20), resident, .spineSurgery, .stat, "Cauda equina syndrome, L4/5 extrusion: emergency surgery.")
        s.consult(spine, [
            (s.day(6, 4, 30), spineSurgeon, .accepted), (s.day(6, 5, 0), spineSurgeon, .seen),
            (s.day(6, 5, 5), spineSurgeon, .followUp),
        ])
        s.note(
            s.day(6, 9, 0), spineSurgeon, .spineSurgery, .procedure,
            """
            L4/5 laminectomy and discectomy. Large sequestered fragment removed; roots decompressed. \
            Mobilise as comfortable. Bladder scan after each void.
            """)
        let rehab = s.consult(
            s.day(4, 9, 0), ward, .rehabilitation, .routine, "Bladder and bowel retraining after cauda equina syndrome.")
        s.consult(rehab, [(s.day(4, 12, 0), rehabilitation, .accepted)])
        s.medication(
            s.day(6, 9, 30), ward, .ward, "Gabapentin 300 mg PO at night for radicular pain",
            drug: "Gabapentin", dose: "300 mg", route: "PO", frequency: "at night")
        s.order(
            s.day(6, 9, 35), ward, .ward, .nursing, "Bladder scan after each void; catheterise if residual above 150 mL")
        s.morningLabs("crp", "mg/L", [(4, 18)], by: lab)
        s.morningLabs("wbc", "10^9/L", [(4, 9.1)], by: lab)
        s.morningLabs("creatinine", "umol/L", [(4, 91)], by: lab)
        let residuals = s.action(
            s.day(3, 17, 0), resident, "Review bladder scan residuals with urology advice", owner: resident)
        s.done(residuals, s.day(2, 11, 0), resident)
    }

    /// SCI-0005: chronic T6 complete injury readmitted with a stage 4 sacral pressure injury and osteomyelitis.
    private static func pressureInjury(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: "SCI-0005", name: "陈志强", age: 29, sex: .male, bed: "3-07", weightKg: 64,
                allergies: "Vancomycin (red man syndrome with fast infusion)", admittedAt: s.day(14, 11, 0),
                diagnosis: "Stage 4 sacral pressure injury with osteomyelitis; chronic T6 AIS A (2 years)",
                summary: "29M, T6 AIS A after motorbike crash 2 years ago: stage 4 sacral pressure injury with "
                    + "MRSA osteomyelitis on IV vancomycin; autonomic dysreflexia episodes.",
                severity: .watcher,
                problems: ["Stage 4 sacral pressure injury", "MRSA osteomyelitis of the sacrum",
                           "Chronic T6 AIS A paraplegia", "Autonomic dysreflexia"]),
            by: ward)
        s.complication(
            s.day(13, 12, 0), infectiousDisease, .infection, "Sacral osteomyelitis under a stage 4 pressure injury",
            onset: s.day(20, 8, 0),
            ComplicationDetails(site: "sacrum (bone biopsy)", organism: "MRSA", antibiotic: "vancomycin IV"))
        let mri = s.imaging(
            s.day(14, 11, 30), ward, .ward, "MRI pelvis: osteomyelitis under the sacral ulcer?",
            modality: .mri, region: "pelvis", contrast: .gadolinium)
        s.order(mri, s.day(13, 9, 0), radiologist, .completed)
        s.result(
            s.day(13, 10, 0), radiologist, .mri,
            summary: "Sacral osteomyelitis (S4-coccyx) beneath the ulcer, small presacral collection",
            findings: "Marrow oedema and enhancement S4 to coccyx with cortical erosion; 2 cm presacral collection.",
            region: "pelvis", levels: "S4-coccyx", order: mri)
        let id = s.consult(
            s.day(14, 12, 0), ward, .infectiousDisease, .urgent, "Sacral osteomyelitis under pressure injury: antibiotics?")
        s.consult(id, [
            (s.day(14, 13, 0), infectiousDisease, .accepted), (s.day(13, 12, 0), infectiousDisease, .seen),
            (s.day(13, 12, 5), infectiousDisease, .followUp),
        ])
        s.recommend(
            id, s.day(13, 12, 5), infectiousDisease,
            "Vancomycin IV (trough 15-20 mg/L, infuse over 2 h) for 6 weeks; weekly CRP and creatinine.")
        let wound = s.consult(
            s.day(14, 12, 5), ward, .nursing, .routine, "Stage 4 sacral pressure injury: wound care plan.")
        s.consult(wound, [(s.day(14, 15, 0), woundNurse, .accepted), (s.day(13, 9, 30), woundNurse, .seen)])
        s.note(
            s.day(13, 9, 30), woundNurse, .nursing, .nursing,
            """
            Sacral wound 6 x 4 cm, depth 2.5 cm, bone palpable at the base. Slough 30%. Negative-pressure dressing \
            applied. Air-fluidised mattress. Off-load: no sitting more than 1 h.
            """)
        s.medication(
            s.day(13, 13, 0), ward, .ward, "Vancomycin 1 g IV q12h over 2 h, trough before the 4th dose",
            drug: "Vancomycin", dose: "1 g", route: "IV", frequency: "q12h")
        s.medication(
            s.day(14, 11, 30), ward, .ward, "Nifedipine 10 mg PO once if systolic BP above 150 mmHg with dysreflexia",
            drug: "Nifedipine", dose: "10 mg", route: "PO", frequency: "once as needed")
        s.morningLabs("crp", "mg/L", [(14, 148.0), (10, 96), (6, 61), (2, 34)], by: lab)
        s.morningLabs("wbc", "10^9/L", [(14, 14.6), (10, 11.8), (6, 9.4)], by: lab)
        s.morningLabs("creatinine", "umol/L", [(14, 70.0), (10, 74), (6, 79), (2, 83)], by: lab)
        s.contingency(
            s.day(3, 17, 0), resident, if: "Pounding headache, flushing, systolic BP above 150 mmHg",
            then: "Autonomic dysreflexia: sit up, loosen clothing, check bladder and bowel; nifedipine if BP stays high")
    }

    /// SCI-0006: thoracic spinal epidural abscess, drained, with paraparesis and bacteraemia.
    private static func epiduralAbscess(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: "SCI-0006", name: "Aisha Rahman", age: 33, sex: .female, bed: "3-09", weightKg: 61,
                allergies: "", admittedAt: s.day(4, 19, 0),
                diagnosis: "T9-T10 spinal epidural abscess (S. aureus), post laminectomy; T10 AIS C",
                summary: "33F, MSSA bacteraemia with T9-T10 epidural abscess, laminectomy day 3, T10 AIS C; "
                    + "still febrile, CRP high.",
                severity: .unstable,
                problems: ["T9-T10 spinal epidural abscess, post laminectomy and drainage", "MSSA bacteraemia",
                           "Paraparesis T10 AIS C"]),
            by: ward)
        let mri = s.imaging(
            s.day(4, 19, 15), resident, .ward, "MRI whole spine with gadolinium: back pain, fever, leg weakness",
            modality: .mri, region: "whole spine", contrast: .gadolinium)
        s.order(mri, s.day(4, 21, 0), radiologist, .completed)
        s.result(
            s.day(4, 21, 30), radiologist, .mri,
            summary: "Dorsal epidural abscess T9-T10 compressing the cord",
            findings: "Rim-enhancing dorsal epidural collection T9-T10, 8 mm thick, compressing the cord with T2 "
                + "signal change. T9/10 discitis not seen. No other collection.",
            region: "thoracic spine", levels: "T9-T10", order: mri)
        let spine = s.consult(
            s.day(4, 21, 35), resident, .spineSurgery, .stat, "Epidural abscess T9-T10 with leg weakness: drainage?")
        s.consult(spine, [
            (s.day(4, 21, 45), spineSurgeon, .accepted), (s.day(4, 22, 30), spineSurgeon, .seen),
            (s.day(4, 22, 35), spineSurgeon, .followUp),
        ])
        s.note(
            s.day(3, 2, 0), spineSurgeon, .spineSurgery, .procedure,
            """
            T9-T10 laminectomy and drainage of epidural pus; samples to microbiology. Drain in. Neuro checks hourly \
            for 24 h.
            """)
        let id = s.consult(
            s.day(3, 9, 0), ward, .infectiousDisease, .urgent, "MSSA bacteraemia with epidural abscess: antibiotics?")
        s.consult(id, [(s.day(3, 10, 0), infectiousDisease, .accepted), (s.day(3, 14, 0), infectiousDisease, .seen)])
        s.recommend(
            id, s.day(3, 14, 5), infectiousDisease,
            "Cefazolin 2 g IV q8h for at least 6 weeks; echocardiogram to exclude endocarditis; repeat blood cultures.")
        let anesthesia = s.consult(
            s.day(2, 9, 0), resident, .anesthesiology, .routine, "Pain plan after laminectomy: opioid-sparing options?")
        s.consult(anesthesia, [(s.day(2, 10, 0), anesthesiology, .cancelled)], reason: "Pain controlled on oral analgesia")
        let flucloxacillin = s.medication(
            s.day(4, 21, 40), resident, .ward, "Flucloxacillin 2 g IV q4h (empirical, S. aureus)",
            drug: "Flucloxacillin", dose: "2 g", route: "IV", frequency: "q4h")
        s.order(
            flucloxacillin, s.day(3, 14, 30), resident, .discontinued,
            reason: "Changed to cefazolin per infectious disease (MSSA)")
        s.medication(
            s.day(3, 14, 30), resident, .ward, "Cefazolin 2 g IV q8h, 6 weeks, per infectious disease",
            drug: "Cefazolin", dose: "2 g", route: "IV", frequency: "q8h")
        let echo = s.order(s.day(3, 14, 35), resident, .ward, .procedure, "Transthoracic echocardiogram: endocarditis?")
        s.order(echo, s.day(1, 15, 0), resident, .completed)
        s.complication(
            s.day(3, 15, 0), infectiousDisease, .infection, "MSSA bacteraemia with spinal epidural abscess",
            onset: s.day(5, 12, 0),
            ComplicationDetails(site: "bloodstream, T9-T10 epidural space", organism: "Staphylococcus aureus (MSSA)",
                                antibiotic: "cefazolin"))
        for (day, hour, value) in [(4, 19, 39.2), (3, 8, 38.7), (2, 8, 38.2), (1, 8, 37.9), (1, 20, 38.3)] {
            s.lab("temperature", value, "C", at: s.day(day, hour, 0), by: nurse)
        }
        s.morningLabs("crp", "mg/L", [(4, 312.0), (2, 268), (1, 241)], by: lab)
        s.morningLabs("wbc", "10^9/L", [(4, 19.8), (2, 16.1), (1, 14.3)], by: lab)
        s.action(
            s.day(1, 17, 0), resident, "Repeat blood cultures until negative; chase today's set", owner: resident,
            due: s.minutesAgo(-720))
        s.contingency(
            s.day(1, 17, 0), resident, if: "Leg power falls by one grade or new sensory level",
            then: "Urgent MRI with gadolinium and call spine surgery (re-collection)")
    }

    /// SCI-0007: type II odontoid fracture in an older man, in a collar, with dysphagia.
    private static func odontoidFracture(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: "SCI-0007", name: "Thomas Becker", age: 84, sex: .male, bed: "3-12", weightKg: 70,
                allergies: "Codeine (confusion)", admittedAt: s.day(5, 13, 0),
                diagnosis: "Type II odontoid fracture, no cord injury; managed in a hard collar",
                summary: "84M fell downstairs: type II odontoid fracture, neurologically intact, hard collar; "
                    + "dysphagia and delirium risk.",
                severity: .stable,
                problems: ["Type II odontoid fracture (non-operative)", "Dysphagia in collar", "Atrial fibrillation on apixaban"]),
            by: ward)
        let ct = s.imaging(
            s.day(5, 13, 15), ward, .ward, "CT cervical spine: fall, neck pain",
            modality: .ct, region: "cervical spine", contrast: .none)
        s.order(ct, s.day(5, 14, 0), radiologist, .completed)
        s.result(
            s.day(5, 14, 30), radiologist, .ct,
            summary: "Type II odontoid fracture, 2 mm posterior displacement",
            findings: "Fracture through the base of the dens, 2 mm posterior displacement, no C1-C2 subluxation.",
            region: "cervical spine", levels: "C2", order: ct)
        let spine = s.consult(
            s.day(5, 14, 35), ward, .spineSurgery, .urgent, "Type II odontoid fracture, 84 years: collar or fixation?")
        s.consult(spine, [
            (s.day(5, 15, 0), spineSurgeon, .accepted), (s.day(5, 17, 0), spineSurgeon, .seen),
            (s.day(5, 17, 5), spineSurgeon, .signedOff),
        ])
        s.recommend(spine, s.day(5, 17, 5), spineSurgeon, "Hard collar 12 weeks; upright X-ray at 6 weeks in clinic.")
        let rehab = s.consult(
            s.day(4, 10, 0), ward, .rehabilitation, .routine, "Mobility and swallow in a hard collar.")
        s.consult(rehab, [(s.day(4, 14, 0), rehabilitation, .accepted), (s.day(3, 10, 0), rehabilitation, .seen)])
        s.note(
            s.day(3, 10, 0), rehabilitation, .rehabilitation, .consult,
            """
            Walks 20 m with a frame and one assist. Coughs with thin fluids in the collar: soft diet, mildly thick \
            fluids, sit upright for meals. Daily physiotherapy.
            """)
        s.medication(
            s.day(5, 13, 30), ward, .ward, "Apixaban 2.5 mg PO twice daily (AF; age and weight dose)",
            drug: "Apixaban", dose: "2.5 mg", route: "PO", frequency: "twice daily")
        s.order(s.day(5, 13, 35), ward, .ward, .nursing, "Hard collar at all times; skin check under the collar twice daily")
        s.lab("creatinine", 118, "umol/L", at: s.day(5, 14, 0), by: lab, entered: s.day(5, 15, 0))
        s.lab("hemoglobin", 121, "g/L", at: s.day(5, 14, 0), by: lab, entered: s.day(5, 15, 0))
        s.action(s.day(1, 17, 0), resident, "Delirium screen (4AT) each shift", owner: nurse)
    }
}
