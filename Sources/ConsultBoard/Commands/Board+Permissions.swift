import Foundation

extension Board {
    /// Checks at the door that the roster allows this change by this person from this login: the author must be
    /// a roster name of the writing login, students change nothing, the roster is changed by admins, a consult's
    /// status by its service's consultants or an attending, an entered-in-error mark by the note's author or an
    /// attending, a cosignature by an attending. A board without a roster allows everything (single user).
    ///
    /// Run for new changes only: a change accepted once always replays, whatever the roster became later (its
    /// authenticity is what the signatures check, see `JournalSignature`).
    func checkPermission(_ command: BoardCommand, context: ChangeContext) throws(BoardError) {
        guard !roster.isEmpty else { return }
        guard let login = context.writer else {
            throw .notPermitted(rule: "this board has a ward roster, so every change must say which login makes it", who: "this one does not")
        }
        let mine = roster.members(login: login)
        guard let member = roster.member(named: context.author), member.login == login else {
            let allowed = mine.map { "'\(Sanitizer.line($0.name))'" }.joined(separator: " or ")
            throw .notPermitted(
                rule: "a change is signed only with a name the ward roster gives your login",
                who: mine.isEmpty
                    ? "login \(Sanitizer.line(login)) is not on the roster (an admin adds it: `consult-board staff add`)"
                    : "login \(Sanitizer.line(login)) may sign as \(allowed), not as '\(Sanitizer.line(context.author))' (--author)")
        }
        let who = "\(Sanitizer.line(member.name)) is \(Self.article(member.roleText)) \(member.roleText)"
        guard member.role != .student else {
            throw .notPermitted(rule: "students read the board and change nothing", who: who)
        }
        switch command {
        case .addStaff, .setStaff, .setRosterPolicy:
            guard member.admin else { throw .notPermitted(rule: "only the board's admins change the ward roster", who: who + ", not an admin") }
        case .recordWardSetting:
            guard member.admin else {
                throw .notPermitted(rule: "only the board's admins change the ward's settings (its rule numbers and ranges)", who: who + ", not an admin")
            }
        case let .setConsultStatus(c):
            guard let consult = record(c.consultID, in: \.consults) else { return }  // the command names it
            guard member.role == .attending || (member.role == .consultant && member.service == consult.service) else {
                throw .notPermitted(
                    rule: "a consult's status moves only by the consulted service's consultants or an attending (\(c.consultID) is a \(consult.service.label) consult)",
                    who: who)
            }
        case let .markNoteInError(c):
            guard let note = record(c.noteID, in: \.notes) else { return }
            guard member.role == .attending || note.author == member.name else {
                throw .notPermitted(
                    rule: "a note is marked entered-in-error only by its author (\(Sanitizer.line(note.author))) or an attending", who: who)
            }
        case .cosignNote:
            guard member.role == .attending else {
                throw .notPermitted(rule: "only an attending cosigns a note (上级医师审签)", who: who)
            }
        default:
            break
        }
    }

    private func record<Item: Identifiable>(_ id: RecordID, in list: KeyPath<PatientRecord, [Item]>) -> Item? where Item.ID == RecordID {
        guard let mrn = recordIndex[id] else { return nil }
        return patients[mrn]?[keyPath: list].first { $0.id == id }
    }

    private static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
