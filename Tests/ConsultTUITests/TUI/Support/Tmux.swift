import ConsultBoard
import Foundation
import Testing

/// A tmux session running `consult-board` in a real terminal of a fixed size, for end-to-end tests.
///
/// Each session runs on a tmux server of its own (`tmux -L <unique socket> -f /dev/null`), killed when the value is
/// released: no test shares a server with another test or with the developer's own tmux, so one test closing its
/// last session can never end the server another test is starting a session on, and no user configuration changes
/// what the tests see. Waits poll `capture-pane` against a deadline, never a fixed sleep.
final class TmuxSession {
    let name: String
    /// The socket name of this session's own server (`-L`).
    let socket: String

    /// Where tmux puts a `-L` socket: `$TMUX_TMPDIR` (or /tmp), then `tmux-UID`.
    private var socketPath: String {
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return "\(folder)/tmux-\(getuid())/\(socket)"
    }
    /// The folder of the board the session uses, removed only after the session is killed.
    private let folder: TemporaryFolder?
    /// The program's `XDG_STATE_HOME` (unless the test gives its own): the read marks of a test run stay in the
    /// test's temporary folder, not in the home of whoever runs the tests.
    private let stateFolder: TemporaryFolder
    /// Where the pane's shell writes the program's exit status (128+N after signal N) once it has ended.
    ///
    /// The status is taken from the shell, not from tmux's `pane_dead_status`: tmux 3.3a built with libutempter
    /// sets SIGCHLD to its default while it removes the pane's utmp record, so when the program's SIGCHLD lands in
    /// that window tmux never reaps it and the status stays empty.
    private let statusFile: String

    static var isAvailable: Bool { (try? executable) != nil }

