import Foundation

/// A journal as its lines, for tests that edit it the way a person with a text editor would: remove, swap,
/// duplicate or change lines, then write it back.
struct JournalLines {
    var lines: [Data]

    init(_ journal: Data) {
        lines = journal.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        if lines.last?.isEmpty == true { lines.removeLast() }
    }

    var data: Data {
        var out = Data()
        for line in lines {
            out.append(line)
            out.append(0x0A)
        }
        return out
    }

    /// The line as text (journal lines are UTF-8 JSON).
    func text(_ index: Int) -> String { String(decoding: lines[index], as: UTF8.self) }

    /// Replaces the first occurrence of `old` in line `index` with `new`; false when it is not there.
    mutating func replace(_ old: String, with new: String, inLine index: Int) -> Bool {
        let text = text(index)
        guard let range = text.range(of: old) else { return false }
        lines[index] = Data(text.replacingCharacters(in: range, with: new).utf8)
        return true
    }
}
