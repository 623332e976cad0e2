import Crypto
import Foundation
import Testing
@testable import ConsultBoard

/// The ward roster travels with `export` and `import`: the imported board has the same people, roles, keys and
/// policy, enforces them, and an import whose roster entries are malformed is refused by JSON path.
@Suite struct RosterExportTests {
    /// A signed ward (陈医生 attending and admin with a key, 王医生 resident, 张医生 neurology consultant, 许同学
    /// student) that requires signatures; returns its store (writing as 陈医生) and 陈医生's key.
    private func rosterBoard(_ folder: StoreFolder) throws -> (store: BoardStore, key: Curve25519.Signing.PrivateKey) {
        let (store, key) = try SignatureTests.signedWard(folder)
        try store.apply([
            .addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang", role: .resident))),
            .addStaff(AddStaff(member: StaffMember(name: "张医生", login: "zhang", role: .consultant, service: .neurology))),
            .addStaff(AddStaff(member: StaffMember(name: "许同学", login: "xu", role: .student))),
            .setRosterPolicy(SetRosterPolicy(requireSignatures: true)),
        ], author: "陈医生")
        return (store, key)
    }

    private func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return "\(error)" }
        return nil
    }

    @Test func exportCarriesTheRosterAndImportRestoresIt() throws {
        let folder = try StoreFolder()
        let (store, _) = try rosterBoard(folder)
        let roster = try store.roster()
        #expect(roster.members.count == 4 && roster.policy.requireSignatures)
        let bytes = try store.export().encoded()
        let document = try ExportDocument.decode(bytes)
        #expect(document.roster == roster)
        let imported = try BoardStore.importBoard(document, at: folder.path("copy"), author: "陈医生")
        #expect(try imported.roster() == roster)
        #expect(try BoardStore(path: folder.path("copy")).load().roster == roster, "read back from the checkpoint")
        #expect(try imported.replayedFromJournal().roster == roster, "and from the journal")
        #expect(try imported.export().encoded() == bytes, "export, import, export gives the same bytes")
        #expect(BoardStore.validate(at: folder.path("copy")).isIntact)
        #expect(try imported.entries().first?.summary.contains("ward roster of 4 people") == true)
    }

    @Test func theImportedRosterIsEnforced() throws {
        let folder = try StoreFolder()
        let (store, key) = try rosterBoard(folder)
        try BoardStore.importBoard(store.export(), at: folder.path("copy"), author: "陈医生")
        func writer(_ user: OSUser, _ key: Curve25519.Signing.PrivateKey? = nil) throws -> BoardStore {
            var copy = try BoardStore(path: folder.path("copy"))
            copy.writer = Writer(user: user, signingKey: key)
            return copy
        }
        let wang = try writer(RosterTests.wang)
        let impersonation = refusal { try wang.apply([Sample.note("SCI-0001", "OK to discharge")], author: "陈医生") }
        #expect(impersonation?.contains("login wang may sign as '王医生', not as '陈医生'") == true, "\(impersonation ?? "accepted")")
        let student = refusal { try writer(RosterTests.xu).apply([Sample.note("SCI-0001")], author: "许同学") }
        #expect(student?.contains("students read the board and change nothing") == true, "\(student ?? "accepted")")
        let stranger = refusal { try writer(OSUser(uid: 5999, login: "visitor")).apply([Sample.note("SCI-0001")], author: "visitor") }
        #expect(stranger?.contains("login visitor is not on the roster") == true, "\(stranger ?? "accepted")")
        let rosterByResident = refusal { try wang.apply([.setStaff(SetStaff(name: "王医生", admin: true))], author: "王医生") }
        #expect(rosterByResident?.contains("only the board's admins change the ward roster") == true, "\(rosterByResident ?? "accepted")")

        // The attending's key still signs, and validate still checks it against the imported key.
        try writer(RosterTests.chen, key).apply([Sample.note("SCI-0001", "signed after the import")], author: "陈医生")
        var report = BoardStore.validate(at: folder.path("copy"))
        #expect(report.isIntact, "\(report.findings)")
        #expect(report.findings.contains { $0.message.contains("1 signature verified") }, "\(report.findings)")
        // The policy came too: a resident without a key writing is named unsigned.
        try wang.apply([Sample.note("SCI-0001", "no key")], author: "王医生")
        report = BoardStore.validate(at: folder.path("copy"))
        #expect(report.problems.count == 1 && report.problems.first?.message.contains("requires signatures") == true, "\(report.problems)")
        // And another key with 陈医生's login is an unknown key.
        try writer(RosterTests.chen, Curve25519.Signing.PrivateKey()).apply([Sample.note("SCI-0001", "stolen login")], author: "陈医生")
        report = BoardStore.validate(at: folder.path("copy"))
        #expect(report.problems.contains { $0.message.contains("unknown key") }, "\(report.problems)")
    }

    @Test func aBoardWithoutARosterExportsNoneAndStaysSingleUser() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 2)
        let bytes = try store.export().encoded()
        #expect(!String(decoding: bytes, as: UTF8.self).contains(#""roster""#))
        let imported = try BoardStore.importBoard(ExportDocument.decode(bytes), at: folder.path("copy"), author: "admin")
        #expect(try imported.roster().isEmpty)
        try imported.apply([Sample.note("SCI-0001")], author: "anyone at all")
        #expect(BoardStore.validate(at: folder.path("copy")).findings.contains { $0.message == Roster.noRosterNote })
    }

    /// The roster board's document as JSON, with `edit` applied to its roster members; the import error.
    private func problem(editing edit: (inout [[String: Any]]) throws -> Void) throws -> ImportError? {
        let folder = try StoreFolder()
        let data = try rosterBoard(folder).store.export().encoded()
        var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var roster = try #require(document["roster"] as? [String: Any])
        var members = try #require(roster["members"] as? [[String: Any]])
        try edit(&members)
        roster["members"] = members
        document["roster"] = roster
        let spoilt = try JSONSerialization.data(withJSONObject: document)
        do {
            _ = try ExportDocument.decode(spoilt)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedRosterEntriesAreRefusedByPath() throws {
        let key = try #require(try problem { $0[1]["publicKey"] = "not-a-key" })
        #expect(key.path == "$.roster.members[1]" && key.reason.contains("signing public key"), "\(key)")
        let login = try #require(try problem { $0[2]["login"] = "two words" })
        #expect(login.path == "$.roster.members[2]" && login.reason.contains("login"), "\(login)")
        let consultant = try #require(try problem { $0[2]["service"] = nil })
        #expect(consultant.path == "$.roster.members[2]" && consultant.reason.contains("--service"), "\(consultant)")
        let twice = try #require(try problem { $0[3]["name"] = "王医生" })
        #expect(twice.path == "$.roster.members[3].name" && twice.reason.contains("also the name of $.roster.members[1]"), "\(twice)")
        let noAdmin = try #require(try problem { members in
            for index in members.indices { members[index]["admin"] = false }
        })
        #expect(noAdmin.path == "$.roster.members" && noAdmin.reason.contains("admin"), "\(noAdmin)")
        let role = try #require(try problem { $0[0]["role"] = "chief" })
        #expect(role.path.hasPrefix("$.roster.members[0].role"), "\(role)")
        #expect(try problem { _ in } == nil, "the unspoilt document imports")
    }

    @Test func theStoreRefusesAMalformedRosterEvenWithoutTheDocumentCheck() throws {
        let folder = try StoreFolder()
        var document = try rosterBoard(folder).store.export()
        document.roster?.members[0].publicKey = "AAAA"
        let error = refusal { try BoardStore.importBoard(document, at: folder.path("copy"), author: "陈医生") }
        #expect(error?.contains("$.roster.members[0]") == true, "\(error ?? "accepted")")
        #expect(!FileManager.default.fileExists(atPath: folder.path("copy")), "nothing written")
    }
}
