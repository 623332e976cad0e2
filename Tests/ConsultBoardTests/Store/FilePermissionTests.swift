import Foundation
import Testing
@testable import ConsultBoard

/// The board holds patient data: readable by its owner only, or by owner and group in a group-shared folder.
@Suite struct FilePermissionTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    private func everything(in folder: String) -> [String] {
        var paths = [folder]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String { paths.append(folder + "/" + name) }
        return paths
    }

    @Test func aBoardIsOwnerOnlyByDefault() throws {
        let folder = try StoreFolder()
        let old = umask(0o022)
        defer { umask(old) }
        let store = try Sample.board(at: folder.board, patients: 2).checkpointingEvery(1)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        _ = try BoardStore.repair(at: folder.board)
        for path in everything(in: folder.board) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            #expect(mode(path) == (isFolder.boolValue ? 0o700 : 0o600), "\(path) has mode \(String(mode(path), radix: 8))")
        }
        #expect(!BoardStore.validate(at: folder.board).findings.contains { $0.severity == .warning })
    }

    @Test func aBoardInAGroupSharedFolderIsOwnerAndGroup() throws {
        let folder = try StoreFolder()
        let shared = folder.path("ward")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        chmod(shared, 0o2770)
        let old = umask(0o077)
        defer { umask(old) }
        let store = try Sample.board(at: shared + "/board", patients: 1).checkpointingEvery(1)
        try store.apply([Sample.note("SCI-0001")], author: "dr.li")
        for path in everything(in: shared + "/board") {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            #expect(mode(path) & 0o777 == (isFolder.boolValue ? 0o770 : 0o660), "\(path) has mode \(String(mode(path), radix: 8))")
        }
        #expect(mode(shared + "/board") & 0o2000 != 0, "the setgid bit is kept, so new files keep the group")
    }

    @Test func anExportIsOwnerOnly() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        try store.export().write(to: folder.path("export.json"))
        #expect(mode(folder.path("export.json")) == 0o600)
    }

    @Test func validateWarnsAboutFilesOthersCanRead() throws {
        let folder = try StoreFolder()
        try Sample.board(at: folder.board, patients: 1)
        chmod(folder.file("journal.jsonl"), 0o644)
        let report = BoardStore.validate(at: folder.board)
        #expect(report.isIntact)
        #expect(report.findings.contains { $0.severity == .warning && $0.file.hasSuffix("journal.jsonl") })
    }
}
