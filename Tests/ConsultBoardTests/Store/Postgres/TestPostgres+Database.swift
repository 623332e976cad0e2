import Foundation
import Testing
@testable import ConsultBoard

extension TestPostgres {
    /// A new, empty database on the test server (named `prefix` and random letters), and the address of `board`
    /// in it: for tests that build a database as an earlier consult-board left it.
    static func freshDatabase(prefix: String, board: String) throws -> PostgresBoardAddress {
        let uri = try #require(uri)
        let name = prefix + "_" + UUID().uuidString.prefix(8).lowercased().replacingOccurrences(of: "-", with: "")
        // A database name cannot be a parameter; this one is letters, digits and '_'.
        try PostgresConnection(uri: uri, target: "test").query("CREATE DATABASE " + name)
        var parts = try #require(URLComponents(string: uri))
        parts.path = "/" + name
        return PostgresBoardAddress(connectionURI: try #require(parts.string), board: board)
    }
}
