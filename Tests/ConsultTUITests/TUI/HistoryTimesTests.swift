import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The History tab writes the times a change names in the ward's time zone, like its own "when" column: on a
/// UTC+8 ward a lab taken at 08:30 read "2026-11-25T00:30:00Z" in the change's words beside "08:30" in the column.
@Suite struct HistoryTimesTests {
    @Test func aLabsTimeInAChangeIsTheWardsLocalTime() throws {
        let folder = try TemporaryFolder()
        try TestWard.write(to: folder.path("ward"))
        let entries = try BoardStore(path: folder.path("ward")).entries(patient: "SCI-0001")
        let labs = entries.enumerated().compactMap { index, entry -> (Int, Date)? in
            guard case let .addLab(lab) = entry.command else { return nil }
            return (index, lab.at)
        }
        let (index, takenAt) = try #require(labs.first)
        let shanghai = TimeFormat(timeZone: try #require(TimeZone(identifier: "Asia/Shanghai")))
        let list = HistoryTab.list(entries, time: shanghai)
        // The list is newest first.
        let row = list.row(entries.count - 1 - index)
        let what = try #require(row.last?.text)
        #expect(what.contains(shanghai.dateTime(takenAt)), "\(what)")
        #expect(!what.contains(BoardJSON.string(from: takenAt)), "\(what)")
        // `audit` keeps the journal's ISO 8601 time, as its own column does.
        #expect(entries[index].shownSummary.contains(BoardJSON.string(from: takenAt)))
    }
}
