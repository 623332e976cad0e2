import Crypto
import Foundation

extension Board {
    /// `staff.add`: a new roster entry. The first one must be the writer's own login and becomes the admin, so
    /// that someone can always change the roster.
    mutating func addStaff(_ c: AddStaff, context: ChangeContext) throws(BoardError) {
        var member = c.member
        try Self.checkEntry(member)
        if roster.member(named: member.name) != nil {
            throw .alreadyRecorded(record: "'\(Sanitizer.line(member.name))'", what: .tr("error.board.already.onRoster"))
        }
        if roster.isEmpty {
            if !context.isReplay, let writer = context.writer, writer != member.login {
                throw .notPermitted(
                    rule: .tr("error.board.permission.firstEntryOwnLogin"),
                    who: .tr("error.board.permission.firstEntryWho", [
                        "writer": "\(Sanitizer.line(writer))", "login": "\(Sanitizer.line(member.login))",
                    ]))
            }
            member.admin = true
        }
        roster.members.append(member)
    }

    /// `staff.set`: changes a roster entry; the roster always keeps an admin.
    mutating func setStaff(_ c: SetStaff, context: ChangeContext) throws(BoardError) {
        guard let index = roster.members.firstIndex(where: { $0.name == c.name }) else {
            throw .inconsistent(.tr("error.board.inconsistent.notOnRoster", ["name": "\(Sanitizer.line(c.name))"]))
        }
        guard c.login != nil || c.role != nil || c.service != nil || c.admin != nil || c.publicKey != nil else {
            throw .empty(field: "change to the roster entry (give --login, --role, --service, --admin or --key)")
        }
        var member = roster.members[index]
        if let login = c.login { member.login = login }
        if let role = c.role {
            member.role = role
            if role != .consultant && c.service == nil { member.service = nil }
        }
        if let service = c.service { member.service = service }
        if let admin = c.admin { member.admin = admin }
        if let key = c.publicKey { member.publicKey = key }
        try Self.checkEntry(member)
        var changed = roster
        changed.members[index] = member
        guard changed.members.contains(where: \.admin) else {
            throw .inconsistent(.tr("error.board.inconsistent.lastAdmin"))
        }
        roster = changed
    }

    mutating func setRosterPolicy(_ c: SetRosterPolicy) throws(BoardError) {
        guard c.requireSignatures != nil || c.syslog != nil else {
            throw .empty(field: "setting (give --require-signatures or --syslog)")
        }
        if let require = c.requireSignatures { roster.policy.requireSignatures = require }
        if let syslog = c.syslog { roster.policy.syslog = syslog }
    }

    /// `note.cosign`: the note must await a cosignature (see `checkPermission` for who may give it).
    mutating func cosignNote(_ c: CosignNote, context: ChangeContext) throws(BoardError) -> RecordID {
        try editRecord(c.noteID, kind: .note, in: \.notes) { (note) throws(BoardError) in
            guard let cosignature = note.cosignature else {
                throw .inconsistent(.tr("error.board.inconsistent.noCosignatureNeeded", ["id": "\(note.id)"]))
            }
            if let by = cosignature.by { throw .alreadyRecorded(
                    record: RecordKind.note.named(note.id),
                    what: .tr("error.board.already.cosigned", ["by": "\(Sanitizer.line(by))"])) }
            guard note.enteredInError == nil else {
                throw .inconsistent(.tr("error.board.inconsistent.cosignEnteredInError", ["id": "\(note.id)"]))
            }
            note.cosignature = Cosignature(by: context.author, at: context.at)
        }
        return c.noteID
    }

    /// The cosignature a new note by `author` needs: a resident's note waits for an attending's.
    func cosignatureNeeded(by author: String) -> Cosignature? {
        roster.member(named: author)?.role == .resident ? Cosignature() : nil
    }

    /// Whether a roster entry is well formed (also checked for every entry an import brings).
    static func checkEntry(_ member: StaffMember) throws(BoardError) {
        try Validate.text(member.name, field: "display name")
        try Validate.text(member.login, field: "login")
        if member.name.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            throw .invalidValue(field: "display name", value: Sanitizer.line(member.name), valid: .tr("error.board.valid.displayName"))
        }
        if member.login.unicodeScalars.contains(where: { CharacterSet.whitespacesAndNewlines.contains($0) || CharacterSet.controlCharacters.contains($0) }) {
            throw .invalidValue(field: "login", value: Sanitizer.line(member.login), valid: .tr("error.board.valid.login"))
        }
        if member.role == .consultant && member.service == nil {
            throw .inconsistent(.tr("error.board.inconsistent.consultantNeedsService", ["valid": "\(Service.validValues)"]))
        }
        if member.role != .consultant, let service = member.service {
            throw .inconsistent(.tr("error.board.inconsistent.serviceForConsultantsOnly", [
                "service": "\(service.rawValue)", "role": member.role.rawValueText,
            ]))
        }
        if let key = member.publicKey, SigningKeys.publicKey(fromBase64: key) == nil {
            throw .invalidValue(
                field: "signing public key", value: String(Sanitizer.line(key).prefix(60)),
                valid: .tr("error.board.valid.publicKey"))
        }
    }
}
