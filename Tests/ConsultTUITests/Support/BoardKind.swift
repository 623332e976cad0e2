import ConsultBoard
import Foundation
import Testing

/// The two homes of a board, for CLI tests that run against both. The PostgreSQL kind needs a server:
/// `scripts/test` starts a private one and exports CONSULT_BOARD_TEST_POSTGRES (a libpq URI); without it those
/// runs are left out, saying so once.
enum BoardKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case folder
    case postgres

    var testDescription: String { rawValue }

    /// The kinds this run can test.
    static var available: [BoardKind] { TestPostgres.uri == nil ? [.folder] : [.folder, .postgres] }
}

/// The test run's PostgreSQL server: its database set up once (`db init`), a board of its own for every test.
enum TestPostgres {
    static let uri: String? = {
        let value = ProcessInfo.processInfo.environment["CONSULT_BOARD_TEST_POSTGRES"] ?? ""
        if value.isEmpty {
            print("⚠︎ PostgreSQL board CLI tests skipped: CONSULT_BOARD_TEST_POSTGRES is not set (scripts/test starts a private server and sets it)")
            return nil
        }
        return value
    }()

    /// `consult-board db init` on the test database, once per test process.
    static let prepared: Result<Void, TestSetupError> = {
        guard let uri else { return .failure(TestSetupError("CONSULT_BOARD_TEST_POSTGRES is not set")) }
        do {
            let outcome = try ConsultBoardProcess.run(["db", "init", "--board", uri])
            return outcome.status == 0 ? .success(()) : .failure(TestSetupError("db init failed: \(outcome)"))
        } catch {
            return .failure(TestSetupError("db init failed: \(error)"))
        }
    }()

    /// The address of a board no other test uses (not created).
    static func freshBoard() throws -> String {
        guard let uri else { throw TestSetupError("CONSULT_BOARD_TEST_POSTGRES is not set") }
        try prepared.get()
        return uri + (uri.contains("?") ? "&" : "?") + "board=t-" + UUID().uuidString.prefix(18).lowercased()
    }
}
