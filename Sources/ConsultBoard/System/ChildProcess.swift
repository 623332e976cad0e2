import CPosix
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run as a child process with `posix_spawn`: its input written, its output and errors collected, its
/// end waited for (with a time limit when asked), and a signal sent to it when needed.
///
/// Why not Foundation's `Process`: on Linux with Swift 6.3.1 its `run()` crashes now and then (a buffer over-read
/// while it lists /proc/self/fd, swift-corelibs-foundation pull request 5472), which took down a whole test run
/// here; and swift-subprocess is async only, where the callers (printing a handoff, the test helpers) are not.
///
/// The child gets default signal handlers and an empty signal mask (a parent that ignores SIGPIPE or blocks
/// signals does not pass that on), descriptors 0-2 as asked and no other: every pipe is created close-on-exec
/// and the child closes everything from 3 up, so one child never holds another's pipe open.
///
/// ```swift
/// let child = try ChildProcess.start("/usr/bin/lp", ["-t", "Handoff", "--", path])
/// let outcome = child.wait()          // .exited(0), what it printed
/// ```
public final class ChildProcess: @unchecked Sendable {
    /// How a child ended.
    public enum Ending: Equatable, Sendable, CustomStringConvertible {
        case exited(Int32)
        /// Ended by a signal it did not handle.
        case signalled(Int32)

        public var description: String {
            switch self {
            case let .exited(status): "exit \(status)"
            case let .signalled(signal): "killed by signal \(signal)"
            }
        }
    }

    /// Where one of the child's standard descriptors goes.
    public enum Stream: Sendable {
        /// /dev/null.
        case null
        /// A pipe to this process: input written from `start`'s `input`, output collected.
        case pipe
        /// A descriptor of this process (a terminal, a file), shared with the child.
        case descriptor(Int32)
    }

    /// A finished child: how it ended and what it wrote.
    public struct Outcome: Sendable {
        public var ending: Ending
        public var stdout: Data
        public var stderr: Data
    }

    public struct StartError: Error, CustomStringConvertible, Sendable {
        public var program: String
        public var reason: String
        public var description: String { "cannot start \(program): \(reason)" }
    }

    /// The child's process id.
    public let id: pid_t

    private let lock = NSLock()
    private var ending: Ending?
    private let ended = DispatchSemaphore(value: 0)
    private let outputs = DispatchGroup()
    private var collected: [Int32: Data] = [1: Data(), 2: Data()]

    private init(id: pid_t) { self.id = id }

    /// Starts `executable` (a path) with `arguments`. `environment` replaces this process's environment when
    /// given; `directory` is where the child starts. With `stdin: .pipe`, `input` is written to the child from a
    /// thread of its own (so a large input never blocks the caller) and the pipe closed after it.
    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        input: Data = Data(), stdin: Stream = .null, stdout: Stream = .pipe, stderr: Stream = .pipe
    ) throws(StartError) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Our ends of the pipes, by the child's descriptor they feed or drain.
        var ours: [Int32: Int32] = [:]
        var theirs: [Int32] = []
        defer { theirs.forEach { close($0) } }
        func fail(_ reason: String) -> StartError {
            ours.values.forEach { close($0) }
            return StartError(program: executable, reason: reason)
        }
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case let .descriptor(fd):
                posix_spawn_file_actions_adddup2(&actions, fd, target)
            case .pipe:
                var fds: [Int32] = [-1, -1]
                guard cb_pipe_cloexec(&fds) == 0 else { throw fail("no pipe (\(String(cString: strerror(errno))))") }
                let (childEnd, parentEnd) = target == 0 ? (fds[0], fds[1]) : (fds[1], fds[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, target)
                theirs.append(childEnd)
                ours[target] = parentEnd
            }
        }
        if let directory { cb_spawn_add_chdir(&actions, directory) }
        cb_spawn_add_close_from(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let pairs = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let envp = pairs.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw fail(String(cString: strerror(result))) }

        let child = ChildProcess(id: pid)
        child.collect(from: ours, input: input)
        let id = pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(id, &status, 0) < 0 && errno == EINTR {}
            child.finish(status)
        }
        return child
    }

    /// Runs `executable` to its end (see `start`) and returns the outcome.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        input: Data? = nil
    ) throws(StartError) -> Outcome {
        let child = try start(
            executable, arguments, environment: environment, directory: directory, input: input ?? Data(),
            stdin: input == nil ? .null : .pipe)
        return child.wait()
    }

    /// Sends `signal` to the child (nothing happens once it has been reaped).
    public func send(_ signal: Int32) {
        lock.lock()
        defer { lock.unlock() }
        if ending == nil { kill(id, signal) }
    }

    /// Waits for the child to end, and for what it wrote.
    public func wait() -> Outcome {
        ended.wait()
        ended.signal()  // so that later waits return at once
        return outcome()
    }

    /// Waits at most `seconds` for the child to end; `nil` when it is still running.
    public func wait(seconds: Double) -> Outcome? {
        guard ended.wait(timeout: .now() + seconds) == .success else { return nil }
        ended.signal()
        return outcome()
    }

    private func outcome() -> Outcome {
        // A grandchild that outlives the child may hold its output open: take what came within a few seconds.
        _ = outputs.wait(timeout: .now() + 5)
        lock.lock()
        defer { lock.unlock() }
        return Outcome(ending: ending ?? .exited(-1), stdout: collected[1] ?? Data(), stderr: collected[2] ?? Data())
    }

    private func finish(_ status: Int32) {
        lock.lock()
        // The wait(2) status: the low 7 bits are the signal that ended the child (0 when it exited).
        let signal = status & 0x7F
        ending = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
        lock.unlock()
        ended.signal()
    }

    /// Writes `input` to the child's stdin and drains its outputs, each on a thread of its own.
    private func collect(from ours: [Int32: Int32], input: Data) {
        if let fd = ours[0] {
            Thread.detachNewThread {
                // A child that stops reading (it ended, or was killed) makes the write fail with EPIPE, not kill us.
                var ignore = sigset_t()
                sigemptyset(&ignore)
                sigaddset(&ignore, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &ignore, nil)
                input.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                    var offset = 0
                    while offset < bytes.count, let base = bytes.baseAddress {
                        let written = write(fd, base + offset, bytes.count - offset)
                        if written < 0 { if errno == EINTR { continue } else { break } }
                        offset += written
                    }
                }
                close(fd)
            }
        }
        for target in [Int32(1), 2] {
            guard let fd = ours[target] else { continue }
            outputs.enter()
            Thread.detachNewThread {
                var data = Data()
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = read(fd, &buffer, buffer.count)
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    data.append(contentsOf: buffer[0..<count])
                }
                close(fd)
                self.lock.lock()
                self.collected[target] = data
                self.lock.unlock()
                self.outputs.leave()
            }
        }
    }
}
