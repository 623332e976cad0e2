import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ISODateTests {
    /// 2026-11-25T08:30:00Z
    static let reference = Date(timeIntervalSince1970: 1_795_595_400)

    @Test(arguments: [
        "2026-11-25T08:30:00Z", "2026-11-25t08:30:00z", "2026-11-25T16:30:00+08:00", "2026-11-25T16:30:00+0800",
        "2026-11-25T16:30:00+08", "2026-11-25T16:30+08:00", "2026-11-25T03:30:00-05:00", "2026-11-25T08:30:00.999Z",
        "2026-11-25T08:30:00,5Z", "2026-11-25 08:30:00Z", " 2026-11-25T08:30:00Z ",
    ])
    func acceptedForms(_ text: String) throws {
        #expect(try ISODate.parse(text, field: "time") == Self.reference)
    }

    @Test func withoutAnOffsetTheGivenTimeZoneIsUsed() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(try ISODate.parse("2026-11-25T16:30", field: "time", timeZone: shanghai) == Self.reference)
    }

    @Test(arguments: [
        "", "yesterday", "2026-11-25", "2026-11-25T08", "2026-11-25T8:30Z", "26-11-25T08:30Z", "2026-13-01T00:00:00Z",
        "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T08:60:00Z",
        "2026-11-25T08:30:60Z", "2026-11-25T08:30:00+19:00", "2026-11-25T08:30:00+08:60", "2026-11-25T08:30:00.Z",
        "2026-11-25T08:30:00Zx", "2026-11-25T08:30:00+08:", "２０２６-11-25T08:30:00Z",
    ])
    func refusedForms(_ text: String) {
        #expect(throws: BoardError.invalidDate(field: "due time", value: text)) { try ISODate.parse(text, field: "due time") }
    }

    @Test func leapDaysExistInLeapYears() throws {
        #expect(try ISODate.parse("2028-02-29T00:00:00Z", field: "t") == Date(timeIntervalSince1970: 1_835_395_200))
    }

    @Test func writesTheBoardsOwnForm() throws {
        #expect(ISODate.string(Self.reference) == "2026-11-25T08:30:00Z")
        #expect(try ISODate.parse(ISODate.string(Self.reference), field: "t") == Self.reference)
    }
}
