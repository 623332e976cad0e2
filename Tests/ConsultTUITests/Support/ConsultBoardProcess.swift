import ConsultBoard
import Foundation

/// Runs the built `consult-board` executable as a user would, for end-to-end tests.
///
/// The binary is found beside the test bundle (SwiftPM builds every product of the package into the same folder
/// before it runs the tests), so the tests exercise exactly what `swift build` produced.
struct ConsultBoardProcess {
    /// What one run printed and how it ended.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
        /// stdout without the trailing newline (an add command prints the new id alone).
        var output: String { stdout.trimmingCharacters(in: .newlines) }
    }

    /// The `consult-board` binary built with the tests.
    static var executable: URL {
        get throws {
            var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            for _ in 0..<3 {
                let candidate = folder.appendingPathComponent("consult-board")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            // Fall back to the package's own build folder (when the runner lives elsewhere).
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            let debug = root.appendingPathComponent(".build/debug/consult-board")
            guard FileManager.default.isExecutableFile(atPath: debug.path) else {
                throw TestSetupError("consult-board was not built; run `swift build` first")
            }
            return debug
        }
    }

    /// Runs `consult-board args...` with `environment` added to a clean one, feeding `stdin`.
    @discardableResult
    static func run(
        _ args: [String], environment: [String: String] = [:], stdin: String? = nil, workingDirectory: String? = nil
    ) throws -> Outcome {
        var env = ProcessInfo.processInfo.environment
        env["CONSULT_BOARD"] = nil
        // No signing key of the tester's (and `keys init` cannot write one into their home): procfs holds no files.
        env["CONSULT_BOARD_KEYS"] = "/proc/consult-board-test-no-keys"
        env["CONSULT_BOARD_AUTHOR"] = nil
        env.merge(environment) { $1 }
        // An empty stdin rather than none: a command that reads stdin sees its end at once.
        let outcome = try ChildProcess.run(
            try executable.path, args, environment: env, directory: workingDirectory, input: Data((stdin ?? "").utf8))
        return Outcome(
            status: outcome.ending.status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
            stderr: String(decoding: outcome.stderr, as: UTF8.self))
    }
}

extension ChildProcess.Ending {
    /// The exit status, or the signal's number negated when a signal ended the process (so it is never 0).
    var status: Int32 {
        switch self {
        case let .exited(status): status
        case let .signalled(signal): -signal
        }
    }
}

/// A fresh folder for one test's board, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("consult-board-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    /// A path inside the folder (not created).
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
