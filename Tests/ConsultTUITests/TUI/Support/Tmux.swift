import Foundation
import Testing

/// A tmux session running `consult-board` in a real terminal of a fixed size, for end-to-end tests.
///
/// Each session has a unique name and is killed when the value is released; waits poll `capture-pane` against a
/// deadline, never a fixed sleep.
final class TmuxSession {
    let name: String
    /// The folder of the board the session uses, removed only after the session is killed.
    private let folder: TemporaryFolder?

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts `consult-board args` in a new detached session of `width` x `height` with LANG=C.UTF-8.
    init(_ args: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:], keeping folder: TemporaryFolder? = nil) throws {
        name = "cb-tui-\(UUID().uuidString.prefix(8))"
        self.folder = folder
        let executable = try ConsultBoardProcess.executable.path
        // TERM is left as tmux sets it, so the key sequences tmux sends match what curses expects.
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = "env -u CONSULT_BOARD -u CONSULT_BOARD_AUTHOR \(exports) \(Self.quote(executable)) " + args.map(Self.quote).joined(separator: " ")
        // Keep the pane after the program ends, so its exit can be checked.
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
        try Self.tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

    /// The screen as text.
    func capture() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name]) }

    func send(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally (no key names).
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Whether the program in the pane has ended.
    func hasExited() throws -> Bool {
        try Self.tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen either way.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try capture()
        while !condition(screen) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
                return screen
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("'\(text)'", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// The tests' own tmux server (its socket name), apart from any tmux the developer is running.
    static let socket = "consult-board-tests"

    /// Runs a tmux command; returns what it printed.
    ///
    /// The command's output goes to a file, not a pipe: the first command starts the tmux server, which inherits
    /// the client's output and would hold a pipe open for as long as it runs.
    @discardableResult
    static func tmux(_ args: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("cb-tmux-\(UUID().uuidString).out")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw TestSetupError("cannot create \(output.path)") }
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + args
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else {
            throw TestSetupError("tmux \(args.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
