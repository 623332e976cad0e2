import Foundation

/// What every home of a board offers, whether a folder (`BoardStore`) or a PostgreSQL database
/// (`PostgresBoardStore`): changes through the one door, reads, live refresh, the journal's lines, checks.
///
/// The journal line (envelope + command, sealed) is the same bytes in both, so hashes, `validate`, `export` and
/// `board copy` work across them. The CLI and the TUI hold an `any BoardStoring`, opened from a `BoardLocation`.
public protocol BoardStoring: Sendable {
    /// Where the board lives.
    var location: BoardLocation { get }

    /// Validates and appends `commands` as one change by `author` (all or none), returning for each the id it
    /// created or changed. The same validation, footprint and stale-revision checks in both homes.
    @discardableResult
    func apply(_ commands: [BoardCommand], author: String, at: Date?) throws(StoreError) -> [String?]

    /// Many changes, each with its own author and time, written together or not at all (bulk work).
    func batch<T>(_ body: (inout ChangeBatch) throws(BoardError) -> T) throws(StoreError) -> T

    /// The whole board.
    func load() throws(StoreError) -> Board
    /// The board holding only these patients' complete records.
    func load(patients: [MRN]) throws(StoreError) -> Board
    /// The ward and every patient's header.
    func wardList() throws(StoreError) -> WardList
    /// The board the board list draws: every patient without notes, and the one `select` picks whole. `select` is
    /// given the board with every patient's header only, so it picks by the header (the first bed, a named MRN).
    func loadBoardList(wholeRecordOf select: (Board) -> MRN?) throws(StoreError) -> Board
    /// The journal's entries after `revision`, optionally only one patient's.
    func entries(since revision: Int, patient: MRN?) throws(StoreError) -> [JournalEntry]
    /// The journal's lines, exactly as stored (without newlines), checked: what `board copy` moves.
    func journalLines() throws(StoreError) -> [Data]

    /// The board, kept open by a reader that shows it live.
    func open() throws(StoreError) -> OpenBoard
    /// Whether the journal moved on from `open`'s place (cheap: no reading of entries).
    func hasChanges(_ open: OpenBoard) -> Bool
    /// Brings `open` up to date and returns the new entries (see `OpenBoard.refresh`).
    func refresh(_ open: inout OpenBoard) throws(StoreError) -> [JournalEntry]
    /// Something to wait on beside the keyboard that becomes readable when the board changes.
    func watch() -> any BoardChangeSignal

    /// Checks everything without changing anything.
    func validate() -> ValidationReport

    /// The ward roster as it stands now (a folder board reads it without reading any patient).
    func roster() throws(StoreError) -> Roster
    /// The board (the whole ward when `mrns` is nil, else those patients) and the journal's mark it was read at,
    /// from one read: what the handoff prints on every page.
    func loadMarked(patients mrns: [MRN]?) throws(StoreError) -> (board: Board, mark: JournalMark)

    /// The ward's settings as stored (a folder board's `ward/*.json`, a database board's rows of
    /// `consult_board.ward_settings`); what is missing is the shipped default.
    func wardSettingFiles() throws(WardSettingsError) -> [WardSettingFile]
    /// Sets one of the ward's settings (`nil`: clears it), checked first exactly as the board reads it (a bad
    /// setting is refused and nothing is written), then recorded in the journal (`ward.set`) and stored in the
    /// same change.
    func setWardSetting(_ name: WardSettingName, to data: Data?, author: String) throws(StoreError)
}

/// A descriptor that becomes readable when a board changed (inotify for a folder, the database connection's
/// socket with `LISTEN` for PostgreSQL). It only says "something changed": the reader then asks the store.
public protocol BoardChangeSignal: AnyObject, Sendable {
    /// What to wait on with poll(2); `nil` when nothing can be waited on (the reader polls at its pace).
    var fileDescriptor: Int32? { get }
    /// Reads away what woke the reader; whether there was anything.
    @discardableResult func drain() -> Bool
}

extension BoardStoring {
    /// Validates and appends `commands` as one change by `author`, timed now.
    @discardableResult
    public func apply(_ commands: [BoardCommand], author: String) throws(StoreError) -> [String?] {
        try apply(commands, author: author, at: nil)
    }

    public func roster() throws(StoreError) -> Roster { try load().roster }

    /// The settings in force: the shipped defaults extended by the ward's own (a broken one is refused with its
    /// name and the entry at fault, never half-read).
    public func wardSettings() throws(WardSettingsError) -> WardSettings {
        try WardSettings.from(wardSettingFiles())
    }

    /// Reads the whole board once (a database board keeps no per-patient files to read apart).
    public func loadMarked(patients mrns: [MRN]?) throws(StoreError) -> (board: Board, mark: JournalMark) {
        let open = try open()
        guard let mrns else { return (open.board, open.mark) }
        var board = Board(
            ward: open.board.ward, createdAt: open.board.createdAt, revision: open.board.revision,
            records: open.board.patients.values.filter { mrns.contains($0.mrn) })
        board.roster = open.board.roster
        return (board, open.mark)
    }

    /// One patient's complete record (`nil` when the board has no such patient).
    public func record(_ mrn: MRN) throws(StoreError) -> PatientRecord? {
        try load(patients: [mrn]).patients[mrn]
    }

    /// The whole board as an export document.
    public func export() throws(StoreError) -> ExportDocument {
        ExportDocument(board: try load())
    }
}

extension BoardLocation {
    /// Opens the board here: a folder board (checking its folder) or a board in a database (connecting).
    public func store() throws(StoreError) -> any BoardStoring {
        switch self {
        case let .folder(path): try BoardStore(path: path)
        case let .postgres(address): try PostgresBoardStore(address)
        }
    }

    /// Creates a new board here whose first entry creates the ward.
    @discardableResult
    public func create(ward: String, author: String, at: Date = Date()) throws(StoreError) -> any BoardStoring {
        switch self {
        case let .folder(path): try BoardStore.create(at: path, ward: ward, author: author, at: at)
        case let .postgres(address): try PostgresBoardStore.create(address, first: .createBoard(CreateBoard(ward: ward)), sequence: 1, author: author, at: at)
        }
    }

    /// Creates a new board here holding `document` (one `board.import` entry numbered with its revision).
    @discardableResult
    public func importBoard(_ document: ExportDocument, author: String, at: Date = Date()) throws(StoreError) -> any BoardStoring {
        switch self {
        case let .folder(path): try BoardStore.importBoard(document, at: path, author: author, at: at)
        case let .postgres(address):
            try PostgresBoardStore.create(address, first: .importBoard(document.importCommand), sequence: document.revision, author: author, at: at)
        }
    }

    /// Checks the board here without changing anything.
    public func validate() -> ValidationReport {
        switch self {
        case let .folder(path): return BoardStore.validate(at: path)
        case let .postgres(address):
            do throws(StoreError) { return try PostgresBoardStore(address).validate() } catch {
                return ValidationReport(
                    findings: [.init(severity: .problem, file: address.description, line: nil, message: error.description, words: .said { error.shown })],
                    isBoard: false, revision: 0, patients: 0)
            }
        }
    }
}
