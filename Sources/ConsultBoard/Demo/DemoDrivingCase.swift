import Foundation

/// The demo's driving case, `SCI-0001` (fictional): a 62-year-old woman with an acute C4-5 cord injury during an
/// ultrasound-guided cervical medial branch block, a polyneuropathy of all four limbs (acute Guillain-Barre
/// syndrome vs cord injury with peripheral neuropathy), and a stay complicated by infections, a left leg DVT and
/// acute kidney injury on chronic kidney disease. Sixteen days of consults, orders, results, labs, notes, exams
/// and handoff items, told in the order the ward team would have entered them.
enum DemoDrivingCase {
    // The fictional team.
    static let ward = "dr.chen"  // spinal ward attending
    static let resident = "dr.ma"  // spinal ward resident
    static let nurse = "rn.zhang"
    static let neurologist = "dr.zhou"
    static let spineSurgeon = "dr.sun"
    static let radiologist = "dr.wu"
    static let nephrologist = "dr.he"
    static let infectiousDisease = "dr.lin"
    static let vascular = "dr.guo"
    static let lab = "lab.system"

    static func write(into s: inout DemoScript) {
        admission(&s)
        let prophylaxis = steroidsAndWorkup(&s)
        infections(&s)
        let treatment = thrombosis(&s, replacing: prophylaxis)
        kidneys(&s)
        observations(&s)
        vitalsAndDoses(&s, enoxaparin: treatment)
        handoff(&s)
        handoverFacts(&s)
    }

    // MARK: - What the receiver needs: code status, lines and catheters, contacts

    /// Documented on this morning's round, after every other change of the story, so the records before keep
    /// their ids; the catheter came out days ago (the removal carries its own time).
    private static func handoverFacts(_ s: inout DemoScript) {
        let mrn = s.mrn
        let catheterIn = s.day(16, 10, 20)
        let catheterOut = s.day(3, 9, 0)
        let piccIn = s.day(10, 14, 30)
        s.add(s.minutesAgo(30), resident) { _ in
            .setCodeStatus(SetCodeStatus(mrn: mrn, status: .fullCode, note: "discussed with patient and daughter"))
        }
        let catheter = s.create(.device, s.minutesAgo(29), nurse) { _ in
            .addDevice(AddDevice(mrn: mrn, kind: .urinaryCatheter, site: "16 Fr Foley", insertedAt: catheterIn))
        }
        s.add(s.minutesAgo(28), nurse) { id in
            .removeDevice(RemoveDevice(deviceID: id(catheter), reason: "intermittent catheterisation 5-hourly", at: catheterOut))
        }
        s.create(.device, s.minutesAgo(27), nurse) { _ in
            .addDevice(AddDevice(mrn: mrn, kind: .picc, site: "right basilic vein", insertedAt: piccIn))
        }
        s.create(.contact, s.minutesAgo(26), ward) { _ in
            .addContact(AddContact(mrn: mrn, role: .family, name: "Chen Jing", relation: "daughter", phone: "138-0000-0101"))
        }
        s.create(.contact, s.minutesAgo(25), ward) { _ in
            .addContact(AddContact(mrn: mrn, role: .team, name: "dr.zhou", relation: "attending spine surgeon", phone: "ext 3301"))
        }
    }

    // MARK: - Day 1: the injury, admission and the first consults

