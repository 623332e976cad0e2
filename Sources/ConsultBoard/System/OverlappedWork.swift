import Foundation

/// Work handed to worker threads item by item as its input arrives (the rows of a query streamed from the
/// database), while the thread that hands it on goes on receiving: receiving and the work overlap, as a folder
/// board's reads overlap nothing but its own disk. `results()` waits for every item handed on.
final class OverlappedWork<R: Sendable>: @unchecked Sendable {
    // @unchecked: `slots` is only touched while `lock` is held.
    private let lock = NSLock()
    private var slots: [Int: R] = [:]
    private let group = DispatchGroup()
    // Worker threads do not inherit task-locals: the caller's language and width setting go with the work.
    private let language = Localisation.language
    private let wide = Localisation.ambiguousIsWide

    /// Starts `work` for item `index` on a worker thread now.
    func submit(_ index: Int, _ work: @escaping @Sendable () -> R) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            let value = Localisation.with(language, ambiguousWide: wide) { work() }
            lock.withLock { slots[index] = value }
        }
    }

    /// Every item's result, by index, once all are done.
    func results() -> [Int: R] {
        group.wait()
        return lock.withLock { slots }
    }
}
