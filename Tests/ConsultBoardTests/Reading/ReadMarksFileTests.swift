import Foundation
import Testing
@testable import ConsultBoard

/// The reader's own read-marks file: private (0600 in a 0700 folder whatever the umask), written whole, and never
/// trusted when damaged, someone else's, open to others or made for another board or person.
@Suite struct ReadMarksFileTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    private func file(_ folder: StoreFolder, reader: String = "dr.li") -> ReadMarksFile {
        ReadMarksFile(
            location: .folder(folder.board), createdAt: Sample.start, reader: reader,
            environment: ["XDG_STATE_HOME": folder.path("state"), "HOME": folder.path("home")])
    }

    private func marks(_ file: ReadMarksFile) -> ReadMarks {
        var marks = ReadMarks(board: file.board, reader: file.reader, baseline: 12)
        marks.markSeen("SCI-0001", through: 20)
        marks.markSeen("SCI-0001", area: .labs, through: 18)
        return marks
    }

    @Test func marksAreKeptPrivatelyUnderUmask022AndReadBack() throws {
        let folder = try StoreFolder()
        let old = umask(0o022)
        defer { umask(old) }
        let file = file(folder)
        #expect(file.path.hasPrefix(folder.path("state") + "/consult-board/read-marks/"))
        #expect(try file.load() == nil, "no file yet: the first time on this board")
        try file.save(marks(file))
        #expect(mode(file.path) == 0o600)
        #expect(mode(folder.path("state") + "/consult-board") == 0o700)
        #expect(mode(folder.path("state") + "/consult-board/read-marks") == 0o700)
        #expect(try file.load() == marks(file))
        let leftovers = FileIO.list(folder.path("state") + "/consult-board/read-marks").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func withoutXDGStateHomeTheFileIsUnderHome() throws {
        let folder = try StoreFolder()
        let file = ReadMarksFile(location: .folder(folder.board), createdAt: Sample.start, reader: "dr.li", environment: ["HOME": folder.path("home")])
        #expect(file.path.hasPrefix(folder.path("home") + "/.local/state/consult-board/read-marks/"))
    }

    @Test func eachBoardAndReaderHasItsOwnFile() throws {
        let folder = try StoreFolder()
        let li = file(folder)
        #expect(li.path != file(folder, reader: "dr.wang").path)
        let recreated = ReadMarksFile(
            location: .folder(folder.board), createdAt: Sample.at(1), reader: "dr.li", environment: ["XDG_STATE_HOME": folder.path("state")])
        #expect(li.path != recreated.path, "a board created afresh in the same folder starts its sequence again")
        let database = try BoardLocation.parse("postgresql://dr_li:secret@db.ward/boards?board=spine3")
        let other = try BoardLocation.parse("postgresql://dr_wang@db.ward/boards?board=spine3")
        let key = ReadMarksFile.boardKey(database, createdAt: Sample.start)
        #expect(key == ReadMarksFile.boardKey(other, createdAt: Sample.start), "the login is not part of the board")
        #expect(!key.contains("secret"))
        #expect(key != ReadMarksFile.boardKey(try BoardLocation.parse("postgresql://db.ward/boards?board=spine4"), createdAt: Sample.start))
    }

    @Test func aDamagedFileIsRefusedWithOneLineAndReplacedOnTheNextSave() throws {
        let folder = try StoreFolder()
        let file = file(folder)
        try file.save(marks(file))
        try Data("{\"format\":\"consult-board.read-ma".utf8).write(to: URL(fileURLWithPath: file.path))
        chmod(file.path, 0o600)
        #expect(throws: ReadMarksError.self) { try file.load() }
        do {
            _ = try file.load()
        } catch {
            #expect(error.description.contains("not trusted") && error.description.contains("damaged"))
            #expect(!error.description.contains("\n"))
        }
        try file.save(marks(file))
        #expect(try file.load() == marks(file))
    }

    @Test func aFileOthersCanChangeOrMadeForAnotherReaderIsRefused() throws {
        let folder = try StoreFolder()
        let file = file(folder)
        try file.save(marks(file))
        chmod(file.path, 0o666)
        #expect(throws: ReadMarksError.self) { try file.load() }
        chmod(file.path, 0o600)
        #expect(try file.load() != nil)
        // dr.wang's marks copied over dr.li's file.
        let wang = self.file(folder, reader: "dr.wang")
        try wang.save(marks(wang))
        try FileManager.default.removeItem(atPath: file.path)
        try FileManager.default.copyItem(atPath: wang.path, toPath: file.path)
        chmod(file.path, 0o600)
        #expect(throws: ReadMarksError.refused(file: file.path, reason: .tr("readMarks.reason.otherBoard"))) { try file.load() }
    }

    @Test func aSymbolicLinkIsRefused() throws {
        let folder = try StoreFolder()
        let file = file(folder)
        try file.save(marks(file))
        let elsewhere = folder.path("elsewhere.json")
        try FileManager.default.moveItem(atPath: file.path, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: elsewhere)
        #expect(throws: ReadMarksError.refused(file: file.path, reason: .tr("readMarks.reason.symlink"))) { try file.load() }
    }
}

extension ReadMarksFileTests {
    /// Only root can give a file to another user; elsewhere the mode and link checks above stand in.
    @Test(.enabled(if: getuid() == 0, "giving a file to another user needs root"))
    func aFileBelongingToAnotherUserIsRefused() throws {
        let folder = try StoreFolder()
        let file = file(folder)
        try file.save(marks(file))
        #expect(chown(file.path, 4_242, 4_242) == 0)
        #expect(throws: ReadMarksError.refused(file: file.path, reason: .tr("readMarks.reason.notYours", ["owner": "4242"]))) { try file.load() }
    }
}
