import Foundation

extension JournalEntry {
    /// One line saying what the change did, for `consult-board audit` and the TUI's history: "neurology consult
    /// note: Power 4/5 in both deltoids…", "O-7 on-hold (awaiting MRI)". Stored text is sanitised (`Sanitizer`),
    /// so the line is safe to print; cut it to the width you have with `TextLayout.truncate`.
    public var summary: String {
        Sanitizer.line(command.summaryText)
    }

    /// `summary` in the reader's words (`audit`'s lines), sanitised the same way; the times it names are written as
    /// the journal keeps them (ISO 8601, UTC), like `audit`'s own column.
    public var shownSummary: String {
        Sanitizer.line(command.summaryShown().shown)
    }

    /// `shownSummary` with the times it names written by `times`: the History tab writes them in the ward's time
    /// zone like its own column, so a lab taken at 12:51 on a UTC+8 ward does not read "04:51:50Z" beside "12:51".
    public func shownSummary(times: (Date) -> String) -> String {
        Sanitizer.line(command.summaryShown(times: times).shown)
    }
}

extension BoardCommand {
    /// The unsanitised summary (see `JournalEntry.summary`): `summaryShown` in English, word for word what `audit`
    /// and the journal's readers have always read.
    var summaryText: String { summaryShown().english }

