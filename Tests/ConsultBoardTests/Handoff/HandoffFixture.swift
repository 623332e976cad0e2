import Foundation
@testable import ConsultBoard

/// A small fictional ward built with the domain commands, as the store would build it: three patients (two with
/// Chinese names), every kind of record the handoff shows, and stored text that tries to break out of the
/// document (terminal escapes, a bell, bidirectional overrides, `<script>`, Markdown syntax).
enum HandoffFixture {
    /// The time the handoff is "printed" at: 25 Nov 2026 07:30 in the ward (UTC+8).
    static let now = date("2026-11-24T23:30:00Z")
    static let timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .current
    static let author = "dr.li"

    /// The Chinese neurology note the wrapping tests look at (no spaces: it must break between characters).
    static let chineseNote = "患者今日神志清楚，双上肢肌力较昨日改善，左侧肱二头肌四级，右侧三级。双下肢仍无自主运动，感觉平面维持在颈五水平。继续康复训练，明日复查。"

    /// A note that tries to take over a terminal and a browser.
    static let hostileNote = "Line one \u{1B}[31mRED\u{1B}[0m and a bell\u{07} here.\nBidi \u{202E}txet desrever\u{202C} end.\n<script>alert('x')</script> & <b>bold</b>"

    static func date(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso) ?? Date(timeIntervalSince1970: 0)
    }

    /// The board, at the revision the last command gave it.
    static func board() throws -> Board {
        var board = Board()
        var sequence = 0
        var clock = date("2026-11-14T02:00:00Z")
        @discardableResult
        func run(_ command: BoardCommand, by author: String = "dr.li", hoursLater: Double = 1) throws -> String? {
            sequence += 1
            clock = clock.addingTimeInterval(hoursLater * 3600)
            // The fixture's clock runs behind the clinical times it enters (labs, exams, onsets days ahead of it):
            // those are entered as on a board from before the door refused future times.
            var entered = false
            switch command {
            case .addLab, .addExam, .addComplication, .admitPatient: entered = true
            default: break
            }
            return try board.apply(command, context: ChangeContext(sequence: sequence, author: author, at: clock, isReplay: entered))
        }
        try run(.createBoard(CreateBoard(ward: "Spine Unit 3 (脊髓损伤病区)")))

        // Bed 3-12: unstable, a long stay with everything open.
        try run(.admitPatient(AdmitPatient(patient: Patient(
            mrn: "SCI-0001", name: "张伟", age: 58, sex: .male, bed: "3-12", weightKg: 72, allergies: "penicillin (rash)",
            admittedAt: date("2026-11-14T02:00:00Z"), diagnosis: "C5 AIS A traumatic spinal cord injury",
            summary: "Fall from height 14 Nov; C4-6 fixation 15 Nov; urinary sepsis from day 9.",
            severity: .unstable, problems: ["Neurogenic bladder", "Urinary tract infection", "Rising creatinine"]))))
        for (hours, value) in [(0.0, 36.8), (20, 37.2), (20, 37.9), (20, 38.4), (4, 38.9)] {
            try run(.addLab(AddLab(mrn: "SCI-0001", test: "temp", value: value, unit: "°C", at: clock.addingTimeInterval(hours * 3600))), hoursLater: hours)
        }
        for value in [88.0, 92, 120, 168] {
            try run(.addLab(AddLab(mrn: "SCI-0001", test: "creatinine", value: value, unit: "umol/L", at: clock)), hoursLater: 12)
        }
        try run(.addLab(AddLab(mrn: "SCI-0001", test: "wbc", value: 14.2, unit: "10^9/L", at: clock)))
        try run(.addLab(AddLab(mrn: "SCI-0001", test: "glucose", value: 7.1, unit: "mmol/L", at: clock)))
        try run(.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: "Old neurology note, superseded.")), by: "dr.wang")
        try run(.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: chineseNote)), by: "王医生")
        let inError = try run(.addNote(AddNote(mrn: "SCI-0001", service: .nephrology, type: .consult, text: "Wrong patient.")), by: "dr.zhou")
        try run(.markNoteInError(MarkNoteInError(noteID: inError ?? "", reason: "wrong patient")), by: "dr.zhou")
        let wardNote = try run(.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: hostileNote)))
        try run(.addAddendum(AddAddendum(noteID: wardNote ?? "", text: "Cultures sent.")))
        try run(.addNote(AddNote(mrn: "SCI-0001", service: .nursing, type: .nursing, text: "\n\n  Turned 2-hourly.\nCatheter changed.\nSkin intact.\nFamily visited.\nSlept well.")), by: "nurse.chen")
        let nephrology = try run(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .nephrology, question: "Creatinine rising on vancomycin: dose advice?", urgency: .urgent)))
        try run(.setConsultStatus(SetConsultStatus(consultID: nephrology ?? "", status: .accepted)), by: "dr.zhou")
        try run(.addRecommendation(AddRecommendation(consultID: nephrology ?? "", text: "Hold NSAIDs.")), by: "dr.zhou")
        try run(.addRecommendation(AddRecommendation(consultID: nephrology ?? "", text: "Vancomycin by levels; repeat creatinine at 14:00.")), by: "dr.zhou")
        let neurology = try run(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .neurology, question: "Neuro level?", urgency: .routine)))
        try run(.setConsultStatus(SetConsultStatus(consultID: neurology ?? "", status: .accepted)), by: "王医生")
        try run(.setConsultStatus(SetConsultStatus(consultID: neurology ?? "", status: .seen)), by: "王医生")
        try run(.setConsultStatus(SetConsultStatus(consultID: neurology ?? "", status: .signedOff)), by: "王医生")
        try run(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .infectiousDisease, question: "Antibiotic choice for E. coli UTI", urgency: .stat)))
        try run(.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .medication, text: "Enoxaparin", medication: MedicationDetails(drug: "Enoxaparin", dose: "40 mg", route: "SC", frequency: "daily"))))
        let held = try run(.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .medication, text: "Vancomycin", medication: MedicationDetails(drug: "Vancomycin", dose: "1 g", route: "IV", frequency: "q12h"))))
        try run(.setOrderStatus(SetOrderStatus(orderID: held ?? "", status: .onHold, reason: "awaiting level")))
        try run(.addOrder(AddOrder(mrn: "SCI-0001", service: .imaging, kind: .imaging, text: "MRI", imaging: ImagingDetails(modality: .mri, region: "cervical spine", contrast: .gadolinium), status: .draft)))
        let done = try run(.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .lab, text: "Blood cultures x2")))
        try run(.setOrderStatus(SetOrderStatus(orderID: done ?? "", status: .completed)))
        try run(.addResult(AddResult(mrn: "SCI-0001", kind: .mri, summary: "Cord oedema C4-C6, no compression", region: "cervical spine", status: .preliminary)), by: "dr.radiology")
        try run(.addResult(AddResult(mrn: "SCI-0001", kind: .xr, summary: "Fixation in place", region: "cervical spine", status: .final)), by: "dr.radiology")
        try run(.addComplication(AddComplication(mrn: "SCI-0001", kind: .infection, summary: "Catheter-associated UTI", details: ComplicationDetails(site: "urinary tract", organism: "E. coli", antibiotic: "ceftriaxone"), onset: date("2026-11-22T06:00:00Z"))))
        try run(.addComplication(AddComplication(mrn: "SCI-0001", kind: .renal, summary: "Acute kidney injury", details: ComplicationDetails(renalType: "AKI"), onset: date("2026-11-23T06:00:00Z"))))
        let resolved = try run(.addComplication(AddComplication(mrn: "SCI-0001", kind: .dvt, summary: "Calf DVT", onset: date("2026-11-16T06:00:00Z"))))
        try run(.setComplicationStatus(SetComplicationStatus(complicationID: resolved ?? "", status: .resolved)))
        try run(.addAction(AddAction(mrn: "SCI-0001", text: "Repeat creatinine and vancomycin level", owner: "night resident", due: date("2026-11-24T22:00:00Z"))))
        try run(.addAction(AddAction(mrn: "SCI-0001", text: "Chase MRI final report")))
        try run(.addAction(AddAction(mrn: "SCI-0001", text: "Call family about 明天的康复计划", owner: "夜班医生", due: date("2026-11-25T02:00:00Z"))))
        let finished = try run(.addAction(AddAction(mrn: "SCI-0001", text: "Send urine culture")))
        try run(.completeAction(CompleteAction(actionID: finished ?? "")))
        try run(.addContingency(AddContingency(mrn: "SCI-0001", condition: "If temperature above 39 °C or systolic BP below 90", action: "then blood cultures x2, fluids, call the registrar")))
        // Sacral sensation on the first exam (AIS B), none on the second (AIS A), and weaker arms: a deterioration.
        let before = DemoExam.Side(motor: [4, 3, 2, 1, 0, 0, 0, 0, 0, 0], normalSensationThrough: "c5", touchBelow: 1, prickBelow: 1)
        let after = DemoExam.Side(motor: [3, 2, 1, 0, 0, 0, 0, 0, 0, 0], normalSensationThrough: "c5", touchBelow: 0, prickBelow: 0)
        try run(.addExam(AddExam(mrn: "SCI-0001", values: DemoExam.values(right: before, left: before, analSensation: true, analContraction: false), examinedAt: date("2026-11-20T03:00:00Z"))), by: "王医生")
        try run(.addExam(AddExam(mrn: "SCI-0001", values: DemoExam.values(right: after, left: after, analSensation: false, analContraction: false), examinedAt: date("2026-11-24T03:00:00Z"))), by: "王医生")

        // Bed 3-2: a watcher whose stored text is full of Markdown syntax.
        try run(.admitPatient(AdmitPatient(patient: Patient(
            mrn: "SCI-0002", name: "Mary O'Brien", age: 34, sex: .female, bed: "3-2", weightKg: 58.5,
            admittedAt: date("2026-11-20T02:00:00Z"), diagnosis: "T10 AIS C incomplete injury",
            summary: "# Not a heading | *not bold* _not italic_ [not](a link) `code` ~~strike~~ $x$",
            severity: .watcher, problems: ["- not a list item", "1. not a numbered item", "+ plus"]))))
        try run(.addComplication(AddComplication(mrn: "SCI-0002", kind: .dvt, summary: "Left femoral DVT", details: ComplicationDetails(site: "left femoral vein", confirmedBy: "duplex ultrasound", anticoagulation: "enoxaparin 1 mg/kg bd"), onset: date("2026-11-23T01:00:00Z"))))
        try run(.addLab(AddLab(mrn: "SCI-0002", test: "d-dimer", value: 3.2, unit: "mg/L FEU", at: date("2026-11-23T00:00:00Z"))))
        try run(.addLab(AddLab(mrn: "SCI-0002", test: "creatinine", value: 0.9, unit: "mg/dL", at: date("2026-11-22T00:00:00Z"))))
        try run(.addLab(AddLab(mrn: "SCI-0002", test: "creatinine", value: 70, unit: "umol/L", at: date("2026-11-24T00:00:00Z"))))
        try run(.addLab(AddLab(mrn: "SCI-0002", test: "creatinine", value: 70, unit: "umol/L", at: date("2026-11-24T12:00:00Z"))))
        try run(.addContingency(AddContingency(mrn: "SCI-0002", condition: "Chest pain or SpO2 < 92%", action: "CTPA & call the registrar")))

        // Bed 3-10: stable, nothing recorded yet.
        try run(.admitPatient(AdmitPatient(patient: Patient(
            mrn: "SCI-0003", name: "王秀英", age: 71, sex: .female, bed: "3-10",
            admittedAt: date("2026-11-24T20:00:00Z"), diagnosis: "Central cord syndrome", severity: .stable))))
        return board
    }
}
