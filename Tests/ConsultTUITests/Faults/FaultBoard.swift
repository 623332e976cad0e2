import ConsultBoard
import Foundation
import Testing

/// A board in a fresh temporary folder for the fault suite, driven through the real binary with `BoundedRun`
/// (no run can hang the suite), with what fault tests compare: every file's bytes, and `validate`'s verdict.
///
/// Sendable so that concurrent writers can share it: it is immutable (two `let`s, and `TemporaryFolder` holds
/// only a `let`).
struct FaultBoard: @unchecked Sendable {
    static let mrn = "SCI-F1"

    let folder: TemporaryFolder
    let path: String

    /// An empty board with one patient (`FaultBoard.mrn`) unless `patients` is 0, in a temporary folder or at
    /// `path` (on a `SmallDisk`).
    init(ward: String = "Fault ward", patients: Int = 1, at path: String? = nil) throws {
        folder = try TemporaryFolder()
        self.path = path ?? folder.path("board")
        try require(run(["init", "--ward", ward]), "init")
        for index in 0..<patients {
            let mrn = index == 0 ? Self.mrn : "SCI-F\(index + 1)"
            try require(
                run([
                    "admit", "--mrn", mrn, "--name", "Patient \(index + 1)", "--age", "50", "--sex", "M",
                    "--bed", "F-\(index + 1)", "--diagnosis", "Thoracic cord injury",
                ]), "admit \(mrn)")
        }
    }

    /// A realistic board from `consult-board generate` (patients GEN-0001...), deterministic for `seed`.
    init(generatedPatients patients: Int, notes: Int, labs: Int, seed: UInt64 = 11) throws {
        folder = try TemporaryFolder()
        path = folder.path("board")
        try require(
            run([
                "generate", "--patients", "\(patients)", "--notes", "\(notes)", "--labs", "\(labs)", "--seed", "\(seed)",
                "--now", "2026-11-25T08:00:00Z",
            ], timeout: 120), "generate")
    }

    /// Runs `consult-board args...` on this board (`CONSULT_BOARD`), from inside the temporary folder.
    @discardableResult
    func run(_ args: [String], author: String = "dr.fault", stdin: String = "", timeout: Double = 30) throws -> BoundedRun {
        try BoundedRun.run(
            // Signing keys in the test's folder: a fuzzed `keys init` must not leave a key in the tester's home.
            args, environment: ["CONSULT_BOARD": path, "CONSULT_BOARD_AUTHOR": author, "CONSULT_BOARD_KEYS": folder.path("keys")],
            directory: folder.url.path,
            stdin: Data(stdin.utf8), timeout: timeout)
    }

    /// Runs a command that must succeed and returns its output without the final newline (an add's id).
    @discardableResult
    func add(_ args: [String], author: String = "dr.fault", stdin: String = "") throws -> String {
        let outcome = try run(args, author: author, stdin: stdin)
        try require(outcome, args.prefix(2).joined(separator: " "))
        return outcome.stdoutText.trimmingCharacters(in: .newlines)
    }

    /// `consult-board validate`.
    func validate() throws -> BoundedRun { try run(["validate"], timeout: 120) }

    /// `consult-board validate --repair`.
    func repair() throws -> BoundedRun { try run(["validate", "--repair"], timeout: 120) }

    /// A file of the board (`journal.jsonl`, `board.json`, `checkpoint/manifest.json`...).
    func file(_ relative: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(relative) }

    func journal() throws -> Data { try Data(contentsOf: file("journal.jsonl")) }

    func writeJournal(_ bytes: Data) throws { try bytes.write(to: file("journal.jsonl")) }

    /// Every regular file under the board, by path relative to it, with its bytes: "nothing was overwritten"
    /// means this is equal before and after.
    func files() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let root = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return result
        }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            guard relative != "lock" else { continue }  // the lock file holds no data; flock does not change it
            result[relative] = try Data(contentsOf: url)
        }
        return result
    }

    /// Puts the board back to `files` (from `files()`): rewrites each and removes any other file (a repair's
    /// copies, new checkpoint files).
    func restore(_ files: [String: Data]) throws {
        for (relative, _) in try self.files() where files[relative] == nil {
            try FileManager.default.removeItem(at: file(relative))
        }
        for (relative, bytes) in files {
            try FileManager.default.createDirectory(at: file(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file(relative))
        }
    }

    /// The journal's entries as `audit --json` prints them: each a JSON object.
    func audit() throws -> [[String: Any]] {
        let outcome = try run(["audit", "--json"], timeout: 120)
        try require(outcome, "audit --json")
        guard let entries = try JSONSerialization.jsonObject(with: outcome.stdout) as? [[String: Any]] else {
            throw TestSetupError("audit --json did not print an array of objects: \(outcome.report)")
        }
        return entries
    }

    /// A patient's record as `show --json` prints it.
    func record(_ mrn: String = FaultBoard.mrn) throws -> PatientRecord {
        let outcome = try run(["show", mrn, "--json"], timeout: 60)
        try require(outcome, "show --json")
        return try BoardJSON.decoder().decode(PatientRecord.self, from: outcome.stdout)
    }

    private func require(_ outcome: BoundedRun, _ what: String) throws {
        guard outcome.status == 0 else { throw TestSetupError("\(what) failed: \(outcome.report)") }
    }
}
