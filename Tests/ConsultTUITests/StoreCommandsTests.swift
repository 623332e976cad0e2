import ConsultBoard
import Foundation
import Testing

/// The store's commands end to end, through the built `consult-board`: audit, validate (and --repair), export,
/// import. Boards are filled through the library (the commands that add records belong to other suites).
@Suite struct StoreCommandsTests {
    private let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// A board with two patients, a note each, an order and its status change.
    private func board(in folder: TemporaryFolder, name: String = "ward") throws -> String {
        let path = folder.path(name)
        let store = try BoardStore.create(at: path, ward: "Spine 3 脊髓", author: "dr.li", at: start)
        for (index, name) in ["王秀英", "Ana Lima"].enumerated() {
            let mrn = "SCI-000\(index + 1)"
            let patient = Patient(
                mrn: mrn, name: name, age: 40 + index, sex: .female, bed: "3-\(index + 1)", admittedAt: start,
                diagnosis: "C5 AIS B")
            try store.apply(
                [.admitPatient(AdmitPatient(patient: patient)),
                 .addNote(AddNote(mrn: mrn, service: .neurology, type: .consult, text: "Seen 见患者 🙂\nplan: physio"))],
                author: "dr.li", at: start.addingTimeInterval(Double(60 * (index + 1))))
        }
        try store.apply([.addOrder(AddOrder(mrn: "SCI-0001", service: .ward, kind: .nursing, text: "Turn every 2 h"))], author: "nurse.wu", at: start.addingTimeInterval(600))
        try store.apply([.setOrderStatus(SetOrderStatus(orderID: "O-6", status: .onHold, reason: "in theatre"))], author: "nurse.wu", at: start.addingTimeInterval(900))
        return path
    }

    @Test func auditShowsEveryChangeOldestFirst() throws {
        let folder = try TemporaryFolder()
        let path = try board(in: folder)
        let all = try ConsultBoardProcess.run(["audit", "--board", path])
        #expect(all.status == 0, "\(all)")
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines[0].contains("1") && lines[0].contains("board.create") && lines[0].contains("created the board 'Spine 3 脊髓'"))
        #expect(lines[2].contains("2026-09-21T14:14:20Z") && lines[2].contains("dr.li") && lines[2].contains("SCI-0001") && lines[2].contains("note.add"))
        #expect(lines[2].contains("neurology consult note: Seen 见患者 🙂 plan: physio"))
        #expect(lines[6].contains("nurse.wu") && lines[6].contains("O-6 on-hold (in theatre)"))

        let one = try ConsultBoardProcess.run(["audit", "SCI-0002", "--board", path])
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").count == 2)
        #expect(!one.stdout.contains("SCI-0001"))

        let unknown = try ConsultBoardProcess.run(["audit", "SCI-9999", "--board", path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("SCI-9999"))
    }

    @Test func auditJSONIsTheJournalEntries() throws {
        let folder = try TemporaryFolder()
        let path = try board(in: folder)
        let out = try ConsultBoardProcess.run(["audit", "--json", "--board", path, "SCI-0001"])
        #expect(out.status == 0, "\(out)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["seq"] as? Int } == [2, 3, 6, 7])
        #expect(entries.map { $0["kind"] as? String } == ["patient.admit", "note.add", "order.add", "order.set"])
        #expect(entries[1]["author"] as? String == "dr.li")
        #expect((entries[1]["payload"] as? [String: Any])?["text"] as? String == "Seen 见患者 🙂\nplan: physio")
    }

    @Test func validateExitsZeroOnlyWhenIntactAndRepairRecovers() throws {
        let folder = try TemporaryFolder()
        let path = try board(in: folder)
        let intact = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(intact.status == 0, "\(intact)")
        #expect(intact.stdout.contains("intact: revision 7, 2 patients"))

        // Damage: a byte of a complete line (line 7, the last) changed by hand.
        let journal = path + "/journal.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        let lastLineStart = try #require(bytes.dropLast().lastIndex(of: 0x0A)).advanced(by: 1)
        let flip = lastLineStart + 30
        bytes[flip] = bytes[flip] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try bytes.write(to: URL(fileURLWithPath: journal))

        let damaged = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("\(journal) line 7"), "\(damaged)")
        #expect(damaged.stderr.contains("NOT intact"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == bytes, "validate changes nothing")
        let audit = try ConsultBoardProcess.run(["audit", "--board", path])
        #expect(audit.status != 0 && audit.stderr.contains("line 7"), "every command names the damage")

