import ConsultBoard
import Foundation
import Testing

/// `> /dev/full` for every command that prints: a failed write to standard output ends with one error line on
/// stderr and exit status 1, never a crash, a backtrace or exit 0; a command that had already saved a change says
/// that it was saved, so nobody makes it again.
///
/// The commands come from the built binary's command tree (`CommandTree`), not from a list here: a command added
/// later without a line in `runs` (or a reason in `printsNothing`/`notRunHere`) fails `everyCommandHasARun`.
@Suite struct FullDiskEveryCommandTests {
    /// What a run does besides printing.
    enum Effect: Equatable {
        /// Only reads.
        case reads
        /// Saves a change to the board (its journal grows).
        case changesBoard
        /// Creates this file or folder (relative to the run's folder), outside the board.
        case creates(String)
    }

    struct Run: CustomStringConvertible {
        var args: [String]
        var effect: Effect
        var description: String { args.joined(separator: " ") }
    }

    /// One run per command (more for some), with arguments valid on the fixture board (`Fixture`); `{name}` is
    /// replaced by the id of the fixture's record of that name.
    static let runs: [Run] = [
        Run(args: ["--help"], effect: .reads),
        Run(args: ["--version"], effect: .reads),
        Run(args: ["note", "add", "--help"], effect: .reads),
        Run(args: ["help", "note"], effect: .reads),
        Run(args: ["board", "copy", "board", "copy"], effect: .creates("copy")),
        Run(args: ["screen", "--width", "80", "--height", "24"], effect: .reads),
        Run(args: ["patients"], effect: .reads),
        Run(args: ["patients", "--json"], effect: .reads),
        Run(args: ["show", "SCI-T1"], effect: .reads),
        Run(args: ["show", "SCI-T1", "--json"], effect: .reads),
        Run(args: ["admit", "--mrn", "SCI-T9", "--name", "李明", "--age", "50", "--sex", "M", "--bed", "4-09", "--diagnosis", "T4 AIS A"], effect: .changesBoard),
        Run(args: ["discharge", "SCI-T3"], effect: .changesBoard),
        Run(args: ["transfer", "SCI-T1", "--bed", "5-01"], effect: .changesBoard),
        Run(args: ["readmit", "SCI-T2"], effect: .changesBoard),
        Run(args: ["patient", "set", "SCI-T1", "--summary", "stable overnight"], effect: .changesBoard),
        Run(args: ["note", "add", "SCI-T1", "--service", "ward", "--text", "seen"], effect: .changesBoard),
        Run(args: ["note", "addendum", "{note}", "--text", "and later"], effect: .changesBoard),
        Run(args: ["note", "error", "{note}", "--reason", "wrong patient"], effect: .changesBoard),
        Run(args: ["note", "cosign", "{residentNote}"], effect: .changesBoard),
        Run(args: ["note", "awaiting"], effect: .reads),
        Run(args: ["consult", "request", "SCI-T1", "--service", "neurology", "--question", "new weakness?"], effect: .changesBoard),
        Run(args: ["consult", "set", "{consult}", "--status", "accepted"], effect: .changesBoard),
        Run(args: ["consult", "recommend", "{consult}", "--text", "MRI"], effect: .changesBoard),
        Run(args: ["consult", "report"], effect: .reads),
        Run(args: ["order", "add", "SCI-T1", "--service", "ward", "--kind", "lab", "--text", "CK"], effect: .changesBoard),
        Run(args: ["order", "set", "{order}", "--status", "completed"], effect: .changesBoard),
        Run(args: ["lab", "add", "SCI-T1", "--test", "creatinine", "--value", "380", "--unit", "umol/L"], effect: .changesBoard),
        Run(args: ["critical", "list"], effect: .reads),
        Run(args: ["critical", "list", "--json"], effect: .reads),
        Run(args: ["critical", "receive", "{critical}", "--reported-by", "lab.wu", "--read-back"], effect: .changesBoard),
        Run(args: ["critical", "notify", "{received}", "--doctor", "dr.wang"], effect: .changesBoard),
        Run(args: ["critical", "close", "{notified}", "--action", "repeat ECG"], effect: .changesBoard),
        Run(args: ["critical", "register"], effect: .reads),
        Run(args: ["dose", "give", "{medication}"], effect: .changesBoard),
        Run(args: ["dose", "hold", "{medication}", "--reason", "nil by mouth"], effect: .changesBoard),
        Run(args: ["dose", "refuse", "{medication}", "--reason", "declined"], effect: .changesBoard),
        Run(args: ["dose", "miss", "{medication}", "--reason", "off the ward"], effect: .changesBoard),
        Run(args: ["chart", "SCI-T1", "--test", "creatinine"], effect: .reads),
        Run(args: ["result", "add", "SCI-T1", "--kind", "mri", "--summary", "cord oedema"], effect: .changesBoard),
        Run(args: ["result", "set", "{result}", "--status", "amended", "--reason", "C7 level added"], effect: .changesBoard),
        Run(args: ["complication", "add", "SCI-T1", "--kind", "other", "--summary", "fall"], effect: .changesBoard),
        Run(args: ["complication", "set", "{complication}", "--status", "resolved"], effect: .changesBoard),
        Run(args: ["action", "add", "SCI-T1", "--text", "call family"], effect: .changesBoard),
        Run(args: ["action", "done", "{action}"], effect: .changesBoard),
        Run(args: ["contingency", "add", "SCI-T1", "--if", "SBP < 90", "--then", "call the registrar"], effect: .changesBoard),
        Run(args: ["exam", "add", "SCI-T1", "--file", "exam.json"], effect: .changesBoard),
        Run(args: ["exam", "list", "SCI-T1"], effect: .reads),
        Run(args: ["isncsci", "classify", "exams.json"], effect: .reads),
        Run(args: ["calc", "egfr", "--creatinine", "80", "--unit", "umol/L", "--age", "60", "--sex", "F"], effect: .reads),
        Run(args: ["calc", "crcl", "--creatinine", "80", "--unit", "umol/L", "--age", "60", "--sex", "F", "--weight", "60"], effect: .reads),
        Run(args: ["calc", "aki", "--unit", "umol/L", "2026-12-01T08:00Z=80", "2026-12-02T08:00Z=200"], effect: .reads),
        Run(args: ["terms", "lookup", "速碧林 0.4ml ih qd"], effect: .reads),
        Run(args: ["terms", "check", "ward-terms.json"], effect: .reads),
        Run(args: ["allergy", "add", "SCI-T1", "--substance", "latex"], effect: .changesBoard),
        Run(args: ["allergy", "set", "{allergy}", "--status", "inactive", "--reason", "tolerated"], effect: .changesBoard),
        Run(args: ["allergy", "none", "SCI-T3"], effect: .changesBoard),
        Run(args: ["code", "set", "SCI-T1", "--status", "dnr"], effect: .changesBoard),
        Run(args: ["line", "add", "SCI-T1", "--kind", "picc", "--site", "left arm"], effect: .changesBoard),
        Run(args: ["line", "remove", "{line}"], effect: .changesBoard),
        Run(args: ["contact", "add", "SCI-T1", "--role", "family", "--name", "李华"], effect: .changesBoard),
        Run(args: ["alerts", "list", "SCI-T1"], effect: .reads),
        Run(args: ["alerts", "ack", "SCI-T1", "{alert}", "--reason", "pharmacy reviewed"], effect: .changesBoard),
        Run(args: ["handoff", "print"], effect: .reads),
        Run(args: ["handoff", "ack"], effect: .changesBoard),
        Run(args: ["discharge-summary", "SCI-T2"], effect: .reads),
        Run(args: ["audit"], effect: .reads),
        Run(args: ["audit", "--json"], effect: .reads),
        Run(args: ["validate"], effect: .reads),
        Run(args: ["export"], effect: .reads),
        Run(args: ["export", "--format", "fhir"], effect: .reads),
        Run(args: ["import", "export.json", "--board", "imported"], effect: .creates("imported")),
        Run(args: ["hl7", "import", "results.hl7"], effect: .changesBoard),
        Run(args: ["staff", "add", "--name", "rn.chen", "--login", "chen", "--role", "nurse"], effect: .changesBoard),
        Run(args: ["staff", "set", "res.li", "--role", "nurse"], effect: .changesBoard),
        Run(args: ["staff", "list"], effect: .reads),
        Run(args: ["keys", "init"], effect: .creates("new-keys")),
        Run(args: ["keys", "show"], effect: .reads),
    ]

