import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `consult-board` started without waiting for it, for tests that run several at once or kill one.
struct RunningProcess {
    let process: Process
    private let stdout: Pipe
    private let stderr: Pipe

    /// Starts `consult-board args...` with `environment` added, writing `stdin` to it from a background thread
    /// (a large input must not block the test before the process is running).
    init(_ args: [String], environment: [String: String], stdin: String? = nil) throws {
        // Writing to the stdin of a process the test killed must fail with EPIPE, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        process = Process()
        process.executableURL = try ConsultBoardProcess.executable
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        stdout = Pipe()
        stderr = Pipe()
        let input = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input
        try process.run()
        let writer = input.fileHandleForWriting
        let data = Data((stdin ?? "").utf8)
        Thread.detachNewThread {
            // A killed reader closes the pipe; writing then fails with EPIPE, which is fine here.
            try? writer.write(contentsOf: data)
            try? writer.close()
        }
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits for the process and returns how it ended.
    func finish() -> ConsultBoardProcess.Outcome {
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ConsultBoardProcess.Outcome(
            status: process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
