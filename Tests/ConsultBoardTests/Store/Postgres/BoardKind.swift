import Foundation
import Testing
@testable import ConsultBoard

/// The two homes of a board, for store tests that run against both. The PostgreSQL kind needs a server:
/// `scripts/test` starts a private one and exports CONSULT_BOARD_TEST_POSTGRES (a libpq URI); without it those
/// runs are left out, saying so once.
enum BoardKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case folder
    case postgres

    var testDescription: String { rawValue }

    /// The kinds this run can test.
    static var available: [BoardKind] { TestPostgres.uri == nil ? [.folder] : [.folder, .postgres] }

    /// A new, empty place for a board of this kind (the folder is removed when the returned value goes).
    func freshLocation() throws -> TestBoardPlace {
        switch self {
        case .folder:
            let folder = try StoreFolder()
            return TestBoardPlace(location: .folder(folder.board), folder: folder)
        case .postgres:
            return TestBoardPlace(location: try TestPostgres.freshLocation(), folder: nil)
        }
    }
}

/// Where a test's board lives, and what keeps it there.
struct TestBoardPlace {
    let location: BoardLocation
    let folder: StoreFolder?
}

/// The test run's PostgreSQL server: one database set up once (`db init`), a board of its own for every test.
enum TestPostgres {
    static let uri: String? = {
        let value = ProcessInfo.processInfo.environment["CONSULT_BOARD_TEST_POSTGRES"] ?? ""
        if value.isEmpty {
            print("⚠︎ PostgreSQL board tests skipped: CONSULT_BOARD_TEST_POSTGRES is not set (scripts/test starts a private server and sets it)")
            return nil
        }
        return value
    }()

    /// `pg_ctl` of the test server, to which a test adds `restart` (only for the suites that run on their own).
    static let control: String? = {
        let value = ProcessInfo.processInfo.environment["CONSULT_BOARD_TEST_POSTGRES_CTL"] ?? ""
        return value.isEmpty ? nil : value
    }()

    /// The database's schema, set up once per test process.
    static let prepared: Result<Void, StoreError> = {
        guard let uri else { return .failure(.noBoard(path: "CONSULT_BOARD_TEST_POSTGRES")) }
        return Result { () throws(StoreError) in
            _ = try PostgresDatabase.initialise(PostgresBoardAddress(connectionURI: uri, board: "unused"))
        }
    }()

    /// A board name no other test uses, in the prepared database.
    static func freshLocation() throws -> BoardLocation {
        guard let uri else { throw StoreError.noBoard(path: "CONSULT_BOARD_TEST_POSTGRES") }
        try prepared.get()
        return .postgres(PostgresBoardAddress(connectionURI: uri, board: "t-" + UUID().uuidString.prefix(18).lowercased()))
    }
}
