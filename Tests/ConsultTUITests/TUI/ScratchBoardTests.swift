import Foundation
import Testing
@Test func scratchWriteBoard() throws {
    if let path = ProcessInfo.processInfo.environment["SCRATCH_BOARD"] { try TestWard.write(to: path) }
}
