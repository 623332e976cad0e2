import Foundation
import Testing
@testable import ConsultBoard

/// Saving patient data to a file: private and whole, and never replacing a pipe or device with a plain file.
@Suite struct PrivateFileTests {
    @Test func aRegularFileIsReplacedWholeAndPrivate() throws {
        let folder = try StoreFolder()
        let path = folder.path("export.json")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        try PrivateFile.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    /// `--output /dev/stdout`, a named pipe a script reads: the data goes into the pipe, and the pipe stays a pipe.
    @Test func aPipeIsWrittenIntoNotReplaced() throws {
        let folder = try StoreFolder()
        let fifo = folder.path("handoff.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = LockedData()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            guard fd >= 0 else { return }
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                received.append(buffer[0..<count])
            }
            received.finish()
        }
        reader.start()
        try HandoffFile.write("张伟 handoff\n", to: fifo)
        #expect(received.wait(seconds: 30) == Data("张伟 handoff\n".utf8))
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still a pipe")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["handoff.fifo"], "no temporary file left")
    }
}

/// Bytes collected by a reader thread, and a signal that it is done.
final class LockedData: @unchecked Sendable {
    // @unchecked: guarded by the condition's lock.
    private let condition = NSCondition()
    private var data = Data()
    private var done = false

    func append(_ bytes: ArraySlice<UInt8>) { condition.withLock { data.append(contentsOf: bytes) } }
    func finish() { condition.withLock { done = true; condition.broadcast() } }

    func wait(seconds: Double) -> Data? {
        condition.withLock {
            let deadline = Date().addingTimeInterval(seconds)
            while !done { if !condition.wait(until: deadline) { return nil } }
            return data
        }
    }
}
