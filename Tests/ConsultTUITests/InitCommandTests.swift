import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func initCreatesABoardAndRefusesASecondTime() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let first = try ConsultBoardProcess.run(["init", "--board", board, "--ward", "Spine 3", "--author", "dr.li"])
        #expect(first.status == 0, "\(first)")
        let second = try ConsultBoardProcess.run(["init", "--board", board])
        #expect(second.status != 0)
        #expect(second.stderr.contains("already exists"))
    }
}
