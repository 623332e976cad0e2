import Foundation

/// Why the board could not be read or written. Every case names the file (and line, where it applies), so the
/// person at the keyboard knows what to look at; none of them means anything was changed on disk.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The change itself was refused (bad input, unknown id, illegal move...).
    case rejected(BoardError)
    case noBoard(path: String)
    case alreadyExists(path: String)
    /// A file of the board cannot be understood; `line` is 1-based where the file is line-oriented.
    case damaged(file: String, line: Int?, reason: StoreReason)
    case newerSchema(file: String, found: Int, supported: Int)
    /// Something wrote to the journal without holding the board's lock (found as a complete line where this
    /// writer expected the end of the journal): not a torn write, so nothing is set aside and nothing written.
    case secondWriter(file: String, reason: StoreReason)
    /// The operating system (or the board's database) refused a read or write (permissions, disk full...).
    /// `operation` is the English verb phrase ("append to"), shown in the reader's words by `StoreOperationWords`;
    /// `reason` is in words of its own, so a Chinese ward reads "磁盘已满", not "the disk is full".
    case io(file: String, operation: String, reason: StoreReason)

    public var description: String {
        switch self {
        case let .rejected(error):
            error.description
        case let .noBoard(path):
            "no board at \(path); create one with `consult-board init --board \(path)` (add --demo for the demo ward)"
        case let .alreadyExists(path):
            "a board already exists at \(path); nothing was changed"
        case let .damaged(file, line, reason):
            "board file \(file)\(line.map { " line \($0)" } ?? "") is damaged: \(reason). Nothing was changed; run `consult-board validate` for details and `consult-board validate --repair` to recover"
        case let .newerSchema(file, found, supported):
            "\(file) uses board schema version \(found), but this consult-board understands up to version \(supported); use a newer consult-board"
        case let .secondWriter(file, reason):
            "another process wrote to \(file) without the board's lock (\(reason.english)); nothing was changed. Stop the other program (an older consult-board, a script), then run `consult-board validate`"
        case let .io(file, operation, reason):
            "cannot \(operation) \(file): \(reason.english)"
        }
    }
}
