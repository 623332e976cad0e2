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
            throw .notPermitted(rule: .tr("error.board.permission.loginRequired"), who: .tr("error.board.permission.noLogin"))
        }
        let mine = roster.members(login: login)
        guard let member = roster.member(named: context.author), member.login == login else {
            let allowed = mine.map { ShownText.plain("'\(Sanitizer.line($0.name))'") }.joined(.tr("error.board.permission.or"))
            throw .notPermitted(
                rule: .tr("error.board.permission.signOwnName"),
                who: mine.isEmpty
                    ? .tr("error.board.permission.loginNotOnRoster", ["login": "\(Sanitizer.line(login))"])
                    : .tr("error.board.permission.loginSignsAs", [
                        "login": "\(Sanitizer.line(login))", "allowed": allowed, "author": "\(Sanitizer.line(context.author))",
                    ]))
        }
        let name = ShownText.plain(Sanitizer.line(member.name))
        let role = Self.roleWords(member)
        let who = ShownText.tr("error.board.permission.who", ["name": name, "role": role])
        let notAdmin = ShownText.tr("error.board.permission.whoNotAdmin", ["name": name, "role": role])
        guard member.role != .student else {
            throw .notPermitted(rule: .tr("error.board.permission.studentsRead"), who: who)
        }
        switch command {
        case .addStaff, .setStaff, .setRosterPolicy:
            guard member.admin else { throw .notPermitted(rule: .tr("error.board.permission.adminsChangeRoster"), who: notAdmin) }
        case .recordWardSetting:
            guard member.admin else {
                throw .notPermitted(rule: .tr("error.board.permission.adminsChangeSettings"), who: notAdmin)
            }
        case let .setConsultStatus(c):
            guard let consult = record(c.consultID, in: \.consults) else { return }  // the command names it
            guard member.role == .attending || (member.role == .consultant && member.service == consult.service) else {
                throw .notPermitted(
                    rule: .tr("error.board.permission.consultStatus", ["id": "\(c.consultID)", "service": consult.service.labelText]),
                    who: who)
            }
        case let .markNoteInError(c):
            guard let note = record(c.noteID, in: \.notes) else { return }
            guard member.role == .attending || note.author == member.name else {
                throw .notPermitted(
                    rule: .tr("error.board.permission.markInError", ["author": "\(Sanitizer.line(note.author))"]), who: who)
            }
        case .cosignNote:
            guard member.role == .attending else {
                throw .notPermitted(rule: .tr("error.board.permission.cosign"), who: who)
            }
        default:
            break
        }
    }

    private func record<Item: Identifiable>(_ id: RecordID, in list: KeyPath<PatientRecord, [Item]>) -> Item? where Item.ID == RecordID {
        guard let mrn = recordIndex[id] else { return nil }
        return patients[mrn]?[keyPath: list].first { $0.id == id }
    }

    /// The member's role as a refusal names it: "an attending", "a consultant of neurology" in English (the
    /// article before the words), the role's own words in Chinese.
    private static func roleWords(_ member: StaffMember) -> ShownText {
        let english = member.roleText
        let article = english.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return .englishOr("\(article) \(english)", member.roleWords)
    }
}
