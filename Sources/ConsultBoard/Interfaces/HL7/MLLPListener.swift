import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The laboratory system's connection to the board: a TCP listener speaking MLLP. Every message is handed to the
/// feed (recorded through the board's one door, on disk before its ACK goes back); the listener keeps running
/// through malformed frames, refused messages and dropped connections. One thread per connection, so one slow or
/// stuck sender does not stop another.
public final class MLLPListener: @unchecked Sendable {
    // @unchecked: `socket` is set once in init; `stopping` is only ever set to true (a flag read by the loops).
    public let feed: HL7Feed
    public let maximumBytes: Int
    private let socket: Int32
    /// The port bound (the one asked for, or the one the system chose for port 0).
    public let port: UInt16
    private let stopping = StopFlag()

    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, in words (`shown` in the reader's language, `description` in English).
        public var text: ShownText
        public var description: String { text.english }
        public var shown: String { text.shown }
    }

    /// Binds `host:port` (an IPv4 address; 0 for any free port) and starts listening.
    public init(feed: HL7Feed, host: String, port: UInt16, maximumBytes: Int) throws(Failure) {
        self.feed = feed
        self.maximumBytes = maximumBytes
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(text: .tr("hl7.listen.noSocket", ["reason": SystemErrorWords.reason(errno)])) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(fd)
            throw Failure(text: .tr("hl7.listen.notIPv4", ["host": .plain(host)]))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let reason = SystemErrorWords.reason(errno)
            close(fd)
            throw Failure(text: .tr("hl7.listen.cannotListen", ["address": .plain("\(host):\(port)"), "reason": reason]))
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.socket = fd
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    deinit { close(socket) }

    /// Accepts connections until `stop()`; each is served on its own thread.
    public func run(log: @escaping @Sendable (String) -> Void) {
        while !stopping.isSet {
            var entry = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 200) > 0 else { continue }
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { continue }
            // Not inherited by a printer command or anything else this process starts.
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            let thread = Thread { [self] in self.serve(connection, log: log) }
            thread.start()
        }
    }

    /// Ends `run` (and the connections, at their next read) soon; safe from a signal-watching thread.
    public func stop() { stopping.set() }

    /// One connection: frames in, ACKs out, until the sender closes it or the listener stops.
    func serve(_ connection: Int32, log: @Sendable (String) -> Void) {
        defer { close(connection) }
        var framing = MLLPFraming(maximumBytes: maximumBytes)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopping.isSet {
            var entry = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 200) >= 0 else { return }
            if entry.revents == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
            if count <= 0 {
                if framing.hasPartialFrame { log("a connection closed in the middle of a message; nothing of it was recorded") }
                return
            }
            for item in framing.receive(buffer[0..<count]) {
                let outcome: HL7Feed.Outcome
                switch item {
                case let .message(bytes):
                    // Read in the set its MSH-18 declares (UTF-8, or GB 18030 from a Chinese hospital system),
                    // and answered in the same.
                    do throws(HL7Error) {
                        let read = try HL7CharacterSet.read(bytes)
                        outcome = feed.receive(read.text, answeringIn: read.characterSet)
                    } catch {
                        outcome = feed.refuse(error.description)
                    }
                case .tooLarge:
                    outcome = feed.refuse("the message is longer than \(maximumBytes) bytes, the most this listener takes")
                }
                log("\(outcome.code) \(outcome.text)")
                let answer = outcome.characterSet.encode(outcome.acknowledgement) ?? Array(outcome.acknowledgement.utf8)
                guard send(MLLPFraming.frame(bytes: answer), on: connection) else { return }
            }
        }
    }

    /// Writes all of `bytes`; false when the connection is gone.
    private func send(_ bytes: [UInt8], on connection: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }
}

/// A flag set once, read from several threads.
final class StopFlag: @unchecked Sendable {
    // @unchecked: guarded by the lock.
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
