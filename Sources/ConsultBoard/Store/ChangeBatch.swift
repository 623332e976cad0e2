import Foundation

/// Changes validated one after another against a board before they are appended: each command gets the next
/// sequence number (and so its record ids), its author and its time, exactly as a writer would give them.
///
/// `BoardStore.apply` validates one change with it; `BoardStore.batch` lets bulk work (generating a board)
/// make many changes, each with its own author and time, under one lock with one append and one `fsync`.
public struct ChangeBatch: Sendable {
    /// The board with every change so far applied.
    public private(set) var board: Board
    /// The accepted entries, in order; their `previousHash` is filled in when they are encoded.
    private(set) var entries: [JournalEntry] = []
    /// Where the journal ended when the batch began.
    let after: JournalPosition
    /// The login making the changes, which the ward roster checks (see `Board.checkPermission`).
    let writer: String?
    /// The ward's settings each change is checked with (see `ChangeContext.settings`); `nil`: the shipped ones,
    /// decoded only if a change's check needs them.
    var settings: WardSettings?

    init(board: Board, after: JournalPosition, writer: String? = nil) {
        self.board = board
        self.after = after
        self.writer = writer
    }

    /// Validates and applies `commands` as one change by `author` at `time` (whole seconds, as the journal keeps
    /// it), all or none; returns for each the id it created or changed.
    @discardableResult
    public mutating func apply(_ commands: [BoardCommand], author: String, at time: Date) throws(BoardError) -> [String?] {
        let time = BoardJSON.wholeSeconds(time)
        var board = self.board
        var ids: [String?] = []
        var new: [JournalEntry] = []
        for command in commands {
            let sequence = after.revision + 1 + entries.count + new.count
            var context = ChangeContext(sequence: sequence, author: author, at: time, writer: writer)
            if let settings { context.settings = settings }
            let patient = command.namedPatient ?? command.targetRecord.flatMap { board.patient(holding: $0) }
            ids.append(try board.apply(command, context: context))
            new.append(JournalEntry(sequence: sequence, at: time, author: author, patient: patient, command: command, previousHash: ""))
        }
        self.board = board
        entries += new
        return ids
    }
}
