import Testing
@testable import ConsultBoard

/// `--board` and `CONSULT_BOARD`: a folder, or a board in a PostgreSQL database; anything else that looks like
/// a URL is refused, never taken as a folder name.
@Suite struct BoardLocationTests {
    @Test(arguments: ["/ward/spine3", "boards/spine3", "./odd:name", "spine3", "../a b/病房", "/tmp/x:y"])
    func aPathIsAFolder(text: String) throws {
        #expect(try BoardLocation.parse(text) == .folder(text))
    }

    @Test func aFileURLIsItsFolder() throws {
        #expect(try BoardLocation.parse("file:///ward/spine%203") == .folder("/ward/spine 3"))
        #expect(throws: BoardLocationError.self) { try BoardLocation.parse("file://server/ward") }
    }

    @Test func aPostgresAddressNamesTheDatabaseAndTheBoard() throws {
        let location = try BoardLocation.parse("postgresql://dr.li@db.ward.local:5433/boards?board=spine3&sslmode=require")
        #expect(location == .postgres(PostgresBoardAddress(connectionURI: "postgresql://dr.li@db.ward.local:5433/boards?sslmode=require", board: "spine3")))
        #expect(try BoardLocation.parse("postgres://db/boards?board=icu") == .postgres(PostgresBoardAddress(connectionURI: "postgres://db/boards", board: "icu")))
        #expect(try BoardLocation.parse("POSTGRESQL://db/boards") == .postgres(PostgresBoardAddress(connectionURI: "POSTGRESQL://db/boards", board: "main")))
    }

    @Test func theUnixSocketFormsOfLibpqAreKept() throws {
        #expect(
            try BoardLocation.parse("postgresql:///boards?host=/run/postgresql&board=spine3")
                == .postgres(PostgresBoardAddress(connectionURI: "postgresql:///boards?host=/run/postgresql", board: "spine3")))
        #expect(
            try BoardLocation.parse("postgresql://%2Frun%2Fpostgresql/boards?board=spine3")
                == .postgres(PostgresBoardAddress(connectionURI: "postgresql://%2Frun%2Fpostgresql/boards", board: "spine3")))
    }

    @Test(arguments: ["postgresql:spine3", "https://ward.example/board", "mysql://db/boards", "s3://bucket/board", "ftp:x", "c:board"])
    func anyOtherURLIsRefusedNotMadeAFolder(text: String) {
        #expect(throws: BoardLocationError.self) { try BoardLocation.parse(text) }
    }

    @Test func theRefusalSaysWhatABoardLocationIsAndHowToNameAnOddFolder() {
        do {
            _ = try BoardLocation.parse("mysql://root:secret@db/boards")
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("'mysql:'"))
            #expect(error.description.contains("postgresql://"))
            #expect(error.description.contains("start it with ./"))
            #expect(!error.description.contains("secret"), "the password is never repeated")
        }
    }

    @Test(arguments: ["postgresql://db/x?board=", "postgresql://db/x?board=a/b", "postgresql://db/x?board=a&board=b",
                      "postgresql://db/x/y?board=a", "postgresql://db/x?board=a#frag", "postgresql://db/x?board=" + String(repeating: "a", count: 64)])
    func aBadPostgresAddressIsRefused(text: String) {
        #expect(throws: BoardLocationError.self) { try BoardLocation.parse(text) }
    }

    @Test func messagesNeverShowThePassword() throws {
        let location = try BoardLocation.parse("postgresql://dr.li:s3cret@db/boards?board=spine3")
        #expect(location.description == "postgresql://dr.li:***@db/boards?board=spine3")
        guard case let .postgres(address) = location else { return }
        #expect(address.connectionURI.contains("s3cret"), "libpq still gets it")
    }

    @Test func anEmptyLocationIsRefused() {
        #expect(throws: BoardLocationError.self) { try BoardLocation.parse("") }
    }
}
