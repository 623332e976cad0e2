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
        // Day-first or month-first, a date alone, mixed separators, run-together or unreal dates and times.
        "25/11/2026 08:30", "11/25/2026 08:30", "2026年11月25日", "2026/11-25 08:30",
        "2026-11-258:30", "2026年13月1日 8:00", "2026年2月30日 8:00", "2026/11/25 25:00", "2026/11/25 8:5",
        "2026年11月25日 8点61分",
        // An hour its part of the day does not cover, parts read both ways, or a part and a.m./p.m. at once.
        "2026年11月25日 上午16点", "2026年11月25日 晚上3点", "2026年11月25日 上午12点", "2026年11月25日 凌晨12点",
        "2026年11月25日 晚上12点", "2026年11月25日 夜里2点", "2026年11月25日 午夜12点", "2026-11-25 13:00 pm",
        "2026-11-25 0:30 am", "2026年11月25日 下午4:30 pm", "2026-11-25 4:30 xm",
    ])
    func refusedForms(_ text: String) {
        #expect(throws: BoardError.invalidDate(field: "due time", value: text)) { try ISODate.parse(text, field: "due time") }
    }

    @Test(arguments: [
        "2026年11月25日 16:30", "2026年11月25日16:30", "2026年11月25日 16时30分", "2026年11月25日16点30分", "2026年11月25日 16点半",
        "2026年11月25号 16:30", "２０２６年１１月２５日　１６：３０", "2026/11/25 16:30", "2026/11/25 16:30:00", "2026-11-25 16:30",
        "2026年11月25日 16时30分0秒",
        // The 12-hour clock with the part of the day, or a.m./p.m.; a part of the day with a 24-hour clock hour.
        "2026年11月25日 下午4点半", "2026年11月25日下午4:30", "2026/11/25 下午 4点30分", "2026年11月25日 下午16:30",
        "2026年11月25日 傍晚4点半", "2026-11-25 4:30 pm", "2026-11-25 4:30PM", "2026/11/25 4:30 p.m.",
    ])
    func theYearFirstFormsAWardWritesAreRead(_ text: String) throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(try ISODate.parse(text, field: "time", timeZone: shanghai) == Self.reference, "\(text)")
    }

    @Test func eachPartOfTheDayReadsItsOwnHours() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        func hour(_ text: String) throws -> Int {
            let date = try ISODate.parse("2026年11月25日 " + text, field: "time", timeZone: shanghai)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = shanghai
            return calendar.component(.hour, from: date)
        }
        #expect(try hour("凌晨3点") == 3)
        #expect(try hour("早上7点") == 7)
        #expect(try hour("上午11点") == 11)
        #expect(try hour("中午12点") == 12)
        #expect(try hour("中午1点") == 13)
        #expect(try hour("下午12点半") == 12)
        #expect(try hour("下午7点") == 19)
        #expect(try hour("晚上8点") == 20)
        #expect(try hour("晚上11点") == 23)
        #expect(try hour("12:30 am") == 0)
        #expect(try hour("12:30 pm") == 12)
        #expect(try hour("9:15 a.m.") == 9)
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
