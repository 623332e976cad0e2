import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// A small fictional ward with fixed content and fixed times, so golden screens are stable: Chinese and Latin
/// names, every consult status, orders of each kind, results, labs, a complication, notes (one with a terminal
/// escape sequence and a bidi override in it), actions and contingencies.
enum TestWard {
    /// "Now" for every test: 2026-11-25 08:30 UTC.
    static let now = date("2026-11-25T08:30:00Z")
    static let ward = "Spinal Cord Injury Ward"

    static func date(_ iso: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: iso) ?? Date(timeIntervalSince1970: 0)
    }

    /// One change as the journal would hold it.
    struct Change {
        var command: BoardCommand
        var author: String
        var at: Date
    }

    static func patient(_ mrn: String, _ name: String, _ age: Int, _ sex: Sex, bed: String, dx: String, severity: Severity,
                        allergies: String = "", weight: Double? = nil, summary: String = "", problems: [String] = []) -> BoardCommand {
        .admitPatient(AdmitPatient(patient: Patient(
            mrn: mrn, name: name, age: age, sex: sex, bed: bed, weightKg: weight, allergies: allergies,
            admittedAt: date("2026-11-20T09:00:00Z"), diagnosis: dx, summary: summary, severity: severity, problems: problems)))
    }

    static var changes: [Change] {
        var list: [Change] = []
        func add(_ command: BoardCommand, _ author: String, _ at: String) { list.append(Change(command: command, author: author, at: date(at))) }
        add(patient("SCI-0001", "陈明", 67, .male, bed: "12", dx: "C5 AIS A traumatic tetraplegia after a fall", severity: .unstable,
                    allergies: "penicillin (rash)", weight: 72, summary: "Day 5 after C4-6 fusion; autonomic dysreflexia episodes overnight.",
                    problems: ["Autonomic dysreflexia", "Neurogenic bladder", "Pressure injury risk"]), "dr.li", "2026-11-20T09:00:00Z")
        add(patient("SCI-0002", "Margaret O'Brien", 54, .female, bed: "3", dx: "T10 AIS C, epidural abscess drained", severity: .watcher,
                    weight: 64, summary: "Recovering motor function; on IV antibiotics."), "dr.li", "2026-11-20T10:00:00Z")
        add(patient("SCI-0003", "王秀英", 81, .female, bed: "5", dx: "Central cord syndrome, C3-4 stenosis", severity: .stable,
                    allergies: "iodinated contrast"), "dr.li", "2026-11-20T11:00:00Z")
        add(patient("SCI-0004", "Ahmed Hassan", 29, .male, bed: "1", dx: "L1 burst fracture, AIS D", severity: .stable), "dr.li", "2026-11-21T08:00:00Z")
        add(patient("SCI-0005", "José Álvarez-Fernández", 45, .male, bed: "10", dx: "T4 AIS B, gunshot wound", severity: .watcher), "dr.li", "2026-11-21T09:00:00Z")
        add(patient("SCI-0006", "李娜", 38, .female, bed: "2", dx: "Transverse myelitis T6", severity: .unstable), "dr.li", "2026-11-22T09:00:00Z")
        // Consults in every status. Ids come from the sequence: create 1, patients 2-7, then C-8, C-9, C-10 ...
        add(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .neurology, question: "Autonomic dysreflexia management?", urgency: .urgent)), "dr.li", "2026-11-21T08:00:00Z")
        add(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .spineSurgery, question: "Wound review at the fusion site", urgency: .stat)), "dr.li", "2026-11-24T20:00:00Z")
        add(.requestConsult(RequestConsult(mrn: "SCI-0001", service: .nephrology, question: "Rising creatinine after contrast", urgency: .routine)), "dr.li", "2026-11-24T09:00:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-8", status: .accepted)), "dr.wang", "2026-11-21T09:00:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-8", status: .seen)), "dr.wang", "2026-11-21T15:00:00Z")
        add(.addRecommendation(AddRecommendation(consultID: "C-8", text: "Sit upright, loosen clothing, check the bladder first; nifedipine 10 mg if SBP > 150 persists.")), "dr.wang", "2026-11-21T15:05:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-10", status: .accepted)), "dr.zhao", "2026-11-24T11:00:00Z")
        add(.requestConsult(RequestConsult(mrn: "SCI-0002", service: .infectiousDisease, question: "Antibiotic duration for epidural abscess", urgency: .routine)), "dr.li", "2026-11-21T10:00:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-15", status: .accepted)), "dr.patel", "2026-11-21T11:00:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-15", status: .seen)), "dr.patel", "2026-11-21T16:00:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-15", status: .followUp)), "dr.patel", "2026-11-23T16:00:00Z")
        add(.requestConsult(RequestConsult(mrn: "SCI-0003", service: .imaging, question: "MRI cervical spine", urgency: .routine)), "dr.li", "2026-11-21T10:00:00Z")
        add(.setConsultStatus(SetConsultStatus(consultID: "C-19", status: .cancelled, reason: "ordered directly")), "dr.li", "2026-11-21T10:30:00Z")
        // Orders (O-21 ...).
        add(.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .medication, text: "Enoxaparin 40 mg SC daily",
                               medication: MedicationDetails(drug: "Enoxaparin", dose: "40 mg", route: "SC", frequency: "daily"))), "dr.li", "2026-11-20T12:00:00Z")
        add(.addOrder(AddOrder(mrn: "SCI-0001", service: .spineSurgery, kind: .imaging, text: "MRI cervical spine",
                               imaging: ImagingDetails(modality: .mri, region: "cervical spine", contrast: .gadolinium))), "dr.li", "2026-11-22T12:00:00Z")
        add(.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .nursing, text: "Bladder scan every 4 hours")), "dr.li", "2026-11-22T13:00:00Z")
        add(.setOrderStatus(SetOrderStatus(orderID: "O-23", status: .onHold, reason: "catheter in place")), "nurse.chen", "2026-11-23T08:00:00Z")
        // Results, labs, complications.
        add(.addResult(AddResult(mrn: "SCI-0001", kind: .mri, summary: "Postoperative changes C4-6, no cord compression",
                                 findings: "Anterior fusion C4-C6 in good position. Cord signal change at C5 unchanged. No collection.",
                                 region: "cervical spine", levels: "C4-6", status: .final, orderID: "O-22")), "dr.zhou", "2026-11-23T10:00:00Z")
        add(.addLab(AddLab(mrn: "SCI-0001", test: "creatinine", value: 88, unit: "umol/L", at: date("2026-11-22T06:00:00Z"))), "lab", "2026-11-22T07:00:00Z")
        add(.addLab(AddLab(mrn: "SCI-0001", test: "creatinine", value: 142, unit: "umol/L", at: date("2026-11-24T06:00:00Z"))), "lab", "2026-11-24T07:00:00Z")
        add(.addLab(AddLab(mrn: "SCI-0001", test: "temperature", value: 38.4, unit: "C", at: date("2026-11-25T06:00:00Z"))), "nurse.chen", "2026-11-25T06:05:00Z")
        add(.addComplication(AddComplication(mrn: "SCI-0001", kind: .infection, summary: "Urinary tract infection",
                                             details: ComplicationDetails(site: "urinary tract", organism: "E. coli", antibiotic: "ceftriaxone"),
                                             onset: date("2026-11-24T12:00:00Z"))), "dr.li", "2026-11-24T13:00:00Z")
        // Notes (one carries an escape sequence, a bell and a bidi override, which must show as harmless text).
        add(.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .consult,
                             text: "Seen for autonomic dysreflexia. Triggers: bladder distension.\nPlan: bladder scan, nifedipine PRN.")), "dr.wang", "2026-11-21T15:00:00Z")
        add(.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress,
                             text: "夜间血压升高两次，导尿后缓解。今晨体温38.4度。\u{1B}[31mred\u{1B}[0m\u{07} \u{202E}desrever")), "dr.li", "2026-11-25T07:00:00Z")
        add(.addAction(AddAction(mrn: "SCI-0001", text: "Check potassium and creatinine at 14:00", owner: "night team", due: date("2026-11-25T14:00:00Z"))), "dr.li", "2026-11-25T07:10:00Z")
        add(.addContingency(AddContingency(mrn: "SCI-0001", condition: "SBP above 150 with headache", action: "sit upright, check bladder, nifedipine 10 mg")), "dr.li", "2026-11-25T07:15:00Z")
        add(.addNote(AddNote(mrn: "SCI-0002", service: .infectiousDisease, type: .consult, text: "Continue ceftriaxone for 6 weeks.")), "dr.patel", "2026-11-21T16:00:00Z")
        return list
    }

    /// The board in memory, as replaying the journal would build it.
    static func board() -> Board {
        var board = Board()
        var sequence = 1
        do {
            try board.apply(.createBoard(CreateBoard(ward: ward)), context: ChangeContext(sequence: sequence, author: "admin", at: date("2026-11-20T08:00:00Z")))
            for change in changes {
                sequence += 1
                try board.apply(change.command, context: ChangeContext(sequence: sequence, author: change.author, at: change.at))
            }
        } catch {
            Issue.record("the test ward could not be built: \(error)")
        }
        return board
    }

    /// The same ward written to a board folder through the store.
    static func write(to path: String) throws {
        try write(to: .folder(path))
    }

    /// The ward at `location`: a folder or a board in a database.
    static func write(to location: BoardLocation) throws {
        let store = try location.create(ward: ward, author: "admin", at: date("2026-11-20T08:00:00Z"))
        for change in changes {
            try store.apply([change.command], author: change.author, at: change.at)
        }
    }

    /// The app as it starts on this ward, at a given size, in UTC.
    static func state(width: Int = 120, height: Int = 40) -> AppState {
        AppState(board: board(), author: "dr.li", now: now, timeZone: TimeZone(identifier: "UTC") ?? .current, width: width, height: height)
    }
}