    private static func admission(_ s: inout DemoScript) {
        s.admit(
            Patient(
                mrn: DemoBoard.drivingCase, name: "Lin Meifang", age: 62, sex: .female, bed: "3-01", weightKg: 58,
                allergies: "Sulfonamides (rash)", admittedAt: s.day(16, 9, 40),
                diagnosis: "Acute C4-5 cord injury during cervical medial branch block; polyneuropathy (GBS vs SCI)",
                summary: "62F, T2DM/HTN/CKD/chronic HBV: acute C4-5 cord injury during cervical medial branch "
                    + "block, weakness of all four limbs (R>L); on steroid pulse, GBS not excluded.",
                severity: .unstable,
                problems: [
                    "Acute C4-5 intramedullary cord injury after cervical facet/medial branch block",
                    "Type 2 diabetes (steroid hyperglycaemia risk)", "Hypertension",
                    "Chronic kidney disease (baseline creatinine ~110 umol/L)",
                    "Chronic hepatitis B on entecavir",
                ]),
            by: ward)

        let admissionNote = s.note(
            s.day(16, 10, 5), ward, .ward, .progress,
            """
            Spinal ward admission note.
            62-year-old woman with type 2 diabetes, hypertension, chronic kidney disease (baseline creatinine about \
            110 umol/L) and chronic hepatitis B on entecavir. Three months of neck pain, diagnosed at the pain clinic \
            as mixed-type cervical spondylosis; radiofrequency ablation four weeks ago with partial relief.
            This morning: ultrasound-guided bilateral cervical facet / medial branch block. While injecting at left \
            C4/5 she had sudden severe pain and numbness in all four limbs, right worse than left. Procedure stopped \
            and she was transferred to us.
            Exam: alert, GCS 15, speaking full sentences, SpO2 97% on air. Power: shoulders and elbows 5/5; wrists \
            and hands R 3-4/5, L 4/5; lower limbs 4/5 throughout. Light touch and pin prick reduced below C5; \
            vibration and joint position reduced in the feet. Cannot walk unaided. Anal tone and sensation present.
            Plan: urgent MRI cervical spine; neurology, spine surgery and imaging consults; steroid pulse to be \
            agreed with neurology; capillary glucose on steroids; FVC every 4 h; mechanical VTE prophylaxis for 24 h.
            """)
        s.addendum(
            admissionNote, s.day(16, 19, 0), ward,
            """
            Addendum: the pain clinic confirms the needle tip was seen on ultrasound before each injection; 1.5 mL \
            0.5% ropivacaine with 5 mg dexamethasone per level, no contrast. Daughter informed of the event and \
            the plan; incident report filed.
            """)

        let neurology = s.consult(
            s.day(16, 10, 10), ward, .neurology, .stat,
            "Acute weakness and numbness of all four limbs during cervical medial branch block: cord injury? "
                + "Steroids? Further workup?")
        let spine = s.consult(
            s.day(16, 10, 10), ward, .spineSurgery, .urgent,
            "C4-5 cord injury during injection, C3/4 disc herniation on outside imaging: any indication for "
                + "decompression?")
        let imaging = s.consult(
            s.day(16, 10, 10), ward, .imaging, .urgent,
            "Please report urgent MRI cervical spine today: cord signal, haematoma, compression.")

        let mri = s.imaging(
            s.day(16, 10, 15), ward, .ward, "Urgent MRI cervical spine: cord injury after C4/5 injection",
            modality: .mri, region: "cervical spine", contrast: .none)
        s.order(
            s.day(16, 10, 20), ward, .ward, .nursing,
            "Capillary blood glucose before meals and at 22:00 while on steroids; call if > 15 or < 4 mmol/L")
        s.medication(
            s.day(16, 10, 25), ward, .ward, "Continue home entecavir (chronic hepatitis B), renally adjusted",
            drug: "Entecavir", dose: "0.5 mg", route: "PO", frequency: "every 48 h")
        s.order(
            s.day(16, 10, 25), ward, .ward, .nursing,
            "Forced vital capacity every 4 h for 48 h; call the ward doctor if below 1.5 L")

        s.consult(imaging, [(s.day(16, 10, 30), radiologist, .accepted)])
        s.consult(neurology, [(s.day(16, 10, 40), neurologist, .accepted)])
        s.consult(spine, [(s.day(16, 11, 0), spineSurgeon, .accepted)])

        let findings = """
            Sagittal and axial T1, T2, STIR and GRE, no contrast.
            Cord: ill-defined intramedullary T2/STIR hyperintensity at C4-5, right of midline more than left, about \
            14 mm long, with mild cord swelling; no haemorrhage on GRE.
            C3/4: central-right disc herniation compressing the ventral thecal sac; CSF preserved around the cord.
            Multilevel spondylosis C3-C6 with facet arthropathy; small fluid collection at the left C4/5 facet \
            (recent injection). No epidural haematoma. Alignment preserved.
            """
        let mriResult = s.result(
            s.day(16, 13, 30), radiologist, .mri,
            summary: "Intramedullary signal change in the cord at C4-5 (acute cord injury); C3/4 disc herniation "
                + "compressing the thecal sac",
            findings: findings, region: "cervical spine", levels: "C3/4, C4-5", status: .preliminary, order: mri)
        s.order(mri, s.day(16, 13, 30), radiologist, .completed)
        s.consult(imaging, [(s.day(16, 13, 35), radiologist, .seen)])

        s.consult(neurology, [(s.day(16, 14, 10), neurologist, .seen)])
        s.note(
            s.day(16, 14, 10), neurologist, .neurology, .consult,
            """
            Neurology consult.
            Sudden pain and numbness in all four limbs during a left C4/5 medial branch injection, then weakness, \
            distal more than proximal in the arms, right worse. MRI: intramedullary T2 signal at C4-5 without \
            haematoma.
            Exam: cranial nerves normal. Upper limbs: deltoid/biceps 5, wrist extensors R 4 L 5, finger flexors \
            R 3 L 4, small hand muscles R 2-3 L 3-4. Lower limbs 4/5 throughout. Reflexes: biceps brisk, ankle jerks \
            reduced bilaterally, plantars flexor. Pin prick and light touch reduced from C5 down, vibration reduced \
            to the ankles. Sphincters preserved.
            Impression: acute incomplete cervical cord injury at C4-5 (needle or vascular injury). The reduced ankle \
            jerks do not fit the cord lesion alone: a peripheral process should be looked for.
            """)
        s.recommend(
            neurology, s.day(16, 14, 15), neurologist,
            "Methylprednisolone 1 g IV daily for 3 days, with PPI cover and capillary glucose monitoring.")
        s.recommend(
            neurology, s.day(16, 14, 15), neurologist,
            "EMG/NCS of all four limbs within 48 h; lumbar puncture for CSF if it shows a polyneuropathy.")
        // Neurology keeps following her: after the EMG (day 3) and before the repeat lumbar puncture (day 16).
        s.consult(neurology, [
            (s.day(14, 17, 5), neurologist, .followUp), (s.day(1, 11, 0), neurologist, .seen),
            (s.day(1, 11, 5), neurologist, .followUp),
        ])
        s.recommend(
            neurology, s.day(14, 17, 5), neurologist,
            "Treat as GBS: IVIG 0.4 g/kg/day for 5 days. Repeat lumbar puncture in 1-2 weeks if the diagnosis is open.")

        let steroids = s.medication(
            s.day(16, 14, 30), ward, .ward, "Methylprednisolone pulse 1 g IV daily x3 (day 1 today), per neurology",
            drug: "Methylprednisolone", dose: "1 g", route: "IV", frequency: "daily x3 days")
        s.medication(
            s.day(16, 14, 30), ward, .ward, "Pantoprazole 40 mg IV daily while on high-dose steroids",
            drug: "Pantoprazole", dose: "40 mg", route: "IV", frequency: "daily")
        s.order(steroids, s.day(13, 9, 0), resident, .completed)

        s.consult(spine, [(s.day(16, 16, 0), spineSurgeon, .seen), (s.day(16, 16, 5), spineSurgeon, .followUp)])
        s.note(
            s.day(16, 16, 0), spineSurgeon, .spineSurgery, .consult,
            """
            Spine surgery consult.
            Reviewed MRI with radiology: C3/4 disc herniation indents the ventral thecal sac but does not compress \
            the cord; the intramedullary signal is at C4-5, below the herniation, and matches the injection level.
            No instability, no haematoma. Neurological deficit incomplete and not progressing since 11:00.
            No indication for decompression at present. Soft collar for comfort only.
            We will follow; repeat MRI with gadolinium in about two weeks, or at once if the deficit progresses.
            """)
        s.recommend(
            spine, s.day(16, 16, 5), spineSurgeon,
            "No surgical decompression now. Repeat MRI cervical spine with gadolinium in about 2 weeks, urgently if "
                + "the deficit progresses.")

        s.result(mriResult, s.day(16, 17, 0), radiologist, .final)
        s.recommend(
            imaging, s.day(16, 17, 0), radiologist,
            "Findings fit an acute cord injury at C4-5; a contrast-enhanced MRI at follow-up will help separate "
                + "injury, ischaemia and inflammation.")
        s.consult(imaging, [(s.day(16, 17, 5), radiologist, .signedOff)])
    }

