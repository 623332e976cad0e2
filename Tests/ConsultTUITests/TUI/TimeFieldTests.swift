@testable import ConsultTUI
import Foundation
import Testing

/// What a date field reads: the word for the present moment in either language, dates with and without a zone.
struct TimeFieldTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)
    let format = TimeFormat(timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .gmt)

    @Test(arguments: ["now", "NOW", " now ", "现在", " 现在 "])
    func theWordForNowIsReadInEitherLanguage(_ typed: String) {
        #expect(format.parse(typed, now: Self.now) == Self.now)
    }

    @Test(arguments: ["", "nowish", "现在吧", "yesterday", "2026/11/25 08:30"])
    func otherWordsAreNotATime(_ typed: String) {
        #expect(format.parse(typed, now: Self.now) == nil)
    }

    @Test func aLocalTimeIsInTheWardsTimeZone() {
        // 08:30 in Shanghai is 00:30 UTC.
        #expect(format.parse("2026-11-25 08:30", now: Self.now) == ISO8601DateFormatter().date(from: "2026-11-25T00:30:00Z"))
    }
}
