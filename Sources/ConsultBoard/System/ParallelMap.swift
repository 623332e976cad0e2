import Dispatch

/// Runs `transform` over `items` on every core (`DispatchQueue.concurrentPerform`) and returns the results in
/// order. Work that is independent per patient runs this way: decoding each patient's checkpoint files when a
/// board opens, and deriving each patient's clinical facts for the board list and the handoff. On two cores this
/// is the difference between matching Python's `json.load` and falling behind it.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        // Worker threads do not inherit task-locals: the caller's language and width setting go with the work.
        let language = Localisation.language
        let wide = Localisation.ambiguousIsWide
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, Localisation.with(language, ambiguousWide: wide) { transform(items[index]) })
        }
        return results.values
    }
}

/// One slot per task, each written by exactly one task before `concurrentPerform` returns.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    var values: [R] { slots.compactMap { $0 } }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