    // MARK: - Days 2-7: EMG, CSF, antibodies, IVIG

    /// Returns the prophylactic enoxaparin order, which the DVT chapter replaces with a treatment dose.
    private static func steroidsAndWorkup(_ s: inout DemoScript) -> DemoScript.Ref {
        let prophylaxis = s.medication(
            s.day(15, 10, 0), ward, .ward, "Enoxaparin 40 mg SC daily, VTE prophylaxis (tetraparesis, immobile)",
            drug: "Enoxaparin", dose: "40 mg", route: "SC", frequency: "daily")
        s.medication(
            s.day(15, 10, 5), ward, .ward, "Basal insulin for steroid hyperglycaemia, with correction scale",
            drug: "Insulin glargine", dose: "10 units", route: "SC", frequency: "at 22:00")
        let emg = s.order(
            s.day(15, 10, 30), neurologist, .neurology, .procedure, "EMG and nerve conduction studies, all four limbs")

        // The prophylactic enoxaparin is held for the lumbar puncture (12 h after the last dose).
        s.order(
            prophylaxis, s.day(14, 7, 0), resident, .onHold,
            reason: "Hold for lumbar puncture today: at least 12 h after the last prophylactic dose")
        let lumbarPuncture = s.order(
            s.day(14, 8, 0), neurologist, .neurology, .procedure,
            "Lumbar puncture: CSF cells, protein, glucose (paired serum), oligoclonal bands, culture, cytology")
        s.order(lumbarPuncture, s.day(14, 12, 0), neurologist, .completed)
        s.note(
            s.day(14, 12, 10), neurologist, .neurology, .procedure,
            """
            Lumbar puncture, L3/4, left lateral position, 22G atraumatic needle, first pass. Last enoxaparin \
            22 h ago, platelets 231. Opening pressure 14 cmH2O, clear CSF, 12 mL sent. No complications; flat for \
            1 h.
            """)
        s.order(prophylaxis, s.day(14, 20, 0), resident, .active)

        s.order(emg, s.day(14, 15, 0), neurologist, .completed)
        s.result(
            s.day(14, 15, 30), neurologist, .emg,
            summary: "Peripheral nerve damage in all four limbs: acute Guillain-Barre syndrome vs cord injury with "
                + "peripheral neuropathy",
            findings: """
                NCS: prolonged distal motor latencies and slowed conduction in the median, ulnar, peroneal and \
                tibial nerves on both sides; tibial F-waves absent, median F-waves prolonged; sural and median \
                sensory amplitudes reduced.
                Needle EMG: reduced recruitment in distal arm and leg muscles; no spontaneous activity yet (too \
                early for denervation).
                Sensorimotor polyneuropathy with demyelinating features in all four limbs; a background diabetic \
                neuropathy may contribute.
                """,
            region: "all four limbs", order: emg)
        s.result(
            s.day(14, 16, 0), lab, .csf,
            summary: "CSF unremarkable: no albuminocytologic dissociation",
            findings: """
                Opening pressure 14 cmH2O, clear. WBC 2 x10^6/L, RBC 5 x10^6/L. Protein 0.38 g/L. Glucose \
                4.6 mmol/L (serum 8.9). Oligoclonal bands absent. Gram stain and culture negative, cytology negative.
                """,
            order: lumbarPuncture)

        s.note(
            s.day(14, 17, 0), neurologist, .neurology, .progress,
            """
            Neurology follow-up.
            EMG/NCS: demyelinating sensorimotor polyneuropathy of all four limbs, more than the cord lesion explains. \
            CSF normal on day 2; a normal protein this early does not exclude GBS.
            Differential: acute GBS (AIDP) coinciding with, or triggered by, the procedure; versus the cord injury \
            with a pre-existing diabetic neuropathy. Given progression risk, treat as GBS.
            Plan: IVIG 0.4 g/kg/day for 5 days after the steroid pulse; autoimmune and anti-ganglioside antibodies \
            sent; repeat lumbar puncture in 1-2 weeks for protein if the diagnosis is still open.
            """)
        s.result(
            s.day(13, 10, 0), lab, .other,
            summary: "Autoimmune antibodies positive: ANA 1:320 speckled, anti-SSA/Ro52 positive, anti-GM1 IgG "
                + "weakly positive",
            findings: "ANA 1:320 (speckled). Anti-SSA/Ro52 positive, anti-SSB negative, anti-dsDNA negative. "
                + "Anti-ganglioside panel: GM1 IgG weakly positive, GQ1b and GD1b negative. ANCA negative.")

        let ivig = s.medication(
            s.day(13, 9, 0), ward, .ward, "IVIG 0.4 g/kg/day IV for 5 days (58 kg: 23 g daily), per neurology",
            drug: "Immune globulin (IVIG)", dose: "0.4 g/kg (23 g)", route: "IV", frequency: "daily x5 days")
        s.order(ivig, s.day(9, 18, 0), resident, .completed)

        s.exam(
            s.day(15, 9, 0), resident,
            DemoExam.values(
                right: .init(motor: [5, 4, 3, 3, 2, 4, 4, 4, 4, 4], normalSensationThrough: "c4", touchBelow: 1, prickBelow: 1),
                left: .init(motor: [5, 5, 4, 4, 3, 4, 4, 4, 4, 4], normalSensationThrough: "c4", touchBelow: 1, prickBelow: 1),
                analSensation: true, analContraction: true))
        s.exam(
            s.day(2, 9, 0), resident,
            DemoExam.values(
                right: .init(motor: [5, 4, 4, 3, 3, 4, 4, 4, 4, 4], normalSensationThrough: "c4", touchBelow: 1, prickBelow: 1),
                left: .init(motor: [5, 5, 4, 4, 4, 4, 4, 4, 4, 4], normalSensationThrough: "c5", touchBelow: 1, prickBelow: 1),
                analSensation: true, analContraction: true))

        s.update(
            s.day(10, 9, 0), ward,
            UpdatePatient(
                mrn: "", diagnosis: "Acute C4-5 cord injury (C4 AIS D) after medial branch block; GBS vs SCI "
                    + "with peripheral neuropathy",
                summary: "62F, T2DM/HTN/CKD/HBV: C4 AIS D cord injury after cervical medial branch block plus "
                    + "polyneuropathy (GBS vs SCI); steroid pulse done, on IVIG day 4; neuro stable.",
                severity: .watcher))
        return prophylaxis
    }

