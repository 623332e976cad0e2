import ConsultBoard
import Foundation
import Testing

/// A board on a disk that is full or read-only (a real tmpfs): writes are refused in one line naming the file
/// and the reason, nothing is half written, reading still works, and once there is room again writing works.
@Suite(.serialized, .enabled(if: SmallDisk.isAvailable, SmallDisk.unavailableReason))
struct FullAndReadOnlyDiskTests {
    @Test func aFullDiskRefusesWritesWithoutDamage() throws {
        let disk = try SmallDisk(bytes: 1 << 20)
        let board = try FaultBoard(patients: 1, at: disk.path + "/board")
        for index in 0..<3 { try board.add(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "Before \(index)"]) }
        try disk.fill(leaving: 6 * 1024)

        var acknowledged: [String] = []
        var refusals = 0
        let paragraph = String(repeating: "Observation stable, plan unchanged. ", count: 40)  // about 1.4 kB
        for index in 0..<40 where refusals < 3 {
            let before = try board.files()
            let outcome = try board.run(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "Full \(index) " + paragraph])
            if outcome.status == 0 {
                acknowledged.append(outcome.stdoutText.trimmingCharacters(in: .newlines))
                continue
            }
            refusals += 1
            #expect(outcome.isOneLineError, "\(outcome.report)")
            #expect(outcome.stderrText.contains("No space left on device"), "says why: \(outcome.report)")
            #expect(outcome.stderrText.contains(disk.path), "names the file: \(outcome.report)")
            #expect(try board.journal() == before["journal.jsonl"], "no half line was left in the journal")
            let verdict = try board.validate()
            #expect(verdict.status == 0, "still intact: \(verdict.report)")
        }
        #expect(refusals > 0, "the disk did fill up")
        let notes = try board.record().notes
        for id in acknowledged { #expect(notes.contains { $0.id == id }, "acknowledged \(id) is there") }

        try disk.makeRoom()
        try board.add(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "After the disk was cleared"])
        let verdict = try board.validate()
        #expect(verdict.status == 0, "\(verdict.report)")
        #expect(try board.record().notes.count == 3 + acknowledged.count + 1)
    }

    @Test func aReadOnlyBoardIsReadableAndRefusesWritesInOneLine() throws {
        let disk = try SmallDisk(bytes: 1 << 20)
        let board = try FaultBoard(patients: 1, at: disk.path + "/board")
        try board.add(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "Before"])
        let exported = try board.run(["export"]).stdout
        try disk.makeReadOnly()
        let before = try board.files()

        for read in [["patients"], ["show", FaultBoard.mrn], ["audit"], ["handoff"], ["validate"]] {
            let outcome = try board.run(read)
            #expect(outcome.status == 0, "reading a read-only board works: \(outcome.report)")
        }
        #expect(try board.run(["export"]).stdout == exported)
        for write in [
            ["note", "add", FaultBoard.mrn, "--service", "ward", "--text", "x"],
            ["admit", "--mrn", "SCI-RO", "--name", "X", "--age", "40", "--sex", "M", "--bed", "9", "--diagnosis", "Y"],
            ["validate", "--repair"],
        ] {
            let outcome = try board.run(write)
            if write[0] == "validate" {
                #expect(outcome.status == 0, "an intact board needs no repair, read-only or not: \(outcome.report)")
                continue
            }
            #expect(outcome.isOneLineError, "\(outcome.report)")
            #expect(outcome.stderrText.lowercased().contains("read-only"), "says why: \(outcome.report)")
            #expect(outcome.stderrText.contains(board.path), "names the file: \(outcome.report)")
        }
        #expect(try board.files() == before)
    }
}
