import Foundation

/// Turns HL7 v2 ADT messages from the hospital's patient administration system into the board's commands:
/// A01 admit (or readmit a patient who left), A02 transfer to another bed, A03 discharge, A08 update patient
/// information. Each command carries the message it came from (MSH-3/4/10), so a resent message is recognised at
/// the board's door and acknowledged without being recorded twice. Pure, like `HL7ResultImport`.
public struct HL7ADTImport: Sendable {
    /// The time zone of an HL7 time without an offset.
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

    /// The ADT events this board takes.
    public static let events = ["ADT^A01", "ADT^A02", "ADT^A03", "ADT^A08"]

    /// The commands of one ADT message (an A01 for a patient in `departed`, who left the ward, is a readmission),
    /// or the first problem with its segment and field.
    public func commands(for message: HL7Message, departed: Set<MRN> = []) throws(HL7Error) -> [BoardCommand] {
        guard Self.events.contains(message.type) else { throw .unsupported(type: message.type) }
        guard !message.controlID.isEmpty else { throw .field(segment: "MSH", field: 10, problem: "the message control id is empty") }
        guard let pid = message.segments("PID").first else { throw .malformed("an \(message.type) message has a PID segment") }
        let mrn = message.value(pid, 3)
        guard !mrn.isEmpty else { throw .field(segment: "PID", field: 3, problem: "no patient identifier (the board's MRN)") }
        let source = HL7ResultImport.source(of: message)
        let pv1 = message.segments("PV1").first
        var eventTime = try time(message, "EVN", 2, required: false)
        if eventTime == nil { eventTime = try time(message, "MSH", 7, required: false) }
        switch message.type {
        case "ADT^A01":
            let bed = try self.bed(message, pv1)
            let admitted = try time(message, "PV1", 44, required: false) ?? eventTime ?? Date()
            if departed.contains(mrn) {
                return [.readmitPatient(ReadmitPatient(mrn: mrn, bed: bed, at: admitted, source: source))]
            }
            let patient = Patient(
                mrn: mrn, name: try name(message, pid), age: try age(message, pid, at: admitted), sex: try sex(message, pid),
                bed: bed, allergies: allergies(message), admittedAt: admitted, diagnosis: try diagnosis(message, required: true) ?? "")
            return [.admitPatient(AdmitPatient(patient: patient, source: source))]
        case "ADT^A02":
            return [.transferBed(TransferBed(mrn: mrn, bed: try bed(message, pv1), source: source))]
        case "ADT^A03":
            let disposition = pv1.map { message.value($0, 36) } ?? ""
            let at = try time(message, "PV1", 45, required: false) ?? eventTime
            // The patient has left the hospital's ward already: open items are carried over, never closed, and
            // listed in the discharge summary (refusing would keep a patient who is gone on the board).
            return [.dischargePatient(DischargePatient(
                mrn: mrn, destination: Self.destination(disposition), carryOver: true, at: at, source: source))]
        default:  // ADT^A08
            let sex = message.value(pid, 8).isEmpty ? nil : try self.sex(message, pid)
            let age = message.value(pid, 7).isEmpty ? nil : try self.age(message, pid, at: eventTime ?? Date())
            let name = message.value(pid, 5).isEmpty ? nil : try self.name(message, pid)
            let allergies = message.segments("AL1").isEmpty ? nil : allergies(message)
            return [.updateDemographics(UpdateDemographics(
                mrn: mrn, name: name, sex: sex, age: age, diagnosis: try diagnosis(message, required: false),
                allergies: allergies, source: source))]
        }
    }

    /// PV1-36 discharge disposition (HL7 table 0112, user-defined; the codes of the NUBC UB-04 patient discharge
    /// status, which most systems send): 01 and 06 home, 20 and 40-42 deceased (expired), 62 inpatient
    /// rehabilitation; any other code, or none, is "other".
    static func destination(_ code: String) -> DischargeDestination {
        switch code.trimmingCharacters(in: .whitespaces) {
        case "01", "06": .home
        case "20", "40", "41", "42": .deceased
        case "62": .rehab
        default: .other
        }
    }