    // MARK: - Fevers and infections

    private static func infections(_ s: inout DemoScript) {
        s.note(
            s.day(11, 15, 0), resident, .ward, .progress,
            """
            Fever 38.4 C this afternoon, first since admission. Chest clear, no cough. Urine in the catheter bag \
            cloudy. Line sites clean. Blood cultures x2 and catheter urine culture sent; catheter changed.
            Starting ceftriaxone pending cultures. On steroids (finished) and IVIG day 3.
            """)
        let ceftriaxone = s.medication(
            s.day(11, 16, 0), resident, .ward, "Ceftriaxone 2 g IV daily, empirical for catheter-associated UTI",
            drug: "Ceftriaxone", dose: "2 g", route: "IV", frequency: "daily")
        let uti = s.complication(
            s.day(9, 11, 30), resident, .infection, "Catheter-associated urinary tract infection",
            onset: s.day(11, 14, 0),
            ComplicationDetails(
                site: "urinary tract (indwelling catheter)", organism: "Escherichia coli (ESBL-producing)",
                antibiotic: "meropenem"))
        s.order(
            ceftriaxone, s.day(9, 11, 0), resident, .discontinued,
            reason: "Urine culture: ESBL-producing E. coli, resistant to ceftriaxone")
        s.medication(
            s.day(9, 11, 0), resident, .ward, "Meropenem 1 g IV q12h (renally adjusted), ESBL E. coli UTI, per ID",
            drug: "Meropenem", dose: "1 g", route: "IV", frequency: "q12h")

        let id = s.consult(
            s.day(9, 10, 0), resident, .infectiousDisease, .urgent,
            "ESBL E. coli catheter UTI with fevers after steroid pulse and IVIG, CKD: antibiotic choice and duration?")
        s.consult(id, [(s.day(9, 10, 30), infectiousDisease, .accepted), (s.day(9, 15, 0), infectiousDisease, .seen)])
        s.note(
            s.day(9, 15, 0), infectiousDisease, .infectiousDisease, .consult,
            """
            Infectious disease consult.
            Fever from day 6 after methylprednisolone pulse, now on IVIG. Catheter urine: E. coli > 10^5 CFU/mL, \
            ESBL-producing, sensitive to meropenem, amikacin and fosfomycin. Blood cultures no growth at 48 h.
            Chronic HBV on entecavir: HBV DNA and LFTs to be checked after high-dose steroids (reactivation risk).
            Recommendations below. We will follow.
            """)
        s.recommend(
            id, s.day(9, 15, 5), infectiousDisease,
            "Meropenem 1 g IV q12h (dose for eGFR 26-50), 7 days; review the dose daily against creatinine.")
        s.recommend(
            id, s.day(9, 15, 5), infectiousDisease,
            "Remove the urinary catheter as soon as bladder management allows; intermittent catheterisation preferred.")
        s.recommend(
            id, s.day(9, 15, 5), infectiousDisease, "HBV DNA and liver function tests now and in 2 weeks.")
        s.consult(id, [(s.day(9, 15, 10), infectiousDisease, .followUp)])

        s.complication(uti, s.day(4, 10, 0), infectiousDisease, .resolved)

        // Second fever: aspiration pneumonia (weak cough from the cervical injury).
        let chestXR = s.imaging(
            s.day(6, 8, 0), resident, .ward, "Chest X-ray: new fever 38.6 C, crackles right base",
            modality: .xr, region: "chest", contrast: .none)
        s.order(chestXR, s.day(6, 10, 30), radiologist, .completed)
        s.result(
            s.day(6, 11, 0), radiologist, .xr,
            summary: "Right lower lobe consolidation, consistent with pneumonia",
            findings: "AP portable. Patchy consolidation in the right lower zone with air bronchograms. No effusion. "
                + "Heart size normal. Lines and tubes: none.",
            region: "chest", order: chestXR)
        s.complication(
            s.day(6, 12, 0), resident, .infection, "Hospital-acquired pneumonia, right lower lobe (weak cough)",
            onset: s.day(6, 6, 0),
            ComplicationDetails(
                site: "right lower lobe", organism: "Klebsiella pneumoniae (sputum)",
                antibiotic: "meropenem (course extended to 10 days)"))
        s.consult(id, [(s.day(6, 14, 0), infectiousDisease, .seen), (s.day(6, 14, 5), infectiousDisease, .followUp)])
        s.recommend(
            id, s.day(6, 14, 5), infectiousDisease,
            "Continue meropenem, extend to 10 days from today for the pneumonia; chest physiotherapy and assisted "
                + "cough four times daily.")
        s.result(
            s.minutesAgo(180), lab, .other,
            summary: "Blood cultures x2 (taken yesterday): no growth at 24 h",
            findings: "Aerobic and anaerobic bottles, two sets (peripheral and PICC): no growth at 24 h. Final at 5 days.",
            status: .preliminary)
    }

