import Foundation
import Testing
@testable import ConsultBoard

/// Where the tests find the repository's templates and golden files, and how they render the fixture ward.
enum HandoffTestSupport {
    /// The repository this test file is in.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("templates")
    static let goldens = repository.appendingPathComponent("Tests/ConsultBoardTests/Fixtures/handoff")

    /// The demo ward at `HandoffFixture.now`, built in memory exactly as `DemoBoard.create` writes it (the board's
    /// creation is sequence 1, then one sequence number per change).
    static func demoBoard() throws -> Board {
        var board = Board()
        let changes = DemoBoard.changes(now: HandoffFixture.now)
        let start = changes.first?.at ?? HandoffFixture.now
        try board.apply(
            .createBoard(CreateBoard(ward: DemoBoard.ward)), context: ChangeContext(sequence: 1, author: "demo.setup", at: start))
        for (index, change) in changes.enumerated() {
            try board.apply(change.command, context: ChangeContext(sequence: index + 2, author: change.author, at: change.at))
        }
        return board
    }

    /// The repository's default template for `format`.
    static func template(_ format: HandoffFormat) throws -> HandoffTemplate {
        try HandoffTemplate(format: format, in: templates)
    }

    /// The fixture ward rendered with the default template.
    static func render(
        _ format: HandoffFormat, board: Board? = nil, mrns: [MRN] = [], width: Int = 80, sort: HandoffSort = .bed
    ) throws -> String {
        try Handoff.render(
            board: board ?? HandoffFixture.board(), mrns: mrns, template: template(format), width: width, sort: sort,
            generatedBy: HandoffFixture.author, now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
    }
}

/// Golden files: the expected output, kept in the repository and reviewed like code.
///
/// Run the tests with `UPDATE_GOLDENS=1` to rewrite them from the current output (then read the diff).
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = HandoffTestSupport.goldens.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: HandoffTestSupport.goldens, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard expected != actual else { return }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        let wanted = line < want.count ? String(want[line]) : "<end of file>"
        let found = line < got.count ? String(got[line]) : "<end of file>"
        Issue.record(
            "\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(found)\n(rerun with UPDATE_GOLDENS=1 to accept)",
            sourceLocation: sourceLocation)
    }
}