    /// Starts `consult-board args` in a new detached session of `width` x `height` with LANG=C.UTF-8.
    /// `launcher` runs before it (e.g. `setpriv --reuid=...` to run as another user).
    init(
        _ args: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:], keeping folder: TemporaryFolder? = nil,
        launcher: [String] = []
    ) throws {
        name = "cb-tui-\(UUID().uuidString.prefix(8))"
        socket = "cb-test-\(getpid())-\(UUID().uuidString.prefix(12))"
        self.folder = folder
        stateFolder = try TemporaryFolder()
        let executable = try ConsultBoardProcess.executable.path
        // TERM is left as tmux sets it, so the key sequences tmux sends match what curses expects.
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": stateFolder.path("state")]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).status").path
        let program = launcher.map(Self.quote).map { $0 + " " }.joined() + "env -u CONSULT_BOARD -u CONSULT_BOARD_AUTHOR -u NO_COLOR \(exports) \(Self.quote(executable)) " + args.map(Self.quote).joined(separator: " ")
        // Not the shell's last command, so the shell forks the program and waits for it. Given as separate
        // arguments, tmux runs /bin/sh itself instead of the user's shell (whose syntax may differ).
        let command = "\(program); echo $? > \(Self.quote(statusFile))"
        // Keep the pane after the program ends, so its exit can be checked; set in the same tmux call, before
        // the program could have ended.
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "/bin/sh", "-c", command, ";",
                       "set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        // The program still running, if it is: after the server is killed it gets SIGHUP and saves its read marks
        // on the way out. Its folders (the state folder, the board's) are removed only once it has ended; removed
        // while it still writes, a folder is left behind in /tmp (it happened at every run of the two-user test).
        let program = hasExited() ? nil : try? programID()
        // The whole server: it is this session's alone. tmux leaves its socket file behind when the server is
        // killed, so that goes too.
        _ = try? tmux(["kill-server"])
        if let program { Self.waitUntilEnded(program) }
        try? FileManager.default.removeItem(atPath: socketPath)
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    /// Waits until process `id` has ended (gone, or a zombie: it is not our child, so someone else reaps it), at
    /// most 10 seconds: a program that outlives its terminal that long is a failure of its own test, not the
    /// clean-up's.
    private static func waitUntilEnded(_ id: pid_t) {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            // /proc/PID/stat: "PID (name) STATE ...": the state is the first field after the name's parenthesis.
            guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return }
            let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
            if state == "Z" || state == "X" { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Closes the session's window, as a terminal emulator closing or an ssh connection dropping does: the
    /// program gets SIGHUP.
    func closeWindow() throws { try tmux(["kill-session", "-t", name]) }

    /// The screen as text.
    func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The pane's scrollback and screen as text, lines the terminal wrapped joined again: what a program printed
    /// after leaving curses can already have scrolled off the visible screen (curses leaves the cursor on the last
    /// line), and a long path wraps.
    func captureWithHistory() throws -> String { try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", name]) }

    /// The screen with its colours and attributes as escape sequences.
    func captureWithAttributes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    /// A tmux format value of the pane (`#{pane_pid}`, `#{alternate_on}`, ...).
    func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Pastes text as a terminal does, bracketed when the program asked for bracketed paste.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", name, text])
        try tmux(["paste-buffer", "-p", "-d", "-b", name, "-t", name])
    }

    /// Pastes text as a terminal without bracketed paste does: the bytes alone, each line break a CR (Enter).
    func pasteUnbracketed(_ text: String) throws {
        // Through a file: a long text does not fit in one tmux command.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).paste").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try tmux(["load-buffer", "-b", name, file])
        try tmux(["paste-buffer", "-d", "-b", name, "-t", name])
    }

    /// Types text literally (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Clicks (presses and releases the first button) on the first place the screen shows `text`, as a
    /// terminal reports it to a program that asked for mouse events (the X10 encoding ncurses reads: ESC [ M,
    /// then button, column and row, each plus 32, counted from 1).
    func click(on text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try capture()
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let row = lines.firstIndex(where: { $0.contains(text) }), let range = lines[row].range(of: text) else {
            throw TestSetupError("no '\(text)' on the screen to click:\n\(screen)")
        }
        let column = DisplayWidth.of(lines[row][..<range.lowerBound])
        // One byte each in this encoding: enough for the left 94 columns, where the tests click.
        guard column < 94, row < 94 else { throw TestSetupError("'\(text)' is beyond column or row 94") }
        let at = String(UnicodeScalar(UInt8(33 + column))) + String(UnicodeScalar(UInt8(33 + row)))
        try type("\u{1B}[M " + at + "\u{1B}[M#" + at)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The program's exit status as its shell saw it (128+N when signal N ended it); `nil` while it runs.
    func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether the program in the pane has ended.
    func hasExited() -> Bool { exitStatus() != nil }

    /// The process id of the program itself: the child of the pane's shell.
    func programID() throws -> pid_t {
        let shell = try paneValue("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let ids = children.split(separator: " ").compactMap { pid_t($0) }
        guard ids.count == 1, let id = ids.first else {
            throw TestSetupError("expected one program under the pane's shell \(shell), found \(ids)")
        }
        return id
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen either way.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, includingHistory: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        let capture = includingHistory ? captureWithHistory : self.capture
        var screen = try capture()
        while !condition(screen) || Self.isOpening(screen) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
                return screen
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }

    /// Waits until the cursor sits on the screen line that shows `text` (a form's focused text field shows its
    /// label there): keys sent next go to that field, not into the burst of the key that moved the focus.
    func waitForCursor(onLineContaining text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("the cursor on the line with '\(text)'", sourceLocation: sourceLocation) { screen in
            let row = (try? tmux(["display-message", "-p", "-t", name, "#{cursor_y}"]))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            guard let row, lines.indices.contains(row) else { return false }
            return lines[row].contains(text)
        }
    }

    /// Whether `screen` is the first screen the TUI draws while it reads the whole board (`TerminalApp.run`): its
    /// keys wait, and a change made elsewhere now is read with the board rather than shown as a live change, so
    /// every wait waits past it (a test that saw "6 patients" there and then wrote or cut the network raced the
    /// session's opening).
    static func isOpening(_ screen: String) -> Bool {
        openingWords.contains { screen.contains($0) }
    }

    private static let openingWords = [Language.english, .simplifiedChinese].map { language in
        Localisation.with(language) { String(tr("status.readingWholeBoard").prefix(20)) }
    }

    /// Waits until the board list is on the screen whole, its session open: `text` (the list's patient count) and
    /// the key line at the screen's foot. ncurses writes a screen in pieces, and on a loaded machine a capture can
    /// catch the first frame still arriving: the list at its top already drawn, its foot (the status line saying
    /// the session is still opening, and the keys) not yet. A test that then cut the network raced the opening:
    /// the whole board's read met the drop, and the program rightly stopped with "nothing was changed"
    /// (PostgresNetworkDropTests, red once under two busy loops).
    @discardableResult
    func waitForBoardList(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("the board list with '\(text)', drawn whole", sourceLocation: sourceLocation) { screen in
            screen.contains(text) && Self.boardListKeys.contains { screen.contains($0) }
        }
    }

    /// The last words of the board list's key line ("q quit"), in each language.
    private static let boardListKeys = [Language.english, .simplifiedChinese].map { language in
        Localisation.with(language) { "q " + tr("footer.quit") }
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("'\(text)'", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Runs a tmux command; returns what it printed.
    ///
    /// Started by `ChildProcess`, so with an empty signal mask and default signal handlers: the test runner's
    /// threads block signals, and a tmux server started with SIGCHLD blocked never learns how its programs ended
    /// (nor would they get SIGWINCH). The output goes to a file, not a pipe: the first command starts the server,
    /// which inherits the client's output and would hold a pipe open for as long as it runs.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("cb-tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let fd = open(output.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TestSetupError("cannot create \(output.path)") }
        let child: ChildProcess
        do {
            defer { close(fd) }
            child = try ChildProcess.start(try Self.executable, ["-L", socket, "-f", "/dev/null"] + args, stdout: .descriptor(fd), stderr: .null)
        }
        guard child.wait().ending == .exited(0) else {
            throw TestSetupError("tmux \(args.joined(separator: " ")) failed")
        }
        return String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
    }

    /// Where tmux is installed.
    static var executable: String {
        get throws {
            guard let path = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
                throw TestSetupError("tmux is not installed (scripts/test installs it)")
            }
            return path
        }
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
