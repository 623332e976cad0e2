import Foundation
import Testing
@testable import ConsultBoard

@Suite struct FeverSummaryTests {
    let t0 = TestWard.t0  // 2026-11-24 08:00 UTC

    func reading(_ celsius: Double, hours: Double, id: String = "L-1") -> TemperatureReading {
        TemperatureReading(id: id, at: t0.addingTimeInterval(hours * 3600), celsius: celsius)
    }

    @Test func thirtyEightPointZeroIsFeverAndThirtySevenNineIsNot() {
        #expect(reading(38.0, hours: 0).isFever)
        #expect(!reading(37.9, hours: 0).isFever)
        let summary = FeverSummary(readings: [reading(37.9, hours: -2)], now: t0, timeZone: .utc)
        #expect(summary.feverDays.isEmpty)
        #expect(!summary.isFebrileNow)
    }

    @Test func feverDaysAreCalendarDaysOfTheWardTimeZone() {
        // 23:30 and 00:30 UTC: two days in UTC, one (07:30 and 08:30 on 25 Nov) in Shanghai.
        let readings = [reading(38.4, hours: 15.5, id: "L-1"), reading(38.6, hours: 16.5, id: "L-2")]
        let now = t0.addingTimeInterval(20 * 3600)
        #expect(FeverSummary(readings: readings, now: now, timeZone: .utc).feverDays.map(\.day) == ["2026-11-24", "2026-11-25"])
        let shanghai = FeverSummary(readings: readings, now: now, timeZone: .shanghai)
        #expect(shanghai.feverDays.map(\.day) == ["2026-11-25"])
        #expect(shanghai.feverDays.first?.readings.count == 2)
        #expect(shanghai.feverDays.first?.peak?.id == "L-2")
    }

    @Test func feverOnTwoDaysWithinTheLastSevenIsRecurrent() {
        // Today is 24 Nov; the window is 18-24 Nov. Fever on 18 Nov (6 days ago) and today: recurrent.
        let inside = FeverSummary(readings: [reading(38.2, hours: -6 * 24), reading(38.3, hours: -1)], now: t0, timeZone: .utc)
        #expect(inside.recurrentFever)
        #expect(inside.recentFeverDays.map(\.day) == ["2026-11-18", "2026-11-24"])
        // Fever on 17 Nov (7 days ago) is outside the window: one fever day only.
        let outside = FeverSummary(readings: [reading(38.2, hours: -7 * 24), reading(38.3, hours: -1)], now: t0, timeZone: .utc)
        #expect(!outside.recurrentFever)
        #expect(outside.feverDays.count == 2)
    }

    @Test func manyFebrileReadingsOnOneDayAreNotRecurrent() {
        let oneDay = FeverSummary(
            readings: [reading(38.2, hours: -7), reading(38.9, hours: -5), reading(38.5, hours: -1)], now: t0, timeZone: .utc)
        #expect(oneDay.feverDays.count == 1)
        #expect(!oneDay.recurrentFever)
    }

    @Test func feverIsCurrentFor24Hours() {
        #expect(FeverSummary(readings: [reading(38.5, hours: -23)], now: t0, timeZone: .utc).isFebrileNow)
        #expect(FeverSummary(readings: [reading(38.5, hours: -24)], now: t0, timeZone: .utc).isFebrileNow)
        #expect(!FeverSummary(readings: [reading(38.5, hours: -25)], now: t0, timeZone: .utc).isFebrileNow)
        // A reading after `now` (a later entry) does not make the patient febrile at `now`.
        #expect(!FeverSummary(readings: [reading(38.5, hours: 2)], now: t0, timeZone: .utc).isFebrileNow)
    }

    @Test func episodesSplitAfterAFullDayWithoutFever() {
        let summary = FeverSummary(
            readings: [
                reading(38.5, hours: -72, id: "L-1"), reading(37.0, hours: -60, id: "L-2"), reading(38.1, hours: -48, id: "L-3"),
                reading(38.7, hours: -23.9, id: "L-4"), reading(38.2, hours: -1, id: "L-5"),
            ],
            now: t0, timeZone: .utc)
        // L-1 and L-3 are 24 h apart (same episode); L-4 is 24 h 6 min after L-3 (a new one).
        #expect(summary.episodes.map { $0.readings.map(\.id) } == [["L-1", "L-3"], ["L-4", "L-5"]])
        #expect(summary.currentEpisode?.first?.id == "L-4")
        #expect(summary.currentEpisode?.peak?.id == "L-4")
    }

    @Test func readsTemperaturesFromTheRecord() throws {
        var ward = try TestWard()
        try ward.temperature(38.4, at: TestWard.at(hours: -2))
        try ward.temperature(36.9, at: TestWard.at(hours: -30))
        try ward.lab("wbc", 14, "10^9/L", at: TestWard.at(hours: -2))
        let summary = FeverSummary.of(ward.record, now: TestWard.t0, timeZone: .utc)
        #expect(summary.readings.map(\.celsius) == [36.9, 38.4])
        #expect(summary.isFebrileNow)
    }
}