    /// Commands that print nothing when they succeed: the board (or setting) they make is their result. Each is
    /// run with standard output on /dev/full and must still succeed saying nothing.
    static let printsNothing: [String: Run] = [
        "init": Run(args: ["init", "--board", "new-board", "--ward", "W"], effect: .creates("new-board")),
        "generate": Run(args: ["generate", "--board", "generated", "--patients", "1", "--notes", "1", "--labs", "1"], effect: .creates("generated")),
        "staff policy": Run(args: ["staff", "policy", "--syslog", "no"], effect: .changesBoard),
    ]

    /// Commands not run here, and why.
    static let notRunHere: [String: String] = [
        "tui": "draws on the terminal through curses, not on standard output (TerminalGoneTests cover a lost terminal)",
        "demo": "opens the terminal UI first; its closing line goes through the same checked writer as every command here",
        "hl7 listen": "a server that runs until stopped; its log lines go to standard error",
        "db init": "needs a PostgreSQL server; it prints through the same checked writer and says a schema change was saved",
    ]

    static let fullDisk = "consult-board: error: cannot write to standard output: No space left on device"
    static let saved = "; the change was saved, only its output could not be written (do not make it again)"

    @Test func everyCommandHasARun() throws {
        let leaves = try CommandTree.load().commands.map(\.name)
        #expect(leaves.count > 40, "the command tree was read: \(leaves)")
        for leaf in leaves {
            let covered = Self.runs.contains { Self.leaf(of: $0.args, in: leaves) == leaf }
                || Self.printsNothing[leaf] != nil || Self.notRunHere[leaf] != nil
            #expect(covered, "`\(leaf)` has no run in FullDiskEveryCommandTests.runs (nor a reason it prints nothing or is not run)")
        }
        for run in Self.runs where !run.args[0].hasPrefix("-") {
            #expect(Self.leaf(of: run.args, in: leaves) != nil, "`\(run)` names no command of the tree")
        }
    }

