import Crypto
import Foundation
import Testing
@testable import ConsultBoard

/// The ward roster and permissions by role, checked at the door (`Board.apply` through the store), with writers
/// of several logins simulated by the store's `writer`.
@Suite struct RosterTests {
    static let chen = OSUser(uid: 5101, login: "chen")
    static let wang = OSUser(uid: 5102, login: "wang")
    static let zhang = OSUser(uid: 5103, login: "zhang")
    static let xu = OSUser(uid: 5104, login: "xu")
    static let li = OSUser(uid: 5105, login: "li")

    /// A board with one patient and a roster: 陈医生 (attending, admin), 王医生 (resident), 张医生 (neurology
    /// consultant), 许同学 (student), 李护士 (nurse); returns a store per login.
    static func ward(_ folder: StoreFolder) throws -> [String: BoardStore] {
        let created = try Sample.board(at: folder.board, patients: 1)
        var stores: [String: BoardStore] = [:]
        for user in [chen, wang, zhang, xu, li] {
            var store = created
            store.writer = Writer(user: user, signingKey: nil)
            stores[user.login] = store
        }
        let admin = try #require(stores["chen"])
        try admin.apply([.addStaff(AddStaff(member: StaffMember(name: "陈医生", login: "chen", role: .attending)))], author: "陈医生")
        try admin.apply([
            .addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang", role: .resident))),
            .addStaff(AddStaff(member: StaffMember(name: "张医生", login: "zhang", role: .consultant, service: .neurology))),
            .addStaff(AddStaff(member: StaffMember(name: "许同学", login: "xu", role: .student))),
            .addStaff(AddStaff(member: StaffMember(name: "李护士", login: "li", role: .nurse))),
        ], author: "陈医生")
        return stores
    }

