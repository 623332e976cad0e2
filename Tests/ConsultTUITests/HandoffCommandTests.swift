import ConsultBoard
import Foundation
import Testing

/// `consult-board handoff` end to end: the built program, a board on disk, the repository's templates.
@Suite struct HandoffCommandTests {
    let folder: TemporaryFolder
    let board: String

    /// A board with two patients (one with a Chinese name, one with a note that tries to escape the terminal).
    init() throws {
        folder = try TemporaryFolder()
        board = folder.path("ward")
        let store = try BoardStore.create(at: board, ward: "Spine 3", author: "dr.li")
        let admitted = Date(timeIntervalSince1970: 1_795_000_000)
        try store.apply([
            .admitPatient(AdmitPatient(patient: Patient(
                mrn: "SCI-0001", name: "张伟", age: 58, sex: .male, bed: "12", admittedAt: admitted,
                diagnosis: "C5 AIS A", severity: .stable))),
            .admitPatient(AdmitPatient(patient: Patient(
                mrn: "SCI-0002", name: "Mary Li", age: 34, sex: .female, bed: "2", admittedAt: admitted,
                diagnosis: "T10 AIS C", severity: .watcher))),
            .admitPatient(AdmitPatient(patient: Patient(
                mrn: "SCI-0003", name: "王秀英", age: 71, sex: .female, bed: "10", admittedAt: admitted,
                diagnosis: "Central cord syndrome", severity: .unstable))),
            .addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress,
                text: "患者今日神志清楚，双上肢肌力较昨日改善，左侧肱二头肌四级，右侧三级。\u{1B}[2J<script>x</script>")),
        ], author: "dr.li")
    }

    func handoff(_ args: [String], environment: [String: String] = [:]) throws -> ConsultBoardProcess.Outcome {
        try ConsultBoardProcess.run(["handoff", "--board", board, "--author", "dr.wang"] + args, environment: environment)
    }

    /// The beds in the order the text handoff lists them.
    func beds(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("Bed ") }.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }
    }

    @Test func wholeWardInBedOrderWithTheBoardRevision() throws {
        let run = try handoff([])
        #expect(run.status == 0, "\(run)")
        #expect(beds(run.stdout) == ["2", "10", "12"])
        #expect(run.stdout.replacingOccurrences(of: "\n", with: " ").contains("by dr.wang · board revision 5"))
        #expect(!run.stdout.utf8.contains(0x1B), "the stored escape never reaches the terminal")
        #expect(run.stdout.contains("␛[2J<script>x</script>"))
        #expect(try handoff(["--sort", "severity"]).stdout.split(separator: "\n").filter { $0.hasPrefix("Bed ") }
            .map { $0.split(separator: " ").last.map(String.init) ?? "" } == ["UNSTABLE", "WATCHER", "STABLE"])
    }

    @Test func chosenPatientsAndWidth() throws {
        let run = try handoff(["SCI-0001", "--width", "44"])
        #expect(run.status == 0, "\(run)")
        #expect(beds(run.stdout) == ["12"])
        for line in run.stdout.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 44, "\(line)")
        }
        let narrow = try handoff(["--width", "12"])
        #expect(narrow.status != 0)
        #expect(narrow.stderr.contains("--width from 40 to 400"))
    }

    @Test func unknownMRNIsAClearError() throws {
        let run = try handoff(["SCI-0001", "SCI-9999"])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("no patient with MRN 'SCI-9999'"))
    }

    @Test func outputFileIsPrivateAndItsNameChoosesTheFormat() throws {
        let html = folder.path("handoff.html")
        let run = try handoff(["--output", html])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("saved the handoff (3 patients) to \(html)"))
        let saved = try String(contentsOfFile: html, encoding: .utf8)
        #expect(saved.hasPrefix("<!DOCTYPE html>"))
        #expect(saved.contains("&lt;script&gt;x&lt;/script&gt;"))
        let mode = try FileManager.default.attributesOfItem(atPath: html)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let markdown = folder.path("handoff.md")
        #expect(try handoff(["--output", markdown]).status == 0)
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# I-PASS handoff: Spine 3"))
        let forced = try handoff(["--format", "text", "--output", folder.path("plain.html")])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: folder.path("plain.html"), encoding: .utf8).hasPrefix("===="))
    }

    @Test func printWithoutAPrinterSaysSoAndSendsNothing() throws {
        let empty = folder.path("empty-bin")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let run = try handoff(["--print", "--output", folder.path("not-written.txt")], environment: ["PATH": empty])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no printer"))
        #expect(run.stderr.contains("Nothing was printed"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("not-written.txt")), "nothing is half done")
    }

    @Test func printSendsTheHandoffToLp() throws {
        let bin = folder.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let copy = folder.path("spooled.txt")
        let lp = "#!/bin/sh\nfor last; do :; done; cp \"$last\" '\(copy)'; echo 'request id is ward-3 (1 file(s))'\n"
        #expect(FileManager.default.createFile(atPath: bin + "/lp", contents: Data(lp.utf8), attributes: [.posixPermissions: 0o700]))
        let run = try handoff(["--print"], environment: ["PATH": "\(bin):/usr/bin:/bin"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("sent the handoff (3 patients) to the printer: request id is ward-3"))
        let spooled = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(beds(spooled) == ["2", "10", "12"])

        let html = try handoff(["--print", "--format", "html"], environment: ["PATH": "\(bin):/usr/bin:/bin"])
        #expect(html.status != 0)
        #expect(html.stderr.contains("cannot be sent to the printer"))
    }

    @Test func customTemplateAndBrokenTemplate() throws {
        let custom = folder.path("mine.md.mustache")
        try Data("{{#patients}}* {{bed}} {{name}}\n{{/patients}}".utf8).write(to: URL(fileURLWithPath: custom))
        let run = try handoff(["--template", custom])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "* 2 Mary Li\n* 10 王秀英\n* 12 张伟\n")

        let broken = folder.path("broken.txt.mustache")
        try Data("Handoff\n{{#patients}}\n{{name}}\n{{/patient}}\n".utf8).write(to: URL(fileURLWithPath: broken))
        let failed = try handoff(["--template", broken])
        #expect(failed.status != 0)
        #expect(failed.stdout.isEmpty)
        #expect(failed.stderr.contains("handoff template \(broken), line 4"))
        #expect(failed.stderr.contains("'patients' opened on line 2"))

        let folderRun = try handoff(["--templates", folder.path("nowhere")])
        #expect(folderRun.status != 0)
        #expect(folderRun.stderr.contains("has no handoff.txt.mustache"))
    }

    @Test func defaultTemplatesComeFromTheEnvironmentWhenTheProgramIsElsewhere() throws {
        // A copy of the program outside the source tree finds no templates above it, so the variable is used.
        let bin = folder.path("installed")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let program = bin + "/consult-board"
        try FileManager.default.copyItem(atPath: try ConsultBoardProcess.executable.path, toPath: program)
        let templates = folder.path("ward-templates")
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try Data("ward {{ward}}\n".utf8).write(to: URL(fileURLWithPath: templates + "/handoff.txt.mustache"))

        func runCopy(_ environment: [String: String]) throws -> (Int32, String, String) {
            let outcome = try ChildProcess.run(
                program, ["handoff", "--board", board], environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
            return (outcome.ending.status, String(decoding: outcome.stdout, as: UTF8.self), String(decoding: outcome.stderr, as: UTF8.self))
        }
        let found = try runCopy(["CONSULT_BOARD_TEMPLATES": templates])
        #expect(found.0 == 0, "\(found)")
        #expect(found.1 == "ward Spine 3\n")
        // Without the variable (and away from the source tree) the built-in templates print the handoff.
        let builtIn = try runCopy(["CONSULT_BOARD_TEMPLATES": ""])
        #expect(builtIn.0 == 0, "\(builtIn)")
        #expect(builtIn.1.contains("Spine 3"))
        // A variable naming a folder that is not there is an error, not the defaults.
        let misspelt = try runCopy(["CONSULT_BOARD_TEMPLATES": templates + "-typo"])
        #expect(misspelt.0 != 0)
        #expect(misspelt.2.contains("does not exist"))
    }
}
