import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends the journal's latest hash to the system log after each write, when the board asks for it
/// (`RosterPolicy.syslog`, `consult-board staff policy --syslog yes`): a record outside the board folder, kept by
/// the system's logger (and whatever it forwards to), against which a journal rewritten and re-hashed from the
/// start shows, since the rewrite cannot change what the log already holds.
enum SyslogRecord {
    static let logger = "/usr/bin/logger"

    /// The program to run (`logger`, or a test's stand-in).
    static func program(_ hooks: StoreHooks) -> String { hooks.syslogProgram ?? logger }

    /// Refuses before writing when the board wants its hashes logged and the logger cannot run: a change must
    /// not go out without the outside record the board was set up to keep.
    static func checkAvailable(_ hooks: StoreHooks) throws(StoreError) {
        let path = program(hooks)
        guard access(path, X_OK) == 0 else {
            throw .io(
                file: path, operation: "run",
                reason: .tr("store.reason.loggerMissing"))
        }
    }

    /// Logs `mark` for the board at `folder`. The change is already on disk, so a failure says so.
    static func send(folder: String, mark: JournalMark, hooks: StoreHooks) throws(StoreError) {
        let path = program(hooks)
        let message = "board \(folder) revision \(mark.revision) journal sha256 \(mark.hash)"
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.start(path, ["-t", "consult-board", "--", message], stdout: .null, stderr: .pipe).wait()
        } catch {
            throw .io(file: path, operation: "run", reason: .tr("store.reason.loggerFailed", ["detail": "\(error)", "revision": "\(mark.revision)"]))
        }
        guard outcome.ending == .exited(0) else {
            let said = String(decoding: outcome.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .io(
                file: path, operation: "log the journal's hash with",
                reason: .tr("store.reason.loggerEnded", [
                    "ending": "\(outcome.ending)\(said.isEmpty ? "" : " (\(said))")", "revision": "\(mark.revision)",
                ]))
        }
    }
}