    // MARK: - Left leg DVT

    /// Returns the treatment-dose enoxaparin order.
    private static func thrombosis(_ s: inout DemoScript, replacing prophylaxis: DemoScript.Ref) -> DemoScript.Ref {
        s.note(
            s.day(8, 8, 30), nurse, .nursing, .nursing,
            """
            Night: left calf and thigh swollen, calf circumference 4 cm more than right, warm. Pedal pulses present. \
            Ward doctor informed at 06:40. Leg elevated.
            """)
        let vascularConsult = s.consult(
            s.day(8, 10, 0), resident, .vascular, .urgent,
            "Swollen left leg, D-dimer 4.8 mg/L FEU, on prophylactic enoxaparin: DVT? Anticoagulation plan?")
        let duplex = s.imaging(
            s.day(8, 10, 5), resident, .ward, "Venous duplex ultrasound, left leg: suspected DVT",
            modality: .us, region: "left lower limb veins", contrast: .none)
        s.consult(vascularConsult, [(s.day(8, 10, 30), vascular, .accepted)])
        s.order(duplex, s.day(8, 13, 0), vascular, .completed)
        s.result(
            s.day(8, 13, 15), vascular, .other,
            summary: "Duplex ultrasound: acute DVT of the left common femoral and popliteal veins",
            findings: "Non-compressible left common femoral, femoral and popliteal veins with intraluminal thrombus and "
                + "absent flow augmentation. Calf veins poorly seen (oedema). Right leg veins compressible.",
            region: "left lower limb veins", order: duplex)
        s.complication(
            s.day(8, 13, 30), vascular, .dvt, "Left femoral-popliteal deep vein thrombosis",
            onset: s.day(8, 6, 40),
            ComplicationDetails(
                site: "left common femoral and popliteal veins", confirmedBy: "duplex ultrasound",
                anticoagulation: "enoxaparin 1 mg/kg SC q12h"))
        s.consult(vascularConsult, [(s.day(8, 14, 0), vascular, .seen)])
        s.note(
            s.day(8, 14, 0), vascular, .vascular, .consult,
            """
            Vascular surgery consult.
            Proximal DVT left leg (common femoral to popliteal) on duplex, no signs of limb threat, no symptoms of PE.
            Immobile after cervical cord injury; on prophylactic enoxaparin since day 2.
            Treat with therapeutic LMWH; no indication for thrombolysis or an IVC filter while anticoagulation is \
            possible. Graduated compression once pain settles. Anticoagulate for at least 3 months.
            """)
        s.recommend(
            vascularConsult, s.day(8, 14, 5), vascular,
            "Enoxaparin 1 mg/kg SC q12h (58 kg: 60 mg); anti-Xa level after the 3rd dose; if eGFR falls below 30 "
                + "reduce to 1 mg/kg once daily or change to unfractionated heparin.")
        s.order(
            prophylaxis, s.day(8, 14, 30), resident, .discontinued,
            reason: "DVT confirmed: changed to treatment dose")
        let treatment = s.medication(
            s.day(8, 14, 30), resident, .ward, "Enoxaparin 1 mg/kg SC q12h (58 kg: 60 mg), treatment of left leg DVT",
            drug: "Enoxaparin", dose: "60 mg", route: "SC", frequency: "q12h")
        s.consult(vascularConsult, [(s.day(4, 11, 0), vascular, .signedOff)])
        return treatment
    }