    private func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return "\(error)" }
        return nil
    }

    @Test func aBoardWithoutARosterKeepsTheSingleUserBehaviourAndSaysSo() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        try store.apply([Sample.note("SCI-0001")], author: "anyone at all")
        let report = BoardStore.validate(at: folder.board)
        #expect(report.isIntact)
        #expect(report.findings.filter { $0.message == Roster.noRosterNote }.count == 1, "said once: \(report.findings)")
        #expect(try store.roster().isEmpty)
    }

    @Test func theFirstEntryIsTheWritersOwnLoginAndBecomesAdmin() throws {
        let folder = try StoreFolder()
        var store = try Sample.board(at: folder.board, patients: 1)
        store.writer = Writer(user: Self.chen, signingKey: nil)
        let other = refusal { try store.apply([.addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang", role: .resident)))], author: "陈医生") }
        #expect(other?.contains("the first roster entry must be your own login") == true, "\(other ?? "accepted")")
        try store.apply([.addStaff(AddStaff(member: StaffMember(name: "陈医生", login: "chen", role: .attending)))], author: "陈医生")
        let roster = try store.roster()
        #expect(roster.members.map(\.name) == ["陈医生"] && roster.members.first?.admin == true)
        // The roster travels in the checkpoint: a fresh store reads it from the manifest.
        #expect(try BoardStore(path: folder.board).checkpointingEvery(1).roster() == roster)
    }

    @Test func aLoginMaySignOnlyAsItsOwnRosterNames() throws {
        let folder = try StoreFolder()
        let stores = try Self.ward(folder)
        let wang = try #require(stores["wang"])
        let impersonation = refusal { try wang.apply([Sample.note("SCI-0001", "OK to discharge")], author: "陈医生") }
        #expect(impersonation?.contains("login wang may sign as '王医生', not as '陈医生'") == true, "\(impersonation ?? "accepted")")
        var stranger = wang
        stranger.writer = Writer(user: OSUser(uid: 5999, login: "visitor"), signingKey: nil)
        let unknown = refusal { try stranger.apply([Sample.note("SCI-0001")], author: "visitor") }
        #expect(unknown?.contains("login visitor is not on the roster") == true, "\(unknown ?? "accepted")")
        try wang.apply([Sample.note("SCI-0001", "seen")], author: "王医生")
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    @Test func permissionsByRoleAreCheckedAtTheDoor() throws {
        let folder = try StoreFolder()
        let stores = try Self.ward(folder)
        let (chen, wang, zhang, xu, li) = try (#require(stores["chen"]), #require(stores["wang"]), #require(stores["zhang"]), #require(stores["xu"]), #require(stores["li"]))
        let consult = try #require(try chen.apply([.requestConsult(RequestConsult(mrn: "SCI-0001", service: .neurology, question: "GBS?", urgency: .urgent))], author: "陈医生").first ?? nil)
        let move = BoardCommand.setConsultStatus(SetConsultStatus(consultID: consult, status: .accepted))
        let byResident = refusal { try wang.apply([move], author: "王医生") }
        #expect(byResident?.contains("only by the consulted service's consultants or an attending") == true && byResident?.contains("王医生 is a resident") == true, "\(byResident ?? "accepted")")
        try zhang.apply([move], author: "张医生")

        let student = refusal { try xu.apply([Sample.note("SCI-0001")], author: "许同学") }
        #expect(student?.contains("students read the board and change nothing") == true && student?.contains("许同学 is a student") == true, "\(student ?? "accepted")")

        let note = try #require(try wang.apply([Sample.note("SCI-0001", "wrong bed")], author: "王医生").first ?? nil)
        let byNurse = refusal { try li.apply([.markNoteInError(MarkNoteInError(noteID: note, reason: "wrong patient"))], author: "李护士") }
        #expect(byNurse?.contains("only by its author (王医生) or an attending") == true && byNurse?.contains("李护士 is a nurse") == true, "\(byNurse ?? "accepted")")
        try wang.apply([.markNoteInError(MarkNoteInError(noteID: note, reason: "wrong patient"))], author: "王医生")

        let rosterByNurse = refusal { try li.apply([.setStaff(SetStaff(name: "李护士", admin: true))], author: "李护士") }
        #expect(rosterByNurse?.contains("only the board's admins change the ward roster") == true, "\(rosterByNurse ?? "accepted")")
        let lastAdmin = refusal { try chen.apply([.setStaff(SetStaff(name: "陈医生", admin: false))], author: "陈医生") }
        #expect(lastAdmin?.contains("at least one admin") == true, "\(lastAdmin ?? "accepted")")
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }

    /// The same refusals in Chinese: the rule, who is refused and their role in the reader's words, the names and
    /// logins as they are.
    @Test func permissionRefusalsReadInChinese() throws {
        let folder = try StoreFolder()
        let stores = try Self.ward(folder)
        let (chen, wang, xu, li) = try (#require(stores["chen"]), #require(stores["wang"]), #require(stores["xu"]), #require(stores["li"]))
        func chinese(_ body: () throws -> Void) -> String? {
            do { try body() } catch let error as StoreError { return Localisation.with(.simplifiedChinese) { error.shown } } catch { return "\(error)" }
            return nil
        }
        let consult = try #require(try chen.apply([.requestConsult(RequestConsult(mrn: "SCI-0001", service: .neurology, question: "GBS?", urgency: .urgent))], author: "陈医生").first ?? nil)
        let cases: [(String?, [String])] = [
            (chinese { try xu.apply([Sample.note("SCI-0001")], author: "许同学") }, ["无权操作：学生只能查看看板", "许同学 的角色是学生"]),
            (chinese { try wang.apply([.setConsultStatus(SetConsultStatus(consultID: consult, status: .accepted))], author: "王医生") },
             ["上级医师更改（\(consult) 是", "会诊）", "王医生 的角色是住院医师"]),
            (chinese { try wang.apply([Sample.note("SCI-0001")], author: "陈医生") }, ["登录账号 wang 只能以 '王医生' 签名，不能以“陈医生”签名"]),
            (chinese { try li.apply([.setStaff(SetStaff(name: "李护士", admin: true))], author: "李护士") },
             ["只有看板管理员能修改病房人员名单", "李护士 的角色是护士，不是管理员"]),
        ]
        for (shown, parts) in cases {
            let text = try #require(shown, "the board accepted a change it must refuse")
            #expect(ErrorWordsTests.isChinese(text) && !text.contains("{") && !text.contains(" is a"), "\(text)")
            for part in parts { #expect(text.contains(part), "\(text) lacks \(part)") }
        }
    }

    @Test func aResidentsNoteWaitsForAnAttendingsCosignature() throws {
        let folder = try StoreFolder()
        var stores = try Self.ward(folder)
        for (login, store) in stores { stores[login] = store.checkpointingEvery(2) }
        let (chen, wang) = try (#require(stores["chen"]), #require(stores["wang"]))
        let note = try #require(try wang.apply([Sample.note("SCI-0001", "住院医师查房记录")], author: "王医生").first ?? nil)
        let byAttendingNote = try #require(try chen.apply([Sample.note("SCI-0001", "attending note")], author: "陈医生").first ?? nil)
        var board = try chen.load()
        #expect(AwaitingCosignature.notes(on: board).map(\.note.id) == [note])
        let own = refusal { try wang.apply([.cosignNote(CosignNote(noteID: note))], author: "王医生") }
        #expect(own?.contains("only an attending cosigns a note") == true, "\(own ?? "accepted")")
        let needless = refusal { try chen.apply([.cosignNote(CosignNote(noteID: byAttendingNote))], author: "陈医生") }
        #expect(needless?.contains("does not need a cosignature") == true, "\(needless ?? "accepted")")
        try chen.apply([.cosignNote(CosignNote(noteID: note))], author: "陈医生")
        let again = refusal { try chen.apply([.cosignNote(CosignNote(noteID: note))], author: "陈医生") }
        #expect(again?.contains("already cosigned by 陈医生") == true, "\(again ?? "accepted")")
        board = try BoardStore(path: folder.board).load()
        let cosigned = try #require(board.patients["SCI-0001"]?.notes.first { $0.id == note })
        #expect(cosigned.cosignature?.by == "陈医生" && !cosigned.awaitsCosignature)
        #expect(AwaitingCosignature.notes(on: board).isEmpty)
        #expect(BoardStore.validate(at: folder.board).isIntact, "the checkpoint keeps the cosignature as the replay does")
    }

    @Test func theLatestHashIsSentToSyslogWhenTheBoardAsksForIt() throws {
        let folder = try StoreFolder()
        var chen = try #require(try Self.ward(folder)["chen"])
        let log = folder.path("syslog.txt")
        let program = folder.path("fake-logger")
        try Data("#!/bin/sh\necho \"$@\" >> '\(log)'\n".utf8).write(to: URL(fileURLWithPath: program))
        chmod(program, 0o755)
        chen.hooks.syslogProgram = program
        try chen.apply([Sample.note("SCI-0001")], author: "陈医生")
        #expect(!FileManager.default.fileExists(atPath: log), "off unless the board asks")
        try chen.apply([.setRosterPolicy(SetRosterPolicy(syslog: true))], author: "陈医生")
        try chen.apply([Sample.note("SCI-0001")], author: "陈医生")
        let last = try #require(try BoardFiles(folder: folder.board).journalLines().last)
        let logged = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 2 && logged.last?.contains("journal sha256 \(Seal.sha256Hex(last))") == true, "\(logged)")
        #expect(try chen.loadMarked(patients: nil).mark.hash == Seal.sha256Hex(last))
        chen.hooks.syslogProgram = folder.path("no-such-logger")
        let before = try BoardFiles(folder: folder.board).journalLines().count
        let refused = refusal { try chen.apply([Sample.note("SCI-0001")], author: "陈医生") }
        #expect(refused?.contains("nothing was changed") == true, "\(refused ?? "accepted")")
        #expect(try BoardFiles(folder: folder.board).journalLines().count == before)
    }
}

/// Per-person Ed25519 signatures: every write signed by its writer, `validate` checking each one.
@Suite struct SignatureTests {
    /// A ward whose attending 陈医生 signs with a key; returns the store writing as them and the key.
    static func signedWard(_ folder: StoreFolder) throws -> (store: BoardStore, key: Curve25519.Signing.PrivateKey) {
        let key = Curve25519.Signing.PrivateKey()
        var store = try Sample.board(at: folder.board, patients: 1)
        store.writer = Writer(user: RosterTests.chen, signingKey: key)
        let publicKey = key.publicKey.rawRepresentation.base64EncodedString()
        try store.apply([.addStaff(AddStaff(member: StaffMember(name: "陈医生", login: "chen", role: .attending, publicKey: publicKey)))], author: "陈医生")
        try store.apply([Sample.note("SCI-0001", "OK to discharge? Not yet."), Sample.lab("SCI-0001")], author: "陈医生")
        try store.apply([Sample.note("SCI-0001", "second note")], author: "陈医生")
        return (store, key)
    }

    /// Rewrites journal line `number` with `edit` and re-hashes the whole chain after it, as someone with write
    /// access to the folder could; the checkpoint goes (it would disagree).
    static func rewrite(_ folder: StoreFolder, line number: Int, _ edit: (String) -> String) throws {
        let files = BoardFiles(folder: folder.board)
        var previous = ""
        var lines: [Data] = []
        for (index, line) in try files.journalLines().enumerated() {
            var text = String(decoding: line, as: UTF8.self)
            if index + 1 == number { text = edit(text) }
            if index > 0 {
                text = text.replacingOccurrences(of: #""prev":"[0-9a-f]*""#, with: "\"prev\":\"\(previous)\"", options: .regularExpression)
            }
            let sealed = BoardFiles.reseal(Data(text.utf8))
            lines.append(sealed)
            previous = Seal.sha256Hex(sealed)
        }
        try files.writeJournal(lines)
        try FileManager.default.removeItem(atPath: folder.file("checkpoint"))
    }

    /// The journal line holding `text`.
    static func line(holding text: String, _ folder: StoreFolder) throws -> Int {
        let lines = try BoardFiles(folder: folder.board).journalLines()
        return try #require(lines.firstIndex { String(decoding: $0, as: UTF8.self).contains(text) }) + 1
    }

    @Test func everyWriteIsSignedAndValidateVerifiesIt() throws {
        let folder = try StoreFolder()
        _ = try Self.signedWard(folder)
        let report = BoardStore.validate(at: folder.board)
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.findings.contains { $0.message.contains("3 signatures verified") }, "\(report.findings)")
        // The note and lab of one write share one signature, on the write's last line.
        let lines = try BoardFiles(folder: folder.board).journalLines().map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.suffix(4).map { $0.contains(#","sig":""#) } == [true, false, true, true], "\(lines.suffix(4))")
    }

    @Test func aRewrittenAndReHashedNoteIsFoundAndNamed() throws {
        let folder = try StoreFolder()
        _ = try Self.signedWard(folder)
        let number = try Self.line(holding: "second note", folder)
        try Self.rewrite(folder, line: number) { $0.replacingOccurrences(of: "second note", with: "OK to discharge") }
        // The chain is whole again: without signatures this rewrite would pass.
        let report = BoardStore.validate(at: folder.board)
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.line == number && $0.message.contains("forged") && $0.message.contains("陈医生") }, "\(report.problems)")
        #expect(report.problems.allSatisfy { $0.file.hasSuffix("journal.jsonl") }, "the chain itself holds: \(report.problems)")
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(report)
    }

    @Test func aRewriteThatDropsTheSignatureIsNamedUnsigned() throws {
        let folder = try StoreFolder()
        _ = try Self.signedWard(folder)
        let number = try Self.line(holding: "second note", folder)
        try Self.rewrite(folder, line: number) { text in
            let cut = text.replacingOccurrences(of: #","key":"[0-9a-f]{16}","sig":"[A-Za-z0-9+/=]{88}""#, with: "", options: .regularExpression)
            return cut.replacingOccurrences(of: "second note", with: "OK to discharge")
        }
        let report = BoardStore.validate(at: folder.board)
        #expect(report.problems.contains { $0.line == number && $0.message.contains("is not signed") }, "\(report.problems)")
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(report)
    }

    @Test func aSignatureByAnotherKeyIsAnUnknownKey() throws {
        let folder = try StoreFolder()
        var (store, _) = try Self.signedWard(folder)
        store.writer = Writer(user: RosterTests.chen, signingKey: Curve25519.Signing.PrivateKey())
        try store.apply([Sample.note("SCI-0001", "with a stolen login")], author: "陈医生")
        let number = try Self.line(holding: "with a stolen login", folder)
        let report = BoardStore.validate(at: folder.board)
        #expect(report.problems.contains { $0.line == number && $0.message.contains("unknown key") }, "\(report.problems)")
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(report)
    }

    @Test func aBoardThatRequiresSignaturesNamesUnsignedEntries() throws {
        let folder = try StoreFolder()
        var (store, _) = try Self.signedWard(folder)
        try store.apply([.addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang", role: .resident)))], author: "陈医生")
        try store.apply([.setRosterPolicy(SetRosterPolicy(requireSignatures: true))], author: "陈医生")
        store.writer = Writer(user: RosterTests.wang, signingKey: nil)
        try store.apply([Sample.note("SCI-0001", "no key yet")], author: "王医生")
        let number = try Self.line(holding: "no key yet", folder)
        let report = BoardStore.validate(at: folder.board)
        #expect(report.problems.map(\.line) == [number], "\(report.problems)")
        #expect(report.problems.first?.message.contains("requires signatures") == true)
        DamageFindingsInChineseTests.expectChineseAndEnglishUnchanged(report)
    }

    @Test func theHandoffCarriesTheLatestHashOnEveryPage() throws {
        let folder = try StoreFolder()
        let (store, _) = try Self.signedWard(folder)
        let (board, mark) = try store.loadMarked(patients: ["SCI-0001"])
        let last = try #require(try BoardFiles(folder: folder.board).journalLines().last)
        #expect(mark.hash == Seal.sha256Hex(last) && mark.revision == board.revision)
        for format in HandoffFormat.allCases {
            let text = try Handoff.render(
                board: board, template: try HandoffTemplate.standard(format), width: 100, generatedBy: "陈医生", now: Sample.at(600),
                journalHash: mark.hash)
            #expect(text.contains(mark.hash), "\(format)")
        }
    }
}
