import ConsultBoard
import Foundation

/// A `consult-board` started without waiting for it, for tests that run several at once or kill one.
struct RunningProcess {
    let child: ChildProcess

    /// Starts `consult-board args...` with `environment` added, writing `stdin` to it from a background thread
    /// (a large input must not block the test before the process is running).
    init(_ args: [String], environment: [String: String], stdin: String? = nil) throws {
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        child = try ChildProcess.start(
            try ConsultBoardProcess.executable.path, args, environment: env, input: Data((stdin ?? "").utf8), stdin: .pipe)
    }

    var pid: Int32 { child.id }

    /// Waits for the process and returns how it ended (a signal's number negated when one ended it).
    func finish() -> ConsultBoardProcess.Outcome {
        let outcome = child.wait()
        return ConsultBoardProcess.Outcome(
            status: outcome.ending.status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
            stderr: String(decoding: outcome.stderr, as: UTF8.self))
    }
}