    // MARK: - Acute kidney injury on CKD

    private static func kidneys(_ s: inout DemoScript) {
        let nephrology = s.consult(
            s.day(4, 9, 0), ward, .nephrology, .urgent,
            "Creatinine 110 -> 150 umol/L after IVIG, on meropenem and therapeutic enoxaparin, CKD: cause, dosing, "
                + "and is gadolinium safe for the repeat MRI?")
        s.consult(nephrology, [(s.day(4, 10, 0), nephrologist, .accepted), (s.day(3, 11, 0), nephrologist, .seen)])
        s.note(
            s.day(3, 11, 0), nephrologist, .nephrology, .consult,
            """
            肾内科会诊意见：
            患者62岁女性，既往2型糖尿病、高血压、慢性肾脏病（基线肌酐约110 umol/L）。近5天肌酐由126升至190 umol/L，\
            尿量约1100 mL/日，无明显容量不足。
            考虑慢性肾脏病基础上的急性肾损伤（KDIGO 1-2期），可能原因：静脉丙种球蛋白相关肾损伤、感染、药物因素。
            建议：
            1. 停用肾毒性药物，避免使用NSAIDs；
            2. 美罗培南按eGFR调整剂量；
            3. eGFR<30时依诺肝素改为1 mg/kg每日一次，或改用普通肝素并监测APTT；
            4. 复查颈椎MRI如必须增强，请使用大环类钆对比剂最低剂量，并告知NSF风险；
            5. 每日监测肌酐、电解质及尿量。
            """)
        s.recommend(
            nephrology, s.day(3, 11, 5), nephrologist,
            "AKI on CKD G3a, likely IVIG-related with sepsis: stop nephrotoxins, dose meropenem for eGFR, daily "
                + "creatinine, electrolytes and urine output.")
        s.recommend(
            nephrology, s.day(3, 11, 5), nephrologist,
            "If eGFR < 30: enoxaparin 1 mg/kg once daily with anti-Xa levels, or unfractionated heparin infusion.")
        s.recommend(
            nephrology, s.day(3, 11, 5), nephrologist,
            "Avoid gadolinium unless essential; if essential, a macrocyclic (group II) agent at the lowest dose.")
        s.consult(nephrology, [(s.day(3, 11, 10), nephrologist, .followUp), (s.day(1, 10, 0), nephrologist, .seen)])
        let hepatology = s.consult(
            s.day(3, 14, 0), ward, .hepatology, .routine,
            "Chronic HBV on entecavir after methylprednisolone pulse and IVIG: reactivation risk? Entecavir dose "
                + "with AKI?")
        s.consult(hepatology, [(s.day(2, 9, 0), "dr.qian", .accepted)])
        s.consult(
            s.day(1, 9, 0), ward, .rehabilitation, .routine,
            "Early rehabilitation plan: C4 AIS D with polyneuropathy, hand function and transfers.")
        s.complication(
            s.day(3, 12, 0), nephrologist, .renal, "Acute kidney injury on chronic kidney disease",
            onset: s.day(5, 7, 0), ComplicationDetails(renalType: "AKI (KDIGO stage 1, rising) on CKD G3a"))

        s.imaging(
            s.day(2, 16, 0), spineSurgeon, .spineSurgery,
            "Repeat MRI cervical spine with gadolinium: reassess the C4-5 cord lesion and enhancement",
            modality: .mri, region: "cervical spine", contrast: .gadolinium)
        s.note(
            s.day(2, 16, 0), spineSurgeon, .spineSurgery, .progress,
            """
            Spine surgery follow-up.
            Power slightly better on the right hand (finger flexors 3 -> 4). No new deficit. Collar for comfort only.
            Repeat MRI with gadolinium requested as planned to assess the C4-5 lesion and the C3/4 herniation before \
            deciding on elective C3/4 surgery; please discuss contrast with nephrology given the AKI.
            """)
        s.order(
            s.day(1, 11, 0), neurologist, .neurology, .procedure,
            "Repeat lumbar puncture (planned tomorrow 10:00): CSF protein and cells to re-evaluate GBS")
        s.note(
            s.day(1, 11, 0), neurologist, .neurology, .progress,
            """
            Neurology follow-up, day 15.
            Weakness stable to slightly better; reflexes still reduced at the ankles. Repeat LP planned tomorrow for \
            CSF protein (albuminocytologic dissociation would support GBS).
            NB: on treatment-dose enoxaparin. The LP needs the last dose at least 24 h before; please agree timing \
            with the ward and vascular.
            """)
        s.update(
            s.day(1, 12, 0), ward,
            UpdatePatient(
                mrn: "",
                summary: "62F, C4 AIS D cord injury after medial branch block + polyneuropathy (GBS vs SCI): "
                    + "now AKI on CKD (Cr 250), fevers (RLL pneumonia on meropenem), L leg DVT on enoxaparin.",
                severity: .unstable,
                problems: [
                    "Acute C4-5 cord injury, C4 AIS D",
                    "Polyneuropathy of all four limbs: acute GBS vs SCI with peripheral neuropathy (after IVIG)",
                    "AKI on CKD G3a (creatinine 110 -> 250 umol/L)",
                    "Hospital-acquired pneumonia RLL, on meropenem; ESBL E. coli UTI treated",
                    "Left femoral-popliteal DVT on treatment-dose enoxaparin",
                    "Type 2 diabetes with steroid hyperglycaemia", "Hypertension", "Chronic hepatitis B on entecavir",
                ]))
    }

