import ConsultBoard
import Foundation

extension BoardOptions {
    /// Applies `command` to the board, signed by the author, and prints the id of the record it created or
    /// changed alone on standard output (so scripts can write `id=$(consult-board note add ...)`).
    ///
    /// The store validates the command against the board as it is at that moment; if it is refused, nothing is
    /// written and the error propagates to `CLIFailure`.
    @discardableResult
    func submit(_ command: BoardCommand) throws -> String? {
        let store = try store()
        let ids = try store.apply([command], author: try authorName(from: store), at: nil)
        StandardOutput.changeWasSaved()
        let id = ids.first ?? nil
        if let id { print(id) }
        return id
    }

    /// After a change is saved, what the person entering it must hear at once (an alert the order raises, a date
    /// that hides the value), read from the patient's record as it now is: one warning line each on standard error.
    func sayAtOnce(after id: String?, mrn: String, _ lines: (RecordID, PatientRecord) -> [String]) {
        guard let id, let record = try? loadRecord(mrn) else { return }
        for line in lines(id, record) {
            FileHandle.standardError.write(Data("consult-board: \(tr("cli.warningPrefix"))\(line)\n".utf8))
        }
    }

    /// Applies a change to an existing record, refused if the patient's record is no longer at `revision`
    /// (`--expect-revision`; `nil`: no check).
    func submit(expecting revision: Int?, _ command: BoardCommand) throws {
        try submit(command.expecting(revision))
    }

    /// Loads the whole board.
    func loadBoard() throws -> Board {
        try store().load()
    }

    /// Reads one patient's record (and only that patient's files), or throws the library's "no patient with
    /// MRN" error.
    func loadRecord(_ mrn: MRN, from opened: (any BoardStoring)? = nil) throws -> PatientRecord {
        guard let record = try (opened ?? store()).record(mrn) else { throw BoardError.unknownPatient(mrn) }
        return record
    }
}
