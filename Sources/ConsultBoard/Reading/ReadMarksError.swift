import Foundation

/// Why a person's read marks could not be used or kept, in one line they can act on. None of these touches the
/// board: the marks are the reader's own, and without them everything simply counts as unread.
public enum ReadMarksError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is there but not trusted: damaged, someone else's, open to others, or made for another board.
    case refused(file: String, reason: String)
    /// The marks could not be written (the folder or the disk refused).
    case notKept(file: String, reason: String)

    public var description: String {
        switch self {
        case let .refused(file, reason):
            "Read marks not trusted (\(reason)): everything counts as unread; remove \(file) to start afresh"
        case let .notKept(file, reason):
            "Cannot keep read marks (\(reason)): what you read is remembered only until you quit (\(file))"
        }
    }
}
