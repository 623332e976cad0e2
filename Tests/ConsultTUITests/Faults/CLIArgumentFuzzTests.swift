import ConsultBoard
import Foundation
import Testing

/// Random and malformed argument vectors for every subcommand (seeded, a bounded number): the CLI never crashes
/// (no exit by a signal), never hangs (a timeout per run), refuses with one clear line, never lets an escape
/// sequence through, and leaves the board intact.
@Suite struct CLIArgumentFuzzTests {
    /// The seed; set FAULT_SEED to explore others (a failure message names the seed and the argument vector).
    static let seed = ProcessInfo.processInfo.environment["FAULT_SEED"].flatMap(UInt64.init) ?? 20_261_125
    /// Argument vectors per subcommand.
    static let runsPerCommand = 6

    /// Values an argument may get: plausible ones (so runs reach the commands' own checks), malformed ones, and
    /// hostile ones. Paths are all relative: every run happens inside the test's temporary folder.
    static let values: [String] = [
        "", "-", "--", "=", "a=b", " ", "SCI-F1", "SCI-F2", "sci-f1", "GEN-0001", "N-3", "O-5", "C-4", "L-6", "R-7",
        "X-8", "A-9", "K-10", "D-11", "N-999999999999", "O--1", "N-", "-N-3", "0", "1", "2", "-1", "3.5", "1,5",
        "1e308", "-0", "nan", "inf", "99999999999999999999", "0x10", "2026-11-25T08:00:00Z", "2026-11-25T16:30+08:00",
        "2026-13-45T99:99:99Z", "1969-12-31T23:59:59Z", "yesterday", "ward", "neurology", "spine surgery", "active",
        "on-hold", "completed", "cancelled", "accepted", "signed-off", "medication", "imaging", "mri", "ct",
        "infection", "urgent", "F", "M", "X", "mg/L", "umol/L", "crp", "creatinine", "text", "html", "markdown",
        "患者神志清楚", "👨‍👩‍👧", "e\u{301}", HostileText.mixed, String(repeating: "x", count: 20_000), "garbage.json",
        "exam.txt", "empty", "missing/nowhere.json", "out-file.txt", "dir", "--help=no", "-x", "--board",
    ]

    /// Board paths: the real board (relative to the folder), a missing one, a file, a new one.
    static let boards = ["board", "nowhere", "board/journal.jsonl", "new-board", "garbage.json", ""]

    @Test func randomArgumentVectorsForEverySubcommand() throws {
        let board = try FaultBoard(patients: 2)
        try board.add(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "first"])
        try board.add(["order", "add", FaultBoard.mrn, "--service", "ward", "--kind", "nursing", "--text", "turns"])
        let folder = board.folder.url
        var random = SeededGenerator(seed: Self.seed)
        var garbage = Data((0..<512).map { _ in UInt8.random(in: 0...255, using: &random) })
        garbage.insert(contentsOf: Data(#"{"format":"#.utf8), at: 0)
        try garbage.write(to: folder.appendingPathComponent("garbage.json"))
        try Data("C5 right motor: five\nnonsense\n".utf8).write(to: folder.appendingPathComponent("exam.txt"))
        try Data().write(to: folder.appendingPathComponent("empty"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir"), withIntermediateDirectories: true)

        let tree = try CommandTree.load()
        #expect(tree.commands.count > 20, "the command tree was read: \(tree.commands.map(\.name))")
        var runs = 0
        for command in tree.commands where !Self.skipped.contains(command.name) {
            for _ in 0..<Self.runsPerCommand {
                let args = Self.argumentVector(for: command, random: &random)
                let outcome = try board.run(args, author: "dr.fuzz", timeout: 30)
                runs += 1
                Self.judge(outcome, seed: Self.seed)
            }
        }
        #expect(runs > 100)
        let verdict = try board.validate()
        #expect(verdict.status == 0, "the board is intact after the fuzz (seed \(Self.seed)): \(verdict.report)")
    }

    /// `help` only prints; `tui` and `demo` need a terminal (they are fuzzed by the TUI's own tests).
    static let skipped: Set<String> = ["help", "tui", "demo"]

    /// One run's verdict: a normal ending, and on failure one clear line; no raw escape either way.
    static func judge(_ outcome: BoundedRun, seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) {
        let context = "seed \(seed): \(outcome.report)"
        switch outcome.ending {
        case .signalled, .timedOut:
            Issue.record("crash or hang: \(context)", sourceLocation: sourceLocation)
        case .exited(0):
            break
        case .exited:
            // `validate` reports an unhealthy board on stdout and ends with its own one-line verdict.
            let isVerdict = outcome.arguments.first == "validate" && outcome.stderrText.contains("NOT intact")
            #expect(outcome.isOneLineError || isVerdict, "not a one-line error: \(context)", sourceLocation: sourceLocation)
        }
        #expect(!outcome.stdout.contains(0x1B) && !outcome.stderr.contains(0x1B), "raw ESC: \(context)", sourceLocation: sourceLocation)
    }

    /// A random argument vector for `command`: its own words (sometimes misspelt), some of its arguments in a
    /// random order with random values, sometimes an unknown option or a stray word.
    static func argumentVector(for command: CommandTree.Command, random: inout SeededGenerator) -> [String] {
        var words = command.path
        if Int.random(in: 0..<12, using: &random) == 0, var last = words.popLast(), !last.isEmpty {
            last.remove(at: last.index(last.startIndex, offsetBy: Int.random(in: 0..<last.count, using: &random)))
            words.append(last)
        }
        var args: [String] = []
        for argument in command.arguments.shuffled(using: &random) {
            guard let value = value(for: argument, random: &random) else { continue }
            args += value
        }
        if Int.random(in: 0..<4, using: &random) == 0 { args.append("--zz-\(Int.random(in: 0..<100, using: &random))") }
        if Int.random(in: 0..<5, using: &random) == 0 { args.append(values.randomElement(using: &random) ?? "") }
        if command.name == "generate" {
            // The size options are fuzzed above; these keep a run that parses small (the last value wins).
            args += ["--patients", "1", "--notes", "2", "--labs", "2"]
        }
        return words + args
    }

    /// The words for one argument, or `nil` to leave it out.
    private static func value(for argument: CommandTree.Argument, random: inout SeededGenerator) -> [String]? {
        let include = argument.isOptional ? Int.random(in: 0..<10, using: &random) < 5 : Int.random(in: 0..<10, using: &random) < 9
        guard include else { return nil }
        switch argument.kind {
        case .positional:
            return [values.randomElement(using: &random) ?? ""]
        case .flag:
            guard let flag = argument.flag, !["--help", "-h", "--print"].contains(flag) else { return nil }
            return [flag]
        case .option:
            guard let flag = argument.flag else { return nil }
            let pool = flag == "--board" ? boards : values
            let times = argument.isRepeating ? Int.random(in: 1...3, using: &random) : 1
            var words: [String] = []
            for _ in 0..<times {
                switch Int.random(in: 0..<10, using: &random) {
                case 0: words.append(flag)  // the value missing: the next word is taken, or nothing
                case 1: words.append(flag + "=" + (pool.randomElement(using: &random) ?? ""))
                default: words += [flag, pool.randomElement(using: &random) ?? ""]
                }
            }
            return words
        }
    }
}