    // MARK: - Labs and vitals

    private static func observations(_ s: inout DemoScript) {
        // Creatinine (umol/L): baseline ~110, then rising after IVIG and sepsis.
        s.morningLabs("creatinine", "umol/L", [(16, 108.0), (13, 112), (10, 118), (7, 126), (5, 150), (3, 190), (1, 250)], by: lab)
        s.morningLabs("wbc", "10^9/L", [(16, 8.2), (14, 13.6), (11, 14.9), (9, 12.2), (6, 15.1), (3, 11.4), (1, 12.8)], by: lab)
        s.morningLabs("crp", "mg/L", [(16, 6.0), (11, 62), (9, 88), (6, 124), (3, 70), (1, 96)], by: lab)
        s.morningLabs("d-dimer", "mg/L FEU", [(16, 0.8), (8, 4.8), (3, 3.9)], by: lab)
        s.morningLabs("potassium", "mmol/L", [(16, 5.0), (9, 4.6), (5, 4.9), (1, 5.4)], by: lab)
        s.morningLabs("platelets", "10^9/L", [(14, 231.0), (8, 205), (1, 182)], by: lab)
        s.morningLabs("procalcitonin", "ng/mL", [(6, 0.9)], by: lab)
        // Capillary glucose (mmol/L), high on the steroid pulse.
        for (day, value) in [(16, 12.4), (15, 16.2), (14, 14.8), (13, 11.6), (11, 9.4), (8, 8.7), (5, 8.1), (2, 7.6), (1, 9.2)] {
            s.lab("glucose", value, "mmol/L", at: s.day(day, 11, 0), by: nurse)
        }
        // Temperature (C): recurrent low fever.
        let temperatures: [(Int, Int, Double)] = [
            (16, 20, 37.0), (15, 8, 36.8), (14, 8, 37.2), (13, 8, 37.0), (12, 8, 37.3), (11, 14, 38.4),
            (10, 8, 38.2), (9, 8, 37.6), (8, 8, 37.4), (7, 18, 38.0), (6, 6, 38.6), (5, 8, 38.3), (4, 8, 37.5),
            (3, 8, 37.2), (2, 18, 38.1), (1, 6, 38.5), (1, 18, 37.9),
        ]
        for (day, hour, value) in temperatures {
            s.lab("temperature", value, "C", at: s.day(day, hour, 0), by: nurse)
        }
    }

