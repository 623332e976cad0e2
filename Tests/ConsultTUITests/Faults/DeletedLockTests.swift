import ConsultBoard
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A tidy-up script (or a person clearing a "stale lock") deleting `lock` again and again while four writer
/// processes add notes: the board's lock is its folder, which nobody deletes while the board is in use, so
/// nothing is lost, nothing is doubled and nothing is set aside as a torn write.
@Suite struct DeletedLockTests {
    static let writers = 4
    static let notesPerWriter = 15

    @Test func deletingTheLockFileInALoopUnderFourWritersLosesNothing() throws {
        let board = try FaultBoard(patients: 1)
        let lockFile = board.file("lock").path
        let acknowledged = Shared<[String]>([])  // "id text"
        let failures = Shared<[String]>([])
        let writing = DispatchGroup()
        let deleter = DispatchGroup()
        let stop = Shared(false)
        DispatchQueue.global().async(group: deleter) {
            var deletions = 0
            while !stop.with({ $0 }) {
                // What `rm -f lock` does; also recreating it, as a writer of an older version would.
                unlink(lockFile)
                if deletions % 2 == 0 { close(open(lockFile, O_CREAT | O_RDWR, 0o600)) }
                deletions += 1
            }
        }
        DispatchQueue.global().async(group: writing) {
            DispatchQueue.concurrentPerform(iterations: Self.writers) { writer in
                for index in 0..<Self.notesPerWriter {
                    let text = "writer \(writer) note \(index)"
                    do {
                        let outcome = try board.run(["note", "add", FaultBoard.mrn, "--service", "ward", "--text", text], timeout: 60)
                        if outcome.status == 0 {
                            let id = outcome.stdoutText.trimmingCharacters(in: .newlines)
                            acknowledged.with { $0.append(id + " " + text) }
                        } else {
                            failures.with { $0.append(outcome.report) }
                        }
                    } catch {
                        failures.with { $0.append("\(error)") }
                    }
                }
            }
        }
        writing.wait()
        stop.with { $0 = true }
        deleter.wait()

        #expect(failures.with { $0 }.isEmpty, "every writer succeeded: \(failures.with { $0 })")
        let notes = try board.record().notes
        let onBoard = notes.map { "\($0.id) \($0.text)" }
        #expect(onBoard.sorted() == acknowledged.with { $0 }.sorted(), "exactly the acknowledged notes, each once, with the ids their writers were told")
        #expect(Set(notes.map(\.id)).count == notes.count, "no id given twice")
        let setAside = FileManager.default.enumeratorPaths(board.path).filter { $0.contains(".cut-") }
        #expect(setAside.isEmpty, "nothing set aside as a torn write: \(setAside)")
        let verdict = try board.validate()
        #expect(verdict.status == 0, "\(verdict.report)")
    }
}

extension FileManager {
    /// The names of the files directly in `folder`.
    func enumeratorPaths(_ folder: String) -> [String] { (try? contentsOfDirectory(atPath: folder)) ?? [] }
}
