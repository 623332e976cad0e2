import Foundation
import Testing
@testable import ConsultBoard

/// Whole handoffs compared with the reviewed golden files in Fixtures/handoff (rewrite them with
/// `UPDATE_GOLDENS=1 swift test --filter HandoffGoldenTests`, then read the diff).
@Suite struct HandoffGoldenTests {
    /// The demo ward, every format.
    @Test(arguments: HandoffFormat.allCases)
    func demoWardMatchesGolden(format: HandoffFormat) throws {
        let output = try HandoffTestSupport.render(format, board: HandoffTestSupport.demoBoard())
        try Golden.check(output, against: "demo-ward.\(format.fileExtension)")
    }

    /// The test ward, whose stored text tries to break out of each format.
    @Test(arguments: HandoffFormat.allCases)
    func hostileWardMatchesGolden(format: HandoffFormat) throws {
        let output = try HandoffTestSupport.render(format)
        try Golden.check(output, against: "hostile-ward.\(format.fileExtension)")
    }

    @Test func narrowTextHandoffMatchesGolden() throws {
        let output = try HandoffTestSupport.render(.text, board: HandoffTestSupport.demoBoard(), mrns: [DemoBoard.drivingCase], width: 48)
        try Golden.check(output, against: "demo-driving-case-width48.txt")
    }
}
