import ConsultBoard
import Foundation

/// Standard output with every write checked.
///
/// `print` and `FileHandle.write` do not say when a write fails: on a full disk `show` exited 0 having written
/// nothing (a backup script believed it), and `FileHandle` crashed with a backtrace. Here a failed write ends the
/// program with one line on standard error and exit status 1; a reader that went away (`| head`) ends it
/// quietly, as Unix tools end, by the SIGPIPE it would have died of. When the command had already saved a change,
/// the line says so: the change is on the board and must not be made again, only its output (an id) was lost.
enum StandardOutput {
    /// Whether this run has saved a change to a board (set by every command that writes one before it prints).
    private static let savedChange = SavedChangeFlag()

    /// Records that the command has saved its change, so a failed write after it says the change was kept.
    static func changeWasSaved() { savedChange.set() }

    /// Writes all of `data`, or ends the program as above.
    static func write(_ data: Data) {
        let failure: Int32? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = Foundation.write(STDOUT_FILENO, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                left -= written
                pointer += written
            }
            return nil
        }
        guard let failure else { return }
        if failure == EPIPE { endQuietly() }
        let kept = savedChange.isSet ? tr("cli.output.changeWasSaved") : ""
        let line = CLIFailure.prefix + tr("cli.output.cannotWrite", ["reason": String(cString: strerror(failure))]) + kept + "\n"
        _ = line.withCString { Foundation.write(STDERR_FILENO, $0, strlen($0)) }
        exit(1)
    }

    static func write(_ text: String) { write(Data(text.utf8)) }

    /// The reader closed the pipe: end as a Unix tool does, killed by SIGPIPE, saying nothing.
    private static func endQuietly() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        exit(141)
    }
}

/// Every `print` of the command line goes through `StandardOutput`, so no output can fail unseen.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}

/// A flag set once from any thread (a command runs on one, but the type must be `Sendable` to be a static).
private final class SavedChangeFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
