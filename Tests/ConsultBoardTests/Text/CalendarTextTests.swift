import Foundation
import Testing
@testable import ConsultBoard

/// `CalendarText` writes what `String(format:)` wrote before it replaced it in alert lines, fever days and the
/// handoff's clock.
@Suite struct CalendarTextTests {
    @Test(arguments: [2, 4])
    func paddingAgreesWithPrintfForEveryNumberNearTheWidth(width: Int) {
        for n in -10_050...10_050 {
            #expect(CalendarText.padded(n, width) == String(format: "%0\(width)d", n), "\(n)")
        }
    }

    @Test func daysAndTimesAgreeWithPrintf() {
        let calendar = ClinicalTime.calendar(TimeZone(identifier: "Asia/Shanghai") ?? .current)
        var random = SeededGenerator(seed: 3)
        for _ in 0..<2_000 {
            let date = Date(timeIntervalSince1970: Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &random)))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let (y, mo, d, h, mi) = (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
            #expect(CalendarText.day(c) == String(format: "%04d-%02d-%02d", y, mo, d))
            #expect(CalendarText.dayAndMinute(c) == String(format: "%04d-%02d-%02d %02d:%02d", y, mo, d, h, mi))
            #expect(CalendarText.clock(c) == String(format: "%02d:%02d", h, mi))
        }
        #expect(CalendarText.dayAndMinute(DateComponents(year: 2026, month: 11, day: 5, hour: 8, minute: 3)) == "2026-11-05 08:03")
    }
}
