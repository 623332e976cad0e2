import ConsultBoard
import Foundation

/// The full verification of the board (`consult-board validate`: every line's seal, the hash chain, every
/// signature, a replay of the whole journal, the checkpoint against it) that every TUI session runs once at
/// its start, on a thread of its own: the first screen does not wait for it, and damage a daily write would not
/// notice (a flipped bit under the checkpoint, a rewritten and re-hashed line) is said on the status line at
/// the start of each session instead of only when someone thinks to run `validate`.
final class StartVerification: @unchecked Sendable {
    private let lock = NSLock()
    private var report: ValidationReport?
    private var delivered = false
    private let finished = DispatchSemaphore(value: 0)

    /// Starts verifying `store` now.
    init(store: any BoardStoring) {
        // Through a store of its own (for a database board, a connection of its own): the session's store keeps
        // one connection, and the verification's read transaction on it from this thread would interleave with
        // the session's own reads (a change made elsewhere was then read afresh without its notice, or from the
        // verification's older snapshot).
        let location = store.location
        let thread = Thread { [self] in
            let report = location.validate()
            lock.withLock { self.report = report }
            finished.signal()
        }
        thread.name = "board verification"
        thread.start()
    }

    /// Waits for the verification to finish and returns its report (for a caller with nothing else to do).
    func wait() -> ValidationReport? {
        finished.wait()
        finished.signal()
        return take()
    }

    /// The report once the verification finished, exactly once; `nil` before and after.
    func take() -> ValidationReport? {
        lock.withLock {
            guard !delivered, let report else { return nil }
            delivered = true
            return report
        }
    }
}
