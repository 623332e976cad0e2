import Foundation
import Testing
@testable import ConsultBoard

/// Files streamed from the database arrive in any order; each patient (group) is decoded once, from exactly its
/// own files, and the results come back in the groups' order, whatever order the groups completed in. A group whose
/// files did not all come, or that has none, is decoded from what came, so the decoder can name what is missing.
@Suite struct GroupedFileArrivalTests {
    /// What a decode saw: its group and its files' names and contents, sorted.
    private static func seen(_ group: Int, _ files: [String: Data]) -> String {
        "\(group):" + files.keys.sorted().map { "\($0)=\(String(decoding: files[$0] ?? Data(), as: UTF8.self))" }.joined(separator: ",")
    }

    @Test func interleavedGroupsAreEachDecodedFromTheirOwnFilesInOrder() {
        let decodes = LockedList<Int>()
        let arrival = GroupedFileArrival(expected: [2, 1, 3, 0]) { group, files in
            decodes.append(group)
            return Self.seen(group, files)
        }
        // Group 2's files come around the others'; group 1 completes first, group 0 second, group 2 last.
        arrival.take(group: 2, name: "c.labs", content: Data("L".utf8))
        arrival.take(group: 0, name: "a.record", content: Data("R0".utf8))
        arrival.take(group: 1, name: "b.record", content: Data("R1".utf8))
        arrival.take(group: 2, name: "c.record", content: Data("R2".utf8))
        arrival.take(group: 0, name: "a.labs", content: Data("L0".utf8))
        arrival.take(group: 7, name: "stray", content: Data("?".utf8))
        arrival.take(group: 2, name: "c.notes", content: Data("N".utf8))
        #expect(arrival.results() == [
            "0:a.labs=L0,a.record=R0", "1:b.record=R1", "2:c.labs=L,c.notes=N,c.record=R2", "3:",
        ])
        #expect(decodes.all.sorted() == [0, 1, 2, 3], "each group decoded exactly once")
    }

    @Test func aGroupWhoseFilesDidNotAllComeIsDecodedFromWhatCame() {
        let arrival = GroupedFileArrival(expected: [2, 1]) { group, files in Self.seen(group, files) }
        arrival.take(group: 0, name: "a.record", content: Data("R0".utf8))
        arrival.take(group: 1, name: "b.record", content: Data("R1".utf8))
        #expect(arrival.results() == ["0:a.record=R0", "1:b.record=R1"])
    }

    @Test func aFileThatComesTwiceCountsOnce() {
        let arrival = GroupedFileArrival(expected: [2]) { group, files in Self.seen(group, files) }
        arrival.take(group: 0, name: "a.record", content: Data("old".utf8))
        arrival.take(group: 0, name: "a.record", content: Data("R0".utf8))
        #expect(arrival.results() == ["0:a.record=R0"])
    }
}
