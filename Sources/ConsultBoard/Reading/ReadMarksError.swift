import Foundation

/// Why a person's read marks could not be used or kept, in one line they can act on. None of these touches the
/// board: the marks are the reader's own, and without them everything simply counts as unread.
public enum ReadMarksError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is there but not trusted: damaged, someone else's, open to others, or made for another board.
    case refused(file: String, reason: ShownText)
    /// The marks could not be written (the folder or the disk refused).
    case notKept(file: String, reason: ShownText)

    public var text: ShownText {
        switch self {
        case let .refused(file, reason): .tr("readMarks.refused", ["file": .plain(file), "reason": reason])
        case let .notKept(file, reason): .tr("readMarks.notKept", ["file": .plain(file), "reason": reason])
        }
    }

    public var description: String { text.english }

    /// In the reader's language (the TUI's status line).
    public var shown: String { text.shown }
}
