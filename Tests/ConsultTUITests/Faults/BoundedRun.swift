import ConsultBoard
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of the built `consult-board` that cannot hang the suite: it is killed after `timeout` seconds, and
/// the outcome says how it ended (an exit status, a signal, or the timeout), which is what a fuzz or fault test
/// judges. Output is kept as bytes, so a test can look for a raw ESC (0x1B) that a `String` might hide.
struct BoundedRun {
    /// How a run ended.
    enum Ending: Equatable, CustomStringConvertible {
        case exited(Int32)
        /// Killed by a signal it did not handle: a crash (SIGSEGV, SIGILL from a Swift trap, SIGABRT...).
        case signalled(Int32)
        /// Still running after the timeout (then killed).
        case timedOut

        var description: String {
            switch self {
            case let .exited(status): "exit \(status)"
            case let .signalled(signal): "killed by signal \(signal)"
            case .timedOut: "still running at the timeout (a hang)"
            }
        }
    }

    var arguments: [String]
    var ending: Ending
    var stdout: Data
    var stderr: Data

    var status: Int32? { if case let .exited(status) = ending { status } else { nil } }
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }

    /// For failure messages: the argument vector (escaped, so a test's message is itself harmless) and the output.
    var report: String {
        let args = arguments.map { $0.debugDescription }.joined(separator: " ")
        return "consult-board \(args)\n\(ending)\nstdout: \(stdoutText.prefix(600).debugDescription)\nstderr: \(stderrText.prefix(600).debugDescription)"
    }

    /// Whether the run failed the way the CLI promises (docs/cli.md, "Errors are one line"): a non-zero exit,
    /// exactly one line on stderr, starting `consult-board: error: `.
    var isOneLineError: Bool {
        guard let status, status != 0 else { return false }
        let text = stderrText
        return text.hasPrefix("consult-board: error: ") && text.hasSuffix("\n") && text.dropLast().contains("\n") == false
    }

    /// Runs `consult-board args...` in `directory` with `environment` added (CONSULT_BOARD* cleared first),
    /// feeding `stdin`, killing it after `timeout` seconds.
    static func run(
        _ args: [String], environment: [String: String] = [:], directory: String? = nil, stdin: Data = Data(),
        timeout: Double = 20
    ) throws -> BoundedRun {
        var env = ProcessInfo.processInfo.environment
        env["CONSULT_BOARD"] = nil
        env["CONSULT_BOARD_AUTHOR"] = nil
        env["TZ"] = "UTC"
        env.merge(environment) { $1 }
        // The child's outputs are drained and its stdin written while it runs (ChildProcess), so a large
        // output or input cannot block it.
        let child = try ChildProcess.start(
            try ConsultBoardProcess.executable.path, args, environment: env, directory: directory, input: stdin, stdin: .pipe)
        let ending: Ending
        let outcome: ChildProcess.Outcome
        if let finished = child.wait(seconds: timeout) {
            outcome = finished
            switch finished.ending {
            case let .exited(status): ending = .exited(status)
            case let .signalled(signal): ending = .signalled(signal)
            }
        } else {
            child.send(SIGKILL)
            outcome = child.wait()
            ending = .timedOut
        }
        return BoundedRun(arguments: args, ending: ending, stdout: outcome.stdout, stderr: outcome.stderr)
    }
}