        // The last line is an acknowledged change nothing else vouches for: cut only when asked to.
        let refused = try ConsultBoardProcess.run(["validate", "--repair", "--board", path])
        #expect(refused.status == 1 && refused.stderr.contains("1 acknowledged change") && refused.stderr.contains("--force"), "\(refused)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == bytes, "a refused repair changes nothing")
        let repaired = try ConsultBoardProcess.run(["validate", "--repair", "--force", "--board", path])
        #expect(repaired.status == 0, "\(repaired)")
        #expect(repaired.stdout.contains("cut 1 line"))
        let cut = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasPrefix("journal.jsonl.cut-") }
        #expect(cut.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + "/" + cut[0])) == bytes[lastLineStart...])
        #expect(try ConsultBoardProcess.run(["validate", "--board", path]).status == 0)
    }

    /// A writer killed in the middle of its append leaves an incomplete last line: a change no command
    /// acknowledged. The board opens without it, `validate` warns and still exits 0, and the next change sets the
    /// fragment aside in a copy before appending.
    @Test func anInterruptedAppendIsLeftOutAndSetAsideByTheNextChange() throws {
        let folder = try TemporaryFolder()
        let path = try board(in: folder)
        let journal = path + "/journal.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        let fragment = Data(#"{"at":"2026-11-25T08:30:00Z","author":"dr.li","kind":"no"#.utf8)
        bytes.append(fragment)
        try bytes.write(to: URL(fileURLWithPath: journal))

        let validate = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.stdout.contains("\(journal) line 8") && validate.stdout.contains("incomplete"), "\(validate)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == bytes, "validate changes nothing")
        #expect(try ConsultBoardProcess.run(["audit", "--board", path]).status == 0, "the board opens")

        let note = try ConsultBoardProcess.run(["note", "add", "SCI-0001", "--board", path, "--service", "ward", "--text", "after the crash"])
        #expect(note.status == 0, "\(note)")
        let cut = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasPrefix("journal.jsonl.cut-") }
        #expect(cut.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + "/" + cut[0])) == fragment)
        let after = try ConsultBoardProcess.run(["validate", "--board", path])
        #expect(after.status == 0 && !after.stdout.contains("incomplete"), "\(after)")
    }

    @Test func exportImportExportRoundTrips() throws {
        let folder = try TemporaryFolder()
        let path = try board(in: folder)
        let exported = try ConsultBoardProcess.run(["export", "--board", path])
        #expect(exported.status == 0, "\(exported)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "consult-board-export")
        #expect(document["schemaVersion"] as? Int == 1)
        #expect(document["revision"] as? Int == 7)
        #expect((document["patients"] as? [Any])?.count == 2)

        let file = folder.path("export.json")
        let toFile = try ConsultBoardProcess.run(["export", "--board", path, "--output", file])
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == exported.stdout)
        var info = stat()
        stat(file, &info)
        #expect(info.st_mode & 0o777 == 0o600)

        let copy = folder.path("copy")
        let imported = try ConsultBoardProcess.run(["import", file, "--board", copy, "--author", "admin"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.contains("imported 2 patients (revision 7)"))
        #expect(try ConsultBoardProcess.run(["export", "--board", copy]).stdout == exported.stdout)
        #expect(try ConsultBoardProcess.run(["validate", "--board", copy]).status == 0)

        let again = try ConsultBoardProcess.run(["import", file, "--board", copy])
        #expect(again.status != 0 && again.stderr.contains("already exists"))
    }

    @Test func importRefusesAMalformedDocumentNamingThePath() throws {
        let folder = try TemporaryFolder()
        let path = try board(in: folder)
        let exported = try ConsultBoardProcess.run(["export", "--board", path]).stdout
        let spoiled = exported.replacingOccurrences(of: "\"at\":\"2026-09-21T14:15:20Z\"", with: "\"at\":\"last tuesday\"")
        #expect(spoiled != exported)
        let file = folder.path("bad.json")
        try spoiled.write(toFile: file, atomically: true, encoding: .utf8)
        let out = try ConsultBoardProcess.run(["import", file, "--board", folder.path("new")])
        #expect(out.status != 0)
        #expect(out.stderr.contains("$.patients[1].notes[0].at: expected an ISO 8601 date"), "\(out)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("new/board.json")))
    }

    /// As root permission bits stop no one, so this runs the commands as `nobody` (setpriv) on a board that
    /// user may read but not write.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyBoardIsReportedAndLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        chmod(folder.url.path, 0o755)
        let path = try board(in: folder)
        let journal = path + "/journal.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        bytes.append(Data(#"{"torn":"#.utf8))
        try bytes.write(to: URL(fileURLWithPath: journal))
        let manifest = path + "/checkpoint/manifest.json"
        let manifestBytes = try Data(contentsOf: URL(fileURLWithPath: manifest))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: manifest))
        let enumerator = FileManager.default.enumerator(atPath: path)
        chmod(path, 0o755)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder)
            chmod(path + "/" + name, isFolder.boolValue ? 0o755 : 0o644)
        }

        let repair = try runAsNobody(["validate", "--repair", "--board", path])
        #expect(repair.status != 0)
        #expect(repair.stderr.contains("permission denied") && repair.stderr.contains("read-only for you"), "\(repair)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == bytes)
        #expect(try Data(contentsOf: URL(fileURLWithPath: manifest)) == Data("{}".utf8))
        #expect(manifestBytes != Data("{}".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.contains(".cut-") }.isEmpty)

        let validate = try runAsNobody(["validate", "--board", path])
        #expect(validate.status == 1 && validate.stdout.contains("line 8") && validate.stdout.contains("manifest.json"), "reading still works: \(validate)")

        let imported = try runAsNobody(["import", "/dev/null", "--board", path + "/sub"])
        #expect(imported.status != 0)
    }

    private func runAsNobody(_ args: [String]) throws -> ConsultBoardProcess.Outcome {
        let outcome = try ChildProcess.run(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", try ConsultBoardProcess.executable.path] + args)
        return .init(
            status: outcome.ending.status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
            stderr: String(decoding: outcome.stderr, as: UTF8.self))
    }
}