    /// The summary, its words chosen when shown (the History tab and `audit` in the reader's language). Raw values
    /// stay raw in English (`rawValueText`); what people wrote is quoted as written. `times` writes the times the
    /// change names (the journal's ISO 8601 unless the reader's view says otherwise).
    func summaryShown(times: (Date) -> String = BoardDate.format) -> ShownText {
        func status(_ id: RecordID, _ to: ShownText, _ reason: String?) -> ShownText {
            .tr("change.status", ["id": "\(id)", "to": to, "reason": reason.map { .tr("change.reason", ["reason": "\($0)"]) } ?? ""])
        }
        func reasonText(_ reason: String?) -> ShownText { reason.map { .tr("change.reason", ["reason": "\($0)"]) } ?? "" }
        func parts(_ list: [ShownText]) -> ShownText { list.joined(.tr("text.comma")) }
        switch self {
        case let .createBoard(c):
            return .tr("change.createBoard", ["ward": "\(c.ward)"])
        case let .importBoard(c):
            let roster: ShownText = c.roster.map { .tr("change.importBoard.roster", count: $0.members.count, ["count": "\($0.members.count)"]) } ?? ""
            return .tr("change.importBoard", count: c.patients.count, ["ward": "\(c.ward)", "count": "\(c.patients.count)", "roster": roster])
        case let .recordRepair(c):
            let lines: [ShownText] = c.quarantined.map {
                .tr("change.recordRepair.line", ["line": "\($0.line)", "first": "\($0.firstEntry)", "last": "\($0.lastEntry)"])
            }
            return .tr("change.recordRepair", ["lines": lines.joined(.tr("text.comma"))])
        case let .admitPatient(c):
            let p = c.patient
            return .tr("change.admitPatient", [
                "name": "\(p.name)", "age": "\(p.age)", "sex": p.sex.rawValueText, "bed": "\(p.bed)", "diagnosis": "\(p.diagnosis)",
            ])
        case let .updatePatient(c):
            var list: [ShownText] = []
            if let bed = c.bed { list.append(.tr("change.field.bed", ["value": "\(bed)"])) }
            if let weight = c.weightKg { list.append(.tr("change.field.weight", ["value": "\(weight.formatted())"])) }
            if let allergies = c.allergies {
                list.append(.tr("change.field.allergies", ["value": allergies.isEmpty ? .tr("change.noneRecorded") : "\(allergies)"]))
            }
            if let diagnosis = c.diagnosis { list.append(.tr("change.field.diagnosis", ["value": "\(diagnosis)"])) }
            if let summary = c.summary { list.append(.tr("change.field.summary", ["value": "\(summary)"])) }
            if let severity = c.severity { list.append(.tr("change.field.severity", ["value": severity.rawValueText])) }
            if let problems = c.problems { list.append(.tr("change.field.problems", ["value": "\(problems.joined(separator: "; "))"])) }
            if let injured = c.injuredAt { list.append(.tr("change.field.injuryTime", ["value": "\(times(injured))"])) }
            return .tr("change.updatePatient", ["parts": list.isEmpty ? .tr("change.nothing") : parts(list)])
        case let .addNote(c):
            let kind: ShownText = .englishOr(Note.kind(service: c.service, type: c.type), [c.service.shownText, c.type.shownText].joined(""))
            return .tr("change.addNote", ["kind": kind, "text": "\(c.text)"])
        case let .addAddendum(c):
            return .tr("change.addAddendum", ["id": "\(c.noteID)", "text": "\(c.text)"])
        case let .markNoteInError(c):
            return .tr("change.markNoteInError", ["id": "\(c.noteID)", "reason": "\(c.reason)"])
        case let .requestConsult(c):
            return .tr("change.requestConsult", ["urgency": c.urgency.rawValueText, "service": c.service.labelText, "question": "\(c.question)"])
        case let .setConsultStatus(c):
            return status(c.consultID, c.status.rawValueText, c.reason)
        case let .addRecommendation(c):
            return .tr("change.addRecommendation", ["id": "\(c.consultID)", "text": "\(c.text)"])
        case let .addOrder(c):
            let order = Order(
                id: "", service: c.service, kind: c.kind, text: c.text, medication: c.medication, imaging: c.imaging,
                orderedBy: "", orderedAt: Date(timeIntervalSince1970: 0), status: c.status
            )
            return .tr("change.addOrder", [
                "service": c.service.labelText, "kind": c.kind.rawValueText, "status": c.status.rawValueText,
                "headline": .englishOr(order.headline, order.headlineText),
            ])
        case let .setOrderStatus(c):
            return status(c.orderID, c.status.rawValueText, c.reason)
        case let .addLab(c):
            return .tr("change.addLab", [
                "test": LabTestWords.text(c.test), "value": "\(c.value.formatted())", "unit": "\(c.unit)", "time": "\(times(c.at))",
            ])
        case let .addResult(c):
            return .tr("change.addResult", ["kind": c.kind.labelText, "status": c.status.rawValueText, "summary": "\(c.summary)"])
        case let .setResultStatus(c):
            return status(c.resultID, c.status.rawValueText, c.reason)
        case let .addComplication(c):
            return .tr("change.addComplication", ["kind": c.kind.labelText, "summary": "\(c.summary)"])
        case let .setComplicationStatus(c):
            return status(c.complicationID, c.status.rawValueText, c.reason)
        case let .addAction(c):
            return .tr("change.addAction", ["text": "\(c.text)", "owner": reasonText(c.owner)])
        case let .completeAction(c):
            return .tr("change.completeAction", ["id": "\(c.actionID)"])
        case let .addContingency(c):
            return .tr("change.addContingency", ["condition": "\(c.condition)", "action": "\(c.action)"])
        case let .addExam(c):
            return .tr("change.addExam", ["count": "\(c.values.count)"])
        case let .acknowledgeAlert(c):
            return .tr("change.acknowledgeAlert", ["key": "\(c.alertKey)", "reason": "\(c.reason)"])
        case let .receiveCriticalValue(c):
            return .tr("change.receiveCriticalValue", [
                "id": "\(c.labID)", "from": "\(c.reportedBy)", "readBack": c.readBack ? .tr("change.readBack") : "",
            ])
        case let .notifyCriticalValue(c):
            return .tr("change.notifyCriticalValue", ["id": "\(c.labID)", "doctor": "\(c.doctor)"])
        case let .closeCriticalValue(c):
            return .tr("change.closeCriticalValue", ["id": "\(c.labID)", "action": "\(c.action)"])
        case let .recordDose(c):
            return .tr("change.recordDose", ["id": "\(c.orderID)", "outcome": c.outcome.rawValueText, "reason": reasonText(c.reason)])
        case let .addAllergy(c):
            let allergy = AllergyRecord(id: "", substance: c.substance, reaction: c.reaction, severity: c.severity, recordedBy: "", recordedAt: Date())
            return .tr("change.addAllergy", ["allergy": "\(allergy.summary)"])
        case let .setAllergyStatus(c):
            return status(c.allergyID, c.status.rawValueText, c.reason)
        case .recordNoKnownAllergies:
            return .tr("change.noKnownAllergies")
        case let .setCodeStatus(c):
            return .tr("change.setCodeStatus", ["status": c.status.labelText, "note": reasonText(c.note)])
        case let .addDevice(c):
            return .tr("change.addDevice", ["kind": c.kind.labelText, "site": "\(c.site)", "time": "\(times(c.insertedAt))"])
        case let .removeDevice(c):
            return .tr("change.removeDevice", ["id": "\(c.deviceID)", "reason": reasonText(c.reason)])
        case let .addContact(c):
            let contact = ContactRecord(id: "", role: c.role, name: c.name, relation: c.relation, phone: c.phone, recordedBy: "", recordedAt: Date())
            return .tr("change.addContact", ["contact": contact.summaryText])
        case let .acknowledgeHandoff(c):
            return .tr("change.acknowledgeHandoff", ["from": c.from.map { .tr("change.handedOverBy", ["by": "\($0)"]) } ?? ""])
        case .dischargePatient, .transferBed, .readmitPatient, .transferOut, .transferIn, .transferRecord:
            return stayShown ?? ""
        case let .updateDemographics(c):
            let list: [ShownText] = [
                c.name.map { .tr("change.field.name", ["value": "\($0)"]) }, c.sex.map { .tr("change.field.sex", ["value": $0.labelText]) },
                c.age.map { .tr("change.field.age", ["value": "\($0)"]) }, c.diagnosis.map { .tr("change.field.diagnosis", ["value": "\($0)"]) },
                c.allergies.map { .tr("change.field.allergies", ["value": "\($0)"]) },
            ].compactMap { $0 }
            return .tr("change.updateDemographics", [
                "source": c.source.map { .tr("change.fromSource", ["source": "\($0)"]) } ?? "", "parts": parts(list),
            ])
        case let .addStaff(c):
            return .tr("change.addStaff", ["member": "\(c.member.described)", "key": c.member.publicKey == nil ? "" : .tr("change.withSigningKey")])
        case let .setStaff(c):
            var list: [ShownText] = []
            if let login = c.login { list.append(.tr("change.field.login", ["value": "\(login)"])) }
            if let role = c.role { list.append(.tr("change.field.role", ["value": role.rawValueText])) }
            if let service = c.service { list.append(.tr("change.field.service", ["value": service.rawValueText])) }
            if let admin = c.admin { list.append(admin ? .tr("change.admin") : .tr("change.notAdmin")) }
            if let key = c.publicKey { list.append(.tr("change.field.signingKey", ["value": "\(SigningKeys.fingerprint(ofBase64: key) ?? "?")"])) }
            return .tr("change.setStaff", ["name": "\(c.name)", "parts": parts(list)])
        case let .setRosterPolicy(c):
            var list: [ShownText] = []
            if let require = c.requireSignatures { list.append(require ? .tr("change.signaturesRequired") : .tr("change.signaturesOptional")) }
            if let syslog = c.syslog { list.append(syslog ? .tr("change.syslog") : .tr("change.noSyslog")) }
            return .tr("change.setRosterPolicy", ["parts": parts(list)])
        case let .cosignNote(c):
            return .tr("change.cosignNote", ["id": "\(c.noteID)"])
        case let .recordWardSetting(c):
            return c.sha256.map { .tr("change.wardSettingSet", ["file": "\(c.name.fileName)", "sha": "\($0.prefix(12))"]) }
                ?? .tr("change.wardSettingCleared", ["file": "\(c.name.fileName)"])
        }
    }
}
