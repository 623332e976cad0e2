import Foundation

/// A database board's ward settings: rows of `consult_board.ward_settings` (migration 4) holding the same JSON
/// bytes as a folder board's `ward/<name>.json`, read where the folder board reads its files and set through the
/// one door, in the transaction that appends the journal's `ward.set` entry.
extension PostgresBoardStore {
    public func wardSettingFiles() throws(WardSettingsError) -> [WardSettingFile] {
        let rows: [[String?]]
        do throws(PostgresError) {
            rows = try connection.query(
                """
                SELECT s.name, s.content, s.set_by, j.line::json->>'author',
                    to_char(s.set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                FROM consult_board.ward_settings s
                LEFT JOIN consult_board.journal j ON j.board_id = s.board_id AND j.seq = s.set_seq
                WHERE s.board_id = $1
                """, [boardID]).rows
        } catch {
            throw .unreadable(file: "the ward settings of \(address.description)", reason: error.text)
        }
        var files: [WardSettingFile] = []
        for row in rows {
            guard let text = row.first ?? nil, let name = WardSettingName(rawValue: text) else {
                throw .invalid(
                    file: "the ward settings of \(address.description)", entry: row.first.flatMap { $0 } ?? "(no name)",
                    problem: .tr("ward.problem.unknownName", ["known": .plain(WardSettingName.known)]))
            }
            let at = row.count > 4 ? row[4].flatMap { BoardDate.parse($0) } : nil
            files.append(WardSettingFile(
                name: name, data: Data((row.count > 1 ? row[1] : nil).flatMap { $0 }?.utf8 ?? "".utf8),
                source: Self.source(of: name, in: address), setByRole: row.count > 2 ? row[2] : nil,
                setBy: row.count > 3 ? row[3] : nil, setAt: at))
        }
        return files.sorted { $0.name < $1.name }
    }

    /// Checks `data` as the board will read it (and that it is UTF-8 text, which the row keeps byte for byte),
    /// then in one transaction under the board's lock: the `ward.set` entry (the roster lets only admins make
    /// it) and the row. The commit is the acknowledgement; a refusal writes neither.
    public func setWardSetting(_ name: WardSettingName, to data: Data?, author: String) throws(StoreError) {
        let source = Self.source(of: name, in: address)
        var content: String?
        if let data {
            do throws(WardSettingsError) { try name.check(data, source: source) } catch { throw error.storeError }
            guard let text = String(data: data, encoding: .utf8), Data(text.utf8) == data else {
                throw .io(file: source, operation: "store the ward setting", reason: .tr("store.reason.notUTF8"))
            }
            content = text
        }
        let command = BoardCommand.recordWardSetting(RecordWardSetting(name: name, sha256: data.map { Seal.sha256Hex($0) }))
        let time = BoardJSON.wholeSeconds(Date())
        try write { (tail) throws(StoreError) -> Written<[String?]> in
            let working = try fullBoardOrRoster(for: command, tail: tail)
            var written: Written<[String?]>
            do throws(BoardError) {
                written = try accept([command], on: working, after: tail.end, author: author, at: time)
            } catch { throw .rejected(error) }
            written.besideJournal = [("SELECT consult_board.set_ward_setting($1, $2, $3)", [address.board, name.rawValue, content])]
            return written
        }
    }

    /// The board as far as `command` needs it (it names no patient: the roster it is checked against).
    private func fullBoardOrRoster(for command: BoardCommand, tail: JournalTail) throws(StoreError) -> Board {
        if let partial = try? checkpoint.partialBoard(for: [command], tail: tail, journal: journalName) { return partial }
        return try fullBoard(tail)
    }

    /// The settings a change's check needs (acknowledging an alert: is it current under the ward's numbers?),
    /// read in the change's transaction; otherwise `nil`, the shipped ones, without a query (as on a folder board).
    func wardSettings(for commands: [BoardCommand]) throws(StoreError) -> WardSettings? {
        guard commands.contains(where: { if case .acknowledgeAlert = $0 { true } else { false } }) else { return nil }
        do { return try wardSettings() } catch { throw error.storeError }
    }

    /// What errors name as the setting's "file".
    static func source(of name: WardSettingName, in address: PostgresBoardAddress) -> String {
        "\(name.fileName) of \(address.description)"
    }
}