    // MARK: - I-PASS: actions, contingencies, the nurse's note entered in error

    private static func handoff(_ s: inout DemoScript) {
        let fvc = s.action(
            s.day(16, 18, 0), resident, "FVC every 4 h for 48 h; call if below 1.5 L", owner: nurse,
            due: s.day(14, 18, 0))
        s.done(fvc, s.day(14, 18, 0), nurse)
        let cultures = s.action(
            s.day(11, 16, 0), resident, "Chase urine and blood cultures with sensitivities", owner: resident,
            due: s.day(9, 12, 0))
        s.done(cultures, s.day(9, 11, 0), resident)
        s.action(
            s.day(1, 12, 30), ward, "Discuss enoxaparin dose with nephrology before tonight's dose (eGFR < 30)",
            owner: resident, due: s.minutesAgo(-360))
        s.action(
            s.day(1, 12, 30), ward,
            "Hold enoxaparin at least 24 h before tomorrow's lumbar puncture; agree timing with neurology",
            owner: resident, due: s.minutesAgo(-600))
        s.action(
            s.day(1, 12, 30), ward, "Ask radiology whether gadolinium is essential for the repeat MRI given the AKI",
            owner: spineSurgeon)
        let antiXa = s.action(
            s.day(8, 15, 0), resident, "Anti-Xa level 4 h after the 3rd dose of enoxaparin 60 mg", owner: resident,
            due: s.day(7, 12, 0))
        s.done(antiXa, s.day(7, 13, 0), resident)

        s.contingency(
            s.day(16, 18, 0), resident, if: "New or worsening weakness, breathing difficulty, or FVC below 1.5 L",
            then: "Call neurology and ICU outreach at once; urgent repeat MRI cervical spine")
        s.contingency(
            s.day(6, 12, 0), resident, if: "Temperature 38.5 C or more, or systolic BP below 90 mmHg",
            then: "Blood cultures x2 and lactate; review with infectious disease; consider removing the PICC")
        s.contingency(
            s.day(1, 12, 30), ward, if: "Creatinine rises further or urine output below 0.5 mL/kg/h for 6 h",
            then: "Call nephrology; stop treatment-dose enoxaparin and start unfractionated heparin per protocol")
        s.contingency(
            s.day(1, 12, 30), ward, if: "Chest pain, sudden breathlessness or a falling SpO2",
            then: "Suspect PE: no CT contrast (AKI), arrange V/Q scan, call the vascular team")

        let wrongPatient = s.note(
            s.day(5, 22, 0), nurse, .nursing, .nursing,
            """
            Night shift: turned 2-hourly, sacral skin intact. Bowel care given with good result. Pain 2/10.
            """)
        s.enteredInError(
            wrongPatient, s.day(5, 22, 30), nurse, reason: "Written in the wrong chart: belongs to bed 3-02")
        s.note(
            s.day(2, 7, 0), nurse, .nursing, .nursing,
            """
            Night: febrile 38.1 C at 18:00 yesterday, paracetamol given; afebrile overnight. Urine output 900 mL \
            over 24 h (catheter out, intermittent catheterisation 5-hourly). Left leg less swollen. Turned \
            2-hourly, skin intact. Anxious about the repeat lumbar puncture; explained.
            """)
    }
}
