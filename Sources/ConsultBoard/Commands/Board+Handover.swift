import Foundation

// The handover commands at the door: a code status, devices in and out, contacts, the receiver's acknowledgement.
extension Board {
    mutating func setCodeStatus(_ c: SetCodeStatus, context: ChangeContext) throws(BoardError) -> MRN {
        guard var record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
        let note = Self.optionalText(c.note)
        if let current = record.currentCodeStatus, current.status == c.status, note == nil {
            throw .alreadyRecorded(record: "\(c.mrn)", what: .tr("error.board.already.codeStatus", ["status": c.status.rawValueText]))
        }
        record.codeStatus = (record.codeStatus ?? []) + [CodeStatusEntry(status: c.status, note: note, by: context.author, at: context.at)]
        patients[c.mrn] = record
        return c.mrn
    }

    mutating func addDevice(_ c: AddDevice, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.site, field: "site (--site)")
        guard var record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
        if !context.isReplay { try Validate.notFuture(c.insertedAt, field: "insertion time", context: context) }
        let device = DeviceRecord(
            id: RecordKind.device.id(forSequence: context.sequence), kind: c.kind,
            site: c.site.trimmingCharacters(in: .whitespacesAndNewlines), insertedAt: c.insertedAt,
            recordedBy: context.author, recordedAt: context.at)
        record.devices = record.deviceList + [device]
        patients[c.mrn] = record
        return device.id
    }

    mutating func removeDevice(_ c: RemoveDevice, context: ChangeContext) throws(BoardError) -> RecordID {
        guard c.deviceID.hasPrefix(RecordKind.device.rawValue + "-"), let mrn = recordIndex[c.deviceID],
            var record = patients[mrn], let index = record.deviceList.firstIndex(where: { $0.id == c.deviceID })
        else { throw .unknownRecord(c.deviceID, expected: .device) }
        var devices = record.deviceList
        let device = devices[index]
        guard device.isIn else { throw .alreadyRecorded(record: "\(device.id)", what: .tr("error.board.already.removed")) }
        let at = try Self.stepTime(c.at, after: device.insertedAt, what: .tr("error.board.step.insertion"), context: context)
        devices[index].removedAt = at
        devices[index].removedBy = context.author
        devices[index].removalReason = Self.optionalText(c.reason)
        record.devices = devices
        patients[mrn] = record
        return device.id
    }

    mutating func addContact(_ c: AddContact, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.name, field: "contact name (--name)")
        guard var record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
        let contact = ContactRecord(
            id: RecordKind.contact.id(forSequence: context.sequence), role: c.role,
            name: c.name.trimmingCharacters(in: .whitespacesAndNewlines), relation: Self.optionalText(c.relation),
            phone: Self.optionalText(c.phone), recordedBy: context.author, recordedAt: context.at)
        record.contacts = record.contactList + [contact]
        patients[c.mrn] = record
        return contact.id
    }

    mutating func acknowledgeHandoff(_ c: AcknowledgeHandoff, context: ChangeContext) throws(BoardError) -> MRN {
        guard var record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
        let from = Self.optionalText(c.from)
        if let from, from == context.author {
            throw .inconsistent(.tr("error.board.inconsistent.selfHandover", ["from": "\(from)"]))
        }
        record.handovers = (record.handovers ?? []) + [HandoverAcknowledgement(from: from, by: context.author, at: context.at)]
        patients[c.mrn] = record
        return c.mrn
    }

    /// Blank optional text is no text.
    static func optionalText(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
