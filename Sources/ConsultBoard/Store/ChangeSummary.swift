import Foundation

extension JournalEntry {
    /// One line saying what the change did, for `consult-board audit` and the TUI's history: "neurology consult
    /// note: Power 4/5 in both deltoids…", "O-7 on-hold (awaiting MRI)". Stored text is sanitised (`Sanitizer`),
    /// so the line is safe to print; cut it to the width you have with `TextLayout.truncate`.
    public var summary: String {
        Sanitizer.line(command.summaryText)
    }
}

extension BoardCommand {
    /// The unsanitised summary (see `JournalEntry.summary`).
    var summaryText: String {
        func status(_ id: RecordID, _ to: String, _ reason: String?) -> String {
            "\(id) \(to)" + (reason.map { " (\($0))" } ?? "")
        }
        switch self {
        case let .createBoard(c):
            return "created the board '\(c.ward)'"
        case let .importBoard(c):
            let roster = c.roster.map { ", and its ward roster of \(Wording.count($0.members.count, "person", "people"))" } ?? ""
            return "imported the board '\(c.ward)' with \(c.patients.count) patient\(c.patients.count == 1 ? "" : "s")" + roster
        case let .recordRepair(c):
            let lines = c.quarantined.map { "line \($0.line) (entries \($0.firstEntry)-\($0.lastEntry))" }
            return "repaired the journal: set aside damaged \(lines.joined(separator: ", ")); the checkpoint keeps what they held"
        case let .admitPatient(c):
            let p = c.patient
            return "admitted \(p.name) (\(p.age) \(p.sex.rawValue)) to bed \(p.bed): \(p.diagnosis)"
        case let .updatePatient(c):
            var parts: [String] = []
            if let bed = c.bed { parts.append("bed \(bed)") }
            if let weight = c.weightKg { parts.append("weight \(weight.formatted()) kg") }
            if let allergies = c.allergies { parts.append("allergies \(allergies.isEmpty ? "none recorded" : allergies)") }
            if let diagnosis = c.diagnosis { parts.append("diagnosis \(diagnosis)") }
            if let summary = c.summary { parts.append("summary \(summary)") }
            if let severity = c.severity { parts.append("severity \(severity.rawValue)") }
            if let problems = c.problems { parts.append("problems \(problems.joined(separator: "; "))") }
            if let injured = c.injuredAt { parts.append("injury time \(BoardDate.format(injured))") }
            return "updated " + (parts.isEmpty ? "nothing" : parts.joined(separator: ", "))
        case let .addNote(c):
            return "\(Note.kind(service: c.service, type: c.type)): \(c.text)"
        case let .addAddendum(c):
            return "addendum to \(c.noteID): \(c.text)"
        case let .markNoteInError(c):
            return "\(c.noteID) marked entered in error (\(c.reason))"
        case let .requestConsult(c):
            return "\(c.urgency.rawValue) \(c.service.label) consult requested: \(c.question)"
        case let .setConsultStatus(c):
            return status(c.consultID, c.status.rawValue, c.reason)
        case let .addRecommendation(c):
            return "recommendation on \(c.consultID): \(c.text)"
        case let .addOrder(c):
            let headline = Order(
                id: "", service: c.service, kind: c.kind, text: c.text, medication: c.medication, imaging: c.imaging,
                orderedBy: "", orderedAt: Date(timeIntervalSince1970: 0), status: c.status
            ).headline
            return "\(c.service.label) \(c.kind.rawValue) order (\(c.status.rawValue)): \(headline)"
        case let .setOrderStatus(c):
            return status(c.orderID, c.status.rawValue, c.reason)
        case let .addLab(c):
            return "\(c.test) \(c.value.formatted()) \(c.unit) at \(BoardDate.format(c.at))"
        case let .addResult(c):
            return "\(c.kind.label) result (\(c.status.rawValue)): \(c.summary)"
        case let .setResultStatus(c):
            return status(c.resultID, c.status.rawValue, c.reason)
        case let .addComplication(c):
            return "\(c.kind.label) complication: \(c.summary)"
        case let .setComplicationStatus(c):
            return status(c.complicationID, c.status.rawValue, c.reason)
        case let .addAction(c):
            return "action: \(c.text)" + (c.owner.map { " (\($0))" } ?? "")
        case let .completeAction(c):
            return "\(c.actionID) done"
        case let .addContingency(c):
            return "if \(c.condition), then \(c.action)"
        case let .addExam(c):
            return "ISNCSCI exam (\(c.values.count) values)"
        case let .acknowledgeAlert(c):
            return "alert \(c.alertKey) acknowledged (\(c.reason))"
        case let .receiveCriticalValue(c):
            return "critical value \(c.labID) received from \(c.reportedBy)" + (c.readBack ? ", read back" : "")
        case let .notifyCriticalValue(c):
            return "critical value \(c.labID): \(c.doctor) notified"
        case let .closeCriticalValue(c):
            return "critical value \(c.labID) closed: \(c.action)"
        case let .recordDose(c):
            return "\(c.orderID) dose \(c.outcome.rawValue)" + (c.reason.map { " (\($0))" } ?? "")
        case let .addAllergy(c):
            return "allergy: \(AllergyRecord(id: "", substance: c.substance, reaction: c.reaction, severity: c.severity, recordedBy: "", recordedAt: Date()).summary)"
        case let .setAllergyStatus(c):
            return status(c.allergyID, c.status.rawValue, c.reason)
        case .recordNoKnownAllergies:
            return "no known drug allergies"
        case let .setCodeStatus(c):
            return "code status \(c.status.label)" + (c.note.map { " (\($0))" } ?? "")
        case let .addDevice(c):
            return "\(c.kind.label) in: \(c.site), inserted \(BoardDate.format(c.insertedAt))"
        case let .removeDevice(c):
            return "\(c.deviceID) removed" + (c.reason.map { " (\($0))" } ?? "")
        case let .addContact(c):
            return "contact: " + ContactRecord(id: "", role: c.role, name: c.name, relation: c.relation, phone: c.phone, recordedBy: "", recordedAt: Date()).summary
        case let .acknowledgeHandoff(c):
            return "handoff acknowledged" + (c.from.map { " (handed over by \($0))" } ?? "")
        case .dischargePatient, .transferBed, .readmitPatient, .transferOut, .transferIn, .transferRecord:
            return stayText ?? ""
        case let .updateDemographics(c):
            let parts = [c.name.map { "name \($0)" }, c.sex.map { "sex \($0.label)" }, c.age.map { "age \($0)" },
                         c.diagnosis.map { "diagnosis \($0)" }, c.allergies.map { "allergies \($0)" }].compactMap { $0 }
            return "patient details updated" + (c.source.map { " from \($0)" } ?? "") + ": " + parts.joined(separator: ", ")
        case let .addStaff(c):
            return "added \(c.member.described) to the ward roster" + (c.member.publicKey == nil ? "" : " with a signing key")
        case let .setStaff(c):
            var parts: [String] = []
            if let login = c.login { parts.append("login \(login)") }
            if let role = c.role { parts.append("role \(role.rawValue)") }
            if let service = c.service { parts.append("service \(service.rawValue)") }
            if let admin = c.admin { parts.append(admin ? "admin" : "not admin") }
            if let key = c.publicKey { parts.append("signing key \(SigningKeys.fingerprint(ofBase64: key) ?? "?")") }
            return "roster: \(c.name): " + parts.joined(separator: ", ")
        case let .setRosterPolicy(c):
            var parts: [String] = []
            if let require = c.requireSignatures { parts.append(require ? "signatures required" : "signatures optional") }
            if let syslog = c.syslog { parts.append(syslog ? "latest hash sent to syslog" : "no syslog") }
            return "roster settings: " + parts.joined(separator: ", ")
        case let .cosignNote(c):
            return "\(c.noteID) cosigned"
        }
    }
}
