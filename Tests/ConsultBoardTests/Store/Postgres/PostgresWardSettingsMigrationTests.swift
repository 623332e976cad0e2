import Foundation
import Testing
@testable import ConsultBoard

/// A database that the previous consult-board set up (migrations 1-3: no ward settings table) with a board in
/// it: this build refuses it until `db init`, which adds migration 4 alone; then the board reads exactly as
/// before with the shipped settings, takes a ward setting, and the settings function refuses a change that the
/// journal does not record. A database of its own, made for the test on the private server.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs CONSULT_BOARD_TEST_POSTGRES (scripts/test starts a private PostgreSQL)"))
struct PostgresWardSettingsMigrationTests {
    @Test func aBoardOfSchemaThreeIsMigratedAndTakesWardSettings() throws {
        let folder = try StoreFolder()
        let original = try Sample.board(at: folder.board, patients: 2)
        let lines = try original.journalLines().map { String(decoding: $0, as: UTF8.self) }
        let address = try TestPostgres.freshDatabase(prefix: "m3", board: "spine3")
        #expect(try PostgresDatabase.initialise(address, upTo: 3).count == 3)
        let sql = try PostgresConnection(uri: address.connectionURI, target: "test")
        try sql.query("SELECT consult_board.create_board($1, $2)", [address.board, lines[0]])
        try sql.query("SELECT consult_board.append($1, $2::text[])", [address.board, PostgresBoardStore.arrayLiteral(Array(lines.dropFirst()))])
        #expect(try sql.query("SELECT to_regclass('consult_board.ward_settings')").scalar == nil)

        do {
            _ = try PostgresBoardStore(address)
            Issue.record("a schema-3 database was opened without db init")
        } catch {
            #expect(error.description.contains("db init"), "\(error)")
        }
        #expect(try PostgresDatabase.initialise(address) == ["applied migration 4: the ward's own settings, one row per setting per board"])
        #expect(try sql.query("SELECT max(version) FROM consult_board.migrations").scalar == "4")

        let store = try PostgresBoardStore(address)
        #expect(try store.load() == (try original.load()))
        #expect(try store.wardSettings() == .shipped)
        let clock = Data(#"{"routine": 1440, "urgent": 60, "stat": 10}"#.utf8)
        try store.setWardSetting(.consultClock, to: clock, author: "dr.li")
        #expect(try PostgresBoardStore(address).wardSettings().consultClock.urgent == 60)
        #expect(store.validate().isIntact)

        // Nobody changes a setting without its journal entry: the function checks the journal's last line.
        #expect(throws: PostgresError.self) {
            try sql.query("SELECT consult_board.set_ward_setting($1, $2, $3)", [address.board, "consult-clock", #"{"routine": 1, "urgent": 1, "emergency": 1}"#])
        }
        #expect(try PostgresBoardStore(address).wardSettingFiles().map(\.data) == [clock])
    }
}
