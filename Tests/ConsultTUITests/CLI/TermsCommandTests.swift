import ConsultBoard
import Foundation
import Testing

/// `terms lookup`, `terms check`, a ward's terminology.json, and the warnings `order add` prints.
@Suite struct TermsCommandTests {
    @Test func lookupShowsDrugClassesATCAndProcedures() throws {
        let text = try ConsultBoardProcess.run(["terms", "lookup", "速碧林 0.4ml ih qd"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("drug: nadroparin (ATC B01AB06"))
        #expect(text.stdout.contains("low-molecular-weight heparin"))
        #expect(text.stdout.contains("frequency: 1 a day"))
        let json = try ConsultBoardProcess.run(["terms", "lookup", "T12骨折切开复位内固定术", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let procedures = try #require(object["procedures"] as? [[String: Any]])
        #expect(procedures.first?["classes"] as? [String] == ["spine-surgery"])
        let miss = try ConsultBoardProcess.run(["terms", "lookup", "Xyzzyparin"])
        #expect(miss.stdout.contains("not recognised"))
    }

    @Test func checkValidatesAWardFileAndTheBoardUsesIt() throws {
        let board = try CLIBoard()
        let good = board.folder.path("ward.json")
        try #"{"format": 1, "version": "ward 3 v1", "drugs": [{"id": "xyzzyparin", "classes": ["lmwh"], "names": ["Xyzzyparin"], "source": "ward pharmacist"}]}"#
            .write(toFile: good, atomically: true, encoding: .utf8)
        let checked = try ConsultBoardProcess.run(["terms", "check", good])
        #expect(checked.status == 0, "\(checked)")
        #expect(checked.stdout.contains("valid; terminology \(Terminology.standard.version) + ward 3 v1"))
        let bad = board.folder.path("bad.json")
        try #"{"format": 1, "version": "w", "drugs": [{"id": "x", "classes": ["nosuch"], "names": ["x"], "source": "s s"}]}"#
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try ConsultBoardProcess.run(["terms", "check", bad])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("unknown class 'nosuch'"))

        let order = ["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "VTE prophylaxis",
                     "--drug", "Xyzzyparin", "--dose", "40 mg", "--route", "SC", "--frequency", "qd"]
        let unknown = try board.run(order)
        #expect(unknown.status == 0 && !unknown.output.isEmpty, "\(unknown)")
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        #expect(unknown.stderr.contains("warning: info alert unrecognised-medication:\(unknown.output)"))
        try FileManager.default.copyItem(atPath: good, toPath: board.path + "/terminology.json")
        let known = try board.run(order)
        #expect(known.status == 0 && known.stderr.isEmpty, "\(known)")
        let alerts = try board.run(["alerts", CLIBoard.mrn])
        #expect(alerts.stdout.contains("unrecognised-medication:\(unknown.output)") == false)
    }

    /// The built-in terminology is decoded only when something is evaluated, but a ward's broken extension still
    /// refuses every command on its board, those that evaluate nothing included, before anything is written.
    @Test func aBrokenWardTerminologyRefusesEvenCommandsThatEvaluateNothing() throws {
        let board = try CLIBoard()
        try #"{"format": 1, "version": "w", "drugs": [{"id": "x", "classes": ["nosuch"], "names": ["x"], "source": "s s"}]}"#
            .write(toFile: board.path + "/terminology.json", atomically: true, encoding: .utf8)
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "seen"], "terminology.json", "nosuch")
        let listed = try board.run(["patients", "--json"])
        #expect(listed.status != 0 && listed.stdout.isEmpty, "\(listed)")
        #expect(listed.stderr.contains("terminology.json"), "\(listed)")
    }

    @Test func imagingTextSayingContrastIsFlagged() throws {
        let board = try CLIBoard()
        let outcome = try board.run([
            "order", "add", CLIBoard.mrn, "--service", "spine-surgery", "--kind", "imaging", "--text", "颈椎MRI平扫+增强",
            "--modality", "mri", "--region", "cervical spine",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("imaging-contrast-contradiction"))
        #expect(outcome.stderr.contains("gadolinium"))
    }
}