    @Test func aFullDiskEndsEveryPrintingCommandWithOneLineAndAFailure() throws {
        let fixture = try Fixture()
        for run in Self.runs {
            let (outcome, changed) = try fixture.runOnACopy(run)
            let stderr = String(decoding: outcome.stderr, as: UTF8.self)
            #expect(outcome.ending == .exited(1), "\(run): \(outcome.ending) \(stderr)")
            let expected = Self.fullDisk + (run.effect == .reads ? "" : Self.saved) + "\n"
            #expect(stderr == expected, "\(run)")
            #expect(changed == (run.effect != .reads), "\(run): the change was \(changed ? "" : "not ")saved")
        }
        for (name, run) in Self.printsNothing {
            let (outcome, changed) = try fixture.runOnACopy(run)
            let stderr = String(decoding: outcome.stderr, as: UTF8.self)
            #expect(outcome.ending == .exited(0) && stderr.isEmpty && changed, "\(name) printed or failed: \(outcome.ending) \(stderr)")
        }
    }

    /// The leaf command `args` select: the longest command path they start with.
    static func leaf(of args: [String], in leaves: [String]) -> String? {
        if args.first?.hasPrefix("-") == true { return nil }
        return leaves.filter { leaf in
            let words = leaf.split(separator: " ").map(String.init)
            return args.count >= words.count && Array(args.prefix(words.count)) == words
        }.max { $0.count < $1.count }
    }
}

/// The board every run starts from, with one record of each kind a command names, and the files some commands
/// read. Each run gets its own copy, so runs cannot change what the next one sees.
private final class Fixture {
    let folder: TemporaryFolder
    var ids: [String: String] = [:]

