import ConsultBoard
import Foundation

/// Keeps the reader's read marks in their own file (`ReadMarksFile`) while the TUI runs: written whenever they
/// changed (a patient or tab opened), and once more as the session ends. A failure is shown once on the status
/// line; the marks are then remembered only in memory, and nothing else stops.
struct ReadMarksKeeper: Sendable {
    let file: ReadMarksFile
    private var kept: ReadMarks?
    private var failureShown = false

    init(file: ReadMarksFile) {
        self.file = file
    }

    /// Writes `marks` if they differ from what was last written; the action that reports a failure, once.
    mutating func keep(_ marks: ReadMarks) -> Action? {
        guard marks != kept else { return nil }
        do throws(ReadMarksError) {
            try file.save(marks)
            kept = marks
            failureShown = false
            return nil
        } catch {
            // Not tried again on every key: once the marks change again.
            kept = marks
            guard !failureShown else { return nil }
            failureShown = true
            return .failed(error.shown)
        }
    }
}

extension TUILauncher {
    /// How many journal entries are read at start to find where others changed what (older unseen changes
    /// still mark their patient, without saying where).
    static let unreadWindow = 5_000

    /// Loads this reader's marks for the board and the changes since them, into `state.unread`; the keeper that
    /// writes them back. A refused file is never trusted: everything counts as unread, and the status line says
    /// why. The first time on a board, marks start at the board as it is.
    static func prepareUnread(_ state: inout AppState, store: any BoardStoring) -> ReadMarksKeeper {
        let board = state.board
        let file = ReadMarksFile(location: store.location, createdAt: board.createdAt, reader: state.author)
        let marks: ReadMarks
        do throws(ReadMarksError) {
            if let found = try file.load() {
                marks = found
            } else {
                marks = ReadMarks(board: file.board, reader: state.author, baseline: board.revision)
                state.say(tr("unread.started"), .info)
            }
        } catch {
            marks = ReadMarks(board: file.board, reader: state.author, baseline: 0)
            state.say(error.shown, .error)
        }
        // From the oldest mark of a patient changed since it.
        let oldest = board.patients.values.compactMap { record -> Int? in
            let mrn = record.mrn
            let seen = ChangeArea.allCases.reduce(marks.seen(mrn)) { min($0, marks.seen(mrn, area: $1)) }
            return record.revision > seen ? seen : nil
        }.min()
        var changes = UnreadChanges(reader: state.author, completeAfter: board.revision)
        if let oldest {
            let start = max(oldest, board.revision - unreadWindow)
            do throws(StoreError) {
                let entries = try store.entries(since: start, patient: nil).filter { $0.sequence <= board.revision }
                changes = UnreadChanges(reader: state.author, completeAfter: start)
                changes.receive(entries)
            } catch {
                state.say(tr("unread.notRead", ["reason": error.shown]), .error)
                changes = UnreadChanges(reader: state.author, completeAfter: board.revision + 1)
            }
        }
        changes.forget(seenIn: marks)
        state.unread = UnreadTracker(marks: marks, changes: changes)
        return ReadMarksKeeper(file: file)
    }
}
