import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finding a byte string in a file's bytes without decoding them (a repair record, a draft's id in the journal).
enum ByteSearch {
    /// Where `needle` first occurs in `buffer` at or after `from` (`memchr` for its first byte, then a compare).
    static func find(_ needle: [UInt8], in buffer: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let base = buffer.baseAddress, let first = needle.first else { return nil }
        var cursor = from
        while cursor + needle.count <= buffer.count {
            guard let hit = memchr(base + cursor, Int32(first), buffer.count - cursor - needle.count + 1) else { return nil }
            let at = UnsafeRawPointer(hit) - base
            if memcmp(base + at, needle, needle.count) == 0 { return at }
            cursor = at + 1
        }
        return nil
    }

    /// The lines of `data` that hold `needle`, each once, and whether it ends with a newline (is complete).
    static func lines(containing needle: [UInt8], in data: Data) -> [(bytes: Data, complete: Bool)] {
        var found: [(bytes: Data, complete: Bool)] = []
        data.withUnsafeBytes { buffer in
            var from = 0
            while let at = find(needle, in: buffer, from: from) {
                var start = at
                while start > 0 && buffer[start - 1] != 0x0A { start -= 1 }
                var end = at
                while end < buffer.count && buffer[end] != 0x0A { end += 1 }
                found.append((data[(data.startIndex + start)..<(data.startIndex + end)], end < buffer.count))
                from = end
            }
        }
        return found
    }
}
