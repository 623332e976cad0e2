import ConsultBoard
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `init` and `import` build the board in a hidden folder and rename it into place: killed at any moment they
/// leave no board or a whole one (never a folder nothing will use), and an export with an extreme revision is
/// refused in one line with nothing created.
@Suite struct KilledCreationTests {
    static let seed = ProcessInfo.processInfo.environment["FAULT_SEED"].flatMap(UInt64.init) ?? 1_012
    static let kills = 10

    @Test func anImportKilledAtAnyMomentLeavesNoBoardOrAWholeOne() throws {
        let source = try FaultBoard(generatedPatients: 6, notes: 60, labs: 120)
        let export = source.folder.path("export.json")
        #expect(try source.run(["export", "--output", export], timeout: 60).status == 0)
        let target = source.folder.path("imported")
        let started = Date()
        #expect(try BoundedRun.run(["import", export, "--board", target], timeout: 120).status == 0)
        let lifetime = Date().timeIntervalSince(started) * 1e6
        try FileManager.default.removeItem(atPath: target)

        var random = SeededGenerator(seed: Self.seed)
        var whole = 0
        for kill in 0..<Self.kills {
            let importer = try RunningProcess(["import", export, "--board", target], environment: [:])
            usleep(UInt32.random(in: 0...UInt32(min(lifetime, 4e6)), using: &random))
            importer.child.send(SIGKILL)
            _ = importer.finish()
            if FileManager.default.fileExists(atPath: target) {
                let verdict = try BoundedRun.run(["validate", "--board", target], timeout: 60)
                #expect(verdict.status == 0, "kill \(kill): what is there is a whole board: \(verdict.report)")
                try FileManager.default.removeItem(atPath: target)
                whole += 1
            }
        }
        // What killed attempts left beside the place is removed by the next import, which succeeds.
        #expect(try BoundedRun.run(["import", export, "--board", target], timeout: 120).status == 0)
        #expect(try BoundedRun.run(["validate", "--board", target], timeout: 60).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: source.folder.url.path).filter { $0.contains(".creating-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        print("killed imports: \(Self.kills - whole) left nothing, \(whole) finished first")
    }

    @Test func anExportWithRevisionIntMaxIsRefusedInOneLineAndCreatesNothing() throws {
        let source = try FaultBoard(patients: 1)
        let export = try source.run(["export"], timeout: 60)
        var object = try #require(try JSONSerialization.jsonObject(with: export.stdout) as? [String: Any])
        object["revision"] = Int.max
        let file = source.folder.path("extreme.json")
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
        let target = source.folder.path("imported")
        let refused = try BoundedRun.run(["import", file, "--board", target], timeout: 60)
        #expect(refused.isOneLineError && refused.stderrText.contains("$.revision"), "\(refused.report)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
