import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A network between the tests and their PostgreSQL server that can be cut on purpose: a TCP proxy on a loopback
/// port of its own (so parallel runs never collide) that passes every byte to the private cluster's unix socket.
/// `cut()` closes every connection through it at once, as a dropped network does (each side sees its peer go in
/// the middle of whatever it was doing); `refuse(true)` keeps the network down, closing new connections as they
/// come, until `refuse(false)`.
///
/// Each connection is two threads copying bytes (blocking reads are the simplest thing that is obviously right
/// for a handful of connections); a connection's sockets are closed only when both of its threads have stopped,
/// so a descriptor number is never reused under a thread still reading it.
final class TCPProxy: @unchecked Sendable {
    // @unchecked: `links`, `refusing` and `stopped` are only touched while `lock` is held.
    private let lock = NSLock()
    private let listener: Int32
    private let backend: String
    private var links: [Link] = []
    private var refusing = false
    private var stopped = false
    /// The loopback port it listens on.
    let port: UInt16

    /// One client connection and its connection to the server.
    private final class Link: @unchecked Sendable {
        let client: Int32
        let server: Int32
        /// Copying threads still running (only touched under the proxy's lock).
        var running = 2

        init(client: Int32, server: Int32) {
            self.client = client
            self.server = server
        }

        /// Wakes both copying threads: each side reads end-of-file, writes fail.
        func shutDown() {
            shutdown(client, Int32(SHUT_RDWR))
            shutdown(server, Int32(SHUT_RDWR))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts listening on 127.0.0.1 (a free port) for connections to pass to the server's socket `path`.
    init(toUnixSocket path: String) throws {
        backend = path
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw Failure(description: "bind/listen on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// The proxy in front of the test server named by CONSULT_BOARD_TEST_POSTGRES (its `host` is the folder of
    /// the server's socket), and that address rewritten to go through it (TCP, 127.0.0.1, the proxy's port).
    static func inFrontOfTestServer(_ uri: String) throws -> (proxy: TCPProxy, uri: String) {
        guard var parts = URLComponents(string: uri), let items = parts.queryItems,
              let folder = items.first(where: { $0.name == "host" })?.value, folder.hasPrefix("/")
        else { throw Failure(description: "the test server's address has no unix-socket host: \(uri)") }
        let serverPort = items.first { $0.name == "port" }?.value ?? "5432"
        let proxy = try TCPProxy(toUnixSocket: folder + "/.s.PGSQL." + serverPort)
        parts.queryItems = items.filter { $0.name != "host" && $0.name != "port" }
            + [URLQueryItem(name: "host", value: "127.0.0.1"), URLQueryItem(name: "port", value: String(proxy.port))]
        guard let through = parts.string else { throw Failure(description: "cannot rewrite \(uri)") }
        return (proxy, through)
    }

    /// Closes every connection through the proxy now; returns how many there were.
    @discardableResult
    func cut() -> Int {
        lock.lock()
        defer { lock.unlock() }
        for link in links { link.shutDown() }
        return links.count
    }

    /// While `true`, the network is down: new connections are closed as soon as they arrive.
    func refuse(_ down: Bool) {
        lock.lock()
        defer { lock.unlock() }
        refusing = down
    }

    /// Stops listening and cuts every connection.
    func stop() {
        lock.lock()
        let first = !stopped
        stopped = true
        lock.unlock()
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        cut()
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            lock.lock()
            let (down, over) = (refusing, stopped)
            lock.unlock()
            if over {
                if client >= 0 { close(client) }
                close(listener)
                return
            }
            guard client >= 0 else { continue }
            guard !down, let server = connectToServer() else {
                close(client)
                continue
            }
            let link = Link(client: client, server: server)
            lock.lock()
            links.append(link)
            lock.unlock()
            Thread.detachNewThread { [self] in copy(link, from: client, to: server) }
            Thread.detachNewThread { [self] in copy(link, from: server, to: client) }
        }
    }

    private func connectToServer() -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(backend.utf8)
        guard path.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            return nil
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.enumerated() { buffer[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Copies bytes until either side goes, then takes the whole connection down (as a broken network would).
    private func copy(_ link: Link, from source: Int32, to destination: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        copying: while true {
            let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            var sent = 0
            while sent < count {
                // MSG_NOSIGNAL: a peer that is gone is an error here, not a SIGPIPE that ends the test process.
                let written = buffer.withUnsafeBytes { send(destination, $0.baseAddress?.advanced(by: sent), count - sent, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { break copying }
                sent += written
            }
        }
        link.shutDown()
        lock.lock()
        link.running -= 1
        let last = link.running == 0
        if last { links.removeAll { $0 === link } }
        lock.unlock()
        if last {
            close(link.client)
            close(link.server)
        }
    }
}