    /// PV1-3 assigned location: point of care ^ room ^ bed; the bed is component 3 (or the room, when the ward
    /// names beds by room).
    private func bed(_ message: HL7Message, _ pv1: HL7Message.Segment?) throws(HL7Error) -> String {
        guard let pv1 else { throw .malformed("an \(message.type) message has a PV1 segment") }
        let bed = message.value(pv1, 3, component: 3)
        let room = message.value(pv1, 3, component: 2)
        guard !(bed.isEmpty && room.isEmpty) else { throw .field(segment: "PV1", field: 3, problem: "no bed (PV1-3.3) or room (PV1-3.2)") }
        return bed.isEmpty ? room : bed
    }

    /// PID-5 family ^ given: joined with a space, except Chinese (and other CJK) names, written without one.
    private func name(_ message: HL7Message, _ pid: HL7Message.Segment) throws(HL7Error) -> String {
        let family = message.value(pid, 5, component: 1)
        let given = message.value(pid, 5, component: 2)
        guard !(family.isEmpty && given.isEmpty) else { throw .field(segment: "PID", field: 5, problem: "no patient name") }
        let cjk = (family + given).unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
        return [family, given].filter { !$0.isEmpty }.joined(separator: cjk ? "" : " ")
    }

    private func sex(_ message: HL7Message, _ pid: HL7Message.Segment) throws(HL7Error) -> Sex {
        let code = message.value(pid, 8)
        guard let sex = Sex(rawValue: code.uppercased()) else {
            throw .field(segment: "PID", field: 8, problem: "sex '\(code)' is not F or M, the two the board records (HL7 table 0001)")
        }
        return sex
    }

    /// The age in whole years at `at`, from PID-7 (date of birth, YYYYMMDD at least).
    private func age(_ message: HL7Message, _ pid: HL7Message.Segment, at: Date) throws(HL7Error) -> Int {
        let text = message.value(pid, 7)
        let day = String(text.prefix(8))
        guard day.count == 8, let born = HL7Time.date(day + "0000", timeZone: timeZone) else {
            throw .field(segment: "PID", field: 7, problem: "date of birth '\(text)' is not an HL7 date (YYYYMMDD)")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let years = calendar.dateComponents([.year], from: born, to: at).year, (0...130).contains(years) else {
            throw .field(segment: "PID", field: 7, problem: "date of birth '\(text)' gives no plausible age (0 to 130 years)")
        }
        return years
    }

    /// DG1-4 (diagnosis description) of the first DG1, else DG1-3's text, else PV2-3 (admit reason).
    private func diagnosis(_ message: HL7Message, required: Bool) throws(HL7Error) -> String? {
        if let dg1 = message.segments("DG1").first {
            let text = message.value(dg1, 4).isEmpty ? message.value(dg1, 3, component: 2) : message.value(dg1, 4)
            if !text.isEmpty { return text }
        }
        if let pv2 = message.segments("PV2").first, !message.value(pv2, 3, component: 2).isEmpty {
            return message.value(pv2, 3, component: 2)
        }
        if required { throw .field(segment: "DG1", field: 4, problem: "no diagnosis (DG1-4, DG1-3.2 or PV2-3.2); the board needs one to admit") }
        return nil
    }

    /// AL1-3 allergen (its text, else its code) of every AL1, with AL1-5 reaction: "penicillin (rash); latex".
    private func allergies(_ message: HL7Message) -> String {
        message.segments("AL1").compactMap { al1 -> String? in
            let text = message.value(al1, 3, component: 2).isEmpty ? message.value(al1, 3) : message.value(al1, 3, component: 2)
            guard !text.isEmpty else { return nil }
            let reaction = message.value(al1, 5)
            return reaction.isEmpty ? text : "\(text) (\(reaction))"
        }.joined(separator: "; ")
    }

    private func time(_ message: HL7Message, _ segment: String, _ field: Int, required: Bool) throws(HL7Error) -> Date? {
        guard let s = message.segments(segment).first else { return nil }
        let text = segment == "MSH" ? message.header(field) : message.value(s, field)
        guard !text.isEmpty else { return nil }
        guard let date = HL7Time.date(text, timeZone: timeZone) else {
            throw .field(segment: segment, field: field, problem: "'\(text)' is not an HL7 time to the minute (YYYYMMDDHHMM[SS][+ZZZZ])")
        }
        return date
    }
}