    init() throws {
        folder = try TemporaryFolder()
        let user = OSUser.current.login
        try run(["init", "--board", "board", "--ward", "Test ward"])
        try run(["staff", "add", "--name", "dr.test", "--login", user, "--role", "attending", "--admin"])
        try run(["staff", "add", "--name", "res.li", "--login", user, "--role", "resident"])
        try run(["admit", "--mrn", "SCI-T1", "--name", "张伟", "--age", "62", "--sex", "F", "--bed", "3-01", "--diagnosis", "C5 AIS B"])
        try run(["admit", "--mrn", "SCI-T2", "--name", "王芳", "--age", "41", "--sex", "F", "--bed", "3-02", "--diagnosis", "T10 AIS A"])
        try run(["discharge", "SCI-T2"])
        try run(["admit", "--mrn", "SCI-T3", "--name", "Li Na", "--age", "33", "--sex", "F", "--bed", "3-03", "--diagnosis", "L1 AIS D"])
        ids["note"] = try run(["note", "add", "SCI-T1", "--service", "ward", "--text", "seen on the round"])
        ids["residentNote"] = try run(["note", "add", "SCI-T1", "--service", "ward", "--text", "resident's note"], author: "res.li")
        ids["consult"] = try run(["consult", "request", "SCI-T1", "--service", "neurology", "--question", "why weaker?"])
        ids["order"] = try run(["order", "add", "SCI-T1", "--service", "ward", "--kind", "lab", "--text", "CK"])
        ids["medication"] = try run([
            "order", "add", "SCI-T1", "--service", "ward", "--kind", "medication", "--text", "VTE prophylaxis", "--drug", "enoxaparin",
            "--dose", "40 mg", "--route", "SC", "--frequency", "daily",
        ])
        ids["critical"] = try run(["lab", "add", "SCI-T1", "--test", "potassium", "--value", "6.9", "--unit", "mmol/L"])
        ids["received"] = try run(["lab", "add", "SCI-T1", "--test", "potassium", "--value", "7.0", "--unit", "mmol/L"])
        ids["notified"] = try run(["lab", "add", "SCI-T1", "--test", "potassium", "--value", "7.1", "--unit", "mmol/L"])
        for id in [ids["received"], ids["notified"]].compactMap({ $0 }) {
            try run(["critical", "receive", id, "--reported-by", "lab.wu", "--read-back"])
        }
        try run(["critical", "notify", ids["notified"] ?? "", "--doctor", "dr.wang"])
        try run(["lab", "add", "SCI-T1", "--test", "creatinine", "--value", "400", "--unit", "umol/L"])
        ids["result"] = try run(["result", "add", "SCI-T1", "--kind", "mri", "--summary", "cord oedema C4-C6"])
        ids["complication"] = try run(["complication", "add", "SCI-T1", "--kind", "other", "--summary", "fall"])
        ids["action"] = try run(["action", "add", "SCI-T1", "--text", "call the family"])
        ids["allergy"] = try run(["allergy", "add", "SCI-T1", "--substance", "penicillin"])
        ids["line"] = try run(["line", "add", "SCI-T1", "--kind", "picc", "--site", "left arm"])
        let alerts = try run(["alerts", "list", "SCI-T1", "--json"], expectOneLine: false)
        let object = try JSONSerialization.jsonObject(with: Data(alerts.utf8)) as? [String: Any]
        let keys = (object?["alerts"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        ids["alert"] = try #require(keys.first, "the fixture has an open alert: \(alerts)")
        try run(["keys", "init"], expectOneLine: false)

        let files = folder.url
        try JSONSerialization.data(withJSONObject: IsncsciCommandTests.exam()).write(to: files.appendingPathComponent("exam.json"))
        try JSONSerialization.data(withJSONObject: [IsncsciCommandTests.exam()]).write(to: files.appendingPathComponent("exams.json"))
        try Data(#"{"format": 1, "version": "ward 3 v1", "drugs": [{"id": "xyzzyparin", "classes": ["lmwh"], "names": ["Xyzzyparin"], "source": "ward pharmacist"}]}"#.utf8)
            .write(to: files.appendingPathComponent("ward-terms.json"))
        try Data(try run(["export"], expectOneLine: false).utf8).write(to: files.appendingPathComponent("export.json"))
        try Data(HL7ImportCommandTests.oru(control: "A1", mrn: "SCI-T1", obx: "OBX|1|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.3|H|||F").utf8)
            .write(to: files.appendingPathComponent("results.hl7"))
    }

    /// The environment of every run in `folder`.
    private func environment(in folder: TemporaryFolder, author: String) -> [String: String] {
        ["CONSULT_BOARD": folder.path("board"), "CONSULT_BOARD_AUTHOR": author, "CONSULT_BOARD_KEYS": folder.path("keys"), "TZ": "UTC"]
    }

    /// Runs a set-up command that must succeed; returns what it printed (trimmed).
    @discardableResult
    private func run(_ args: [String], author: String = "dr.test", expectOneLine: Bool = true) throws -> String {
        let outcome = try ConsultBoardProcess.run(args, environment: environment(in: folder, author: author), workingDirectory: folder.url.path)
        guard outcome.status == 0 else { throw TestSetupError("fixture: \(args) failed: \(outcome)") }
        return outcome.output
    }

    /// Runs `run` on a copy of the fixture with standard output on /dev/full; says whether its change was saved
    /// (the journal grew, or the file it creates exists).
    func runOnACopy(_ run: FullDiskEveryCommandTests.Run) throws -> (ChildProcess.Outcome, Bool) {
        let copy = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            try FileManager.default.copyItem(at: folder.url.appendingPathComponent(name), to: copy.url.appendingPathComponent(name))
        }
        let journal = copy.url.appendingPathComponent("board/journal.jsonl")
        let before = try Data(contentsOf: journal)
        let args = run.args.map { word in
            ids.reduce(word) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        var env = ProcessInfo.processInfo.environment
        env["CONSULT_BOARD"] = nil
        env.merge(environment(in: copy, author: "dr.test")) { $1 }
        if run.args == ["keys", "init"] { env["CONSULT_BOARD_KEYS"] = copy.path("new-keys") }
        let full = open("/dev/full", O_WRONLY | O_CLOEXEC)
        guard full >= 0 else { throw TestSetupError("cannot open /dev/full") }
        let child: ChildProcess
        do {
            defer { close(full) }
            child = try ChildProcess.start(
                try ConsultBoardProcess.executable.path, args, environment: env, directory: copy.url.path, stdout: .descriptor(full))
        }
        let outcome = child.wait()
        let changed: Bool
        switch run.effect {
        case .reads, .changesBoard: changed = try Data(contentsOf: journal) != before
        case let .creates(path): changed = FileManager.default.fileExists(atPath: copy.path(path))
        }
        return (outcome, changed)
    }
}
