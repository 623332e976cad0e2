import Foundation
import Testing
@testable import ConsultBoard

/// The whole handoff of the fixture ward in each format, compared with the reviewed golden files.
@Suite struct HandoffGoldenTests {
    @Test(arguments: HandoffFormat.allCases)
    func wardHandoffMatchesGolden(format: HandoffFormat) throws {
        let output = try HandoffTestSupport.render(format)
        try Golden.check(output, against: "ward.\(format.fileExtension)")
    }

    @Test func narrowTextHandoffMatchesGolden() throws {
        let output = try HandoffTestSupport.render(.text, mrns: ["SCI-0001"], width: 48)
        try Golden.check(output, against: "patient-width48.txt")
    }
}
