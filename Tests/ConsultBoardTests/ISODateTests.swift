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
        // The year-first forms a ward writes (WrittenDate), here with a zone.
        "2026-11-25T8:30Z", "２０２６-11-25T08:30:00Z", "2026年11月25日 16:30+08:00", "2026/11/25 8:30Z",
    ])
    func acceptedForms(_ text: String) throws {
        #expect(try ISODate.parse(text, field: "time") == Self.reference)
    }

    @Test func withoutAnOffsetTheGivenTimeZoneIsUsed() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(try ISODate.parse("2026-11-25T16:30", field: "time", timeZone: shanghai) == Self.reference)
    }

    @Test(arguments: [
        "", "yesterday", "2026-11-25", "2026-11-25T08", "26-11-25T08:30Z", "2026-13-01T00:00:00Z",
        "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T08:60:00Z",
        "2026-11-25T08:30:60Z", "2026-11-25T08:30:00+19:00", "2026-11-25T08:30:00+08:60", "2026-11-25T08:30:00.Z",
        "2026-11-25T08:30:00Zx", "2026-11-25T08:30:00+08:",
        // Day-first or month-first, a date alone, 上午/下午, mixed separators, run-together or unreal dates and times.
        "25/11/2026 08:30", "11/25/2026 08:30", "2026年11月25日", "2026年11月25日 下午4点半", "2026/11-25 08:30",
        "2026-11-258:30", "2026年13月1日 8:00", "2026年2月30日 8:00", "2026/11/25 25:00", "2026/11/25 8:5",
        "2026年11月25日 8点61分",
    ])
    func refusedForms(_ text: String) {
        #expect(throws: BoardError.invalidDate(field: "due time", value: text)) { try ISODate.parse(text, field: "due time") }
    }

    @Test(arguments: [
        "2026年11月25日 16:30", "2026年11月25日16:30", "2026年11月25日 16时30分", "2026年11月25日16点30分", "2026年11月25日 16点半",
        "2026年11月25号 16:30", "２０２６年１１月２５日　１６：３０", "2026/11/25 16:30", "2026/11/25 16:30:00", "2026-11-25 16:30",
        "2026年11月25日 16时30分0秒",
    ])
    func theYearFirstFormsAWardWritesAreRead(_ text: String) throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(try ISODate.parse(text, field: "time", timeZone: shanghai) == Self.reference, "\(text)")
    }

    @Test func anHourAloneIsOnTheHour() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(try ISODate.parse("2026年11月25日 16点", field: "time", timeZone: shanghai) == Self.reference.addingTimeInterval(-1800))
        #expect(try ISODate.parse("2026/11/25 8:05", field: "time", timeZone: shanghai) == Self.reference.addingTimeInterval(-8.5 * 3600 + 300))
    }

    @Test func leapDaysExistInLeapYears() throws {
        #expect(try ISODate.parse("2028-02-29T00:00:00Z", field: "t") == Date(timeIntervalSince1970: 1_835_395_200))
    }

    @Test func writesTheBoardsOwnForm() throws {
        #expect(ISODate.string(Self.reference) == "2026-11-25T08:30:00Z")
        #expect(try ISODate.parse(ISODate.string(Self.reference), field: "t") == Self.reference)
    }
}
