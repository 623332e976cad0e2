import Foundation

/// Checkpoint files arriving one by one in any order (the rows of a query streamed from the database), in groups
/// (a group is one patient's files): each group is decoded on a worker thread as soon as the last of its files is
/// in, while the others still come, so the server's reading and sending and the client's decoding overlap instead
/// of following one another. Only the receiving thread calls `take` and `results`.
final class GroupedFileArrival<R: Sendable>: @unchecked Sendable {
    // @unchecked: `arriving` and `complete` are only touched by the receiving thread; the workers get copies.
    /// How many distinct files make each group.
    private let expected: [Int]
    private let decode: @Sendable (Int, [String: Data]) -> R
    /// The files of the groups not complete yet, by group.
    private var arriving: [Int: [String: Data]] = [:]
    /// The last group whose files are all in, not handed on yet.
    private var complete: (index: Int, files: [String: Data])?
    private let work = OverlappedWork<R>()

    /// `expected[i]`: the number of distinct files of group `i`; `decode` makes a group's result from its files
    /// by name (a file missing from them is for `decode` to name).
    init(expected: [Int], decode: @escaping @Sendable (Int, [String: Data]) -> R) {
        self.expected = expected
        self.decode = decode
    }

    /// One file of group `group` (a group the reader did not ask for is ignored: `results` decodes each asked
    /// group from what did come).
    func take(group: Int, name: String, content: Data) {
        guard expected.indices.contains(group) else { return }
        arriving[group, default: [:]][name] = content
        guard arriving[group]?.count == expected[group], let files = arriving.removeValue(forKey: group) else { return }
        // The group before goes to a worker; this one waits for the next, or for the end, where the receiving
        // thread decodes it itself (it would only wait otherwise): a one-group read starts no thread at all.
        if let before = complete {
            let decode = decode
            work.submit(before.index) { decode(before.index, before.files) }
        }
        complete = (group, files)
    }

    /// Every group's result in the groups' order, once all are decoded; a group whose files did not all come (or
    /// that has none) is decoded here from what came.
    func results() -> [R] {
        let last = complete.map { ($0.index, decode($0.index, $0.files)) }
        var done = work.results()
        if let last { done[last.0] = last.1 }
        return expected.indices.map { index in done[index] ?? decode(index, arriving[index] ?? [:]) }
    }
}
