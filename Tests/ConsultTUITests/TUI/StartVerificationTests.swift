import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Every TUI session verifies the whole board once at its start (beside the first screen): damage that daily
/// work does not read (a changed line the checkpoint covers) is said on the status line, an intact board says
/// nothing.
@Suite struct StartVerificationTests {
    /// The test ward on disk.
    private func ward(_ folder: TemporaryFolder) throws -> String {
        let path = folder.path("ward")
        try TestWard.write(to: path)
        return path
    }

    @Test func aChangedLineUnderTheCheckpointIsSaidAtTheStart() throws {
        let folder = try TemporaryFolder()
        let path = try ward(folder)
        let journal = path + "/journal.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        let lineTwo = try #require(bytes.firstIndex(of: 0x0A)) + 1
        let target = try #require(bytes[lineTwo...].firstIndex(of: UInt8(ascii: "e")))
        bytes[target] = UInt8(ascii: "E")
        try bytes.write(to: URL(fileURLWithPath: journal))

        let store = try BoardStore(path: path)
        var state = TestWard.state()
        let report = try #require(StartVerification(store: store).wait())
        _ = update(&state, .verified(report))
        let status = try #require(state.status)
        #expect(status.kind == .error)
        #expect(status.text.contains("NOT intact") && status.text.contains("line 2"), "\(status.text)")
        #expect(status.text.contains("consult-board validate"))
        // A Chinese session says the finding in Chinese.
        var chinese = TestWard.state()
        Localisation.with(.simplifiedChinese) { _ = update(&chinese, .verified(report)) }
        let said = try #require(chinese.status).text
        #expect(said.contains("问题：") && said.contains("第 2 行：此行与其哈希值不符") && !said.contains("line"), "\(said)")
    }

    @Test func anIntactBoardSaysNothing() throws {
        let folder = try TemporaryFolder()
        let store = try BoardStore(path: try ward(folder))
        let verification = StartVerification(store: store)
        let report = try #require(verification.wait())
        #expect(report.isIntact, "\(report.findings)")
        #expect(verification.take() == nil, "delivered once")
        var state = TestWard.state()
        _ = update(&state, .verified(report))
        #expect(state.status == nil)
    }
}
