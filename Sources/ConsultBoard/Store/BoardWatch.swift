#if canImport(Glibc)
import Glibc
#endif

/// Wakes a reader the moment another process changes the board, instead of it asking every quarter second.
///
/// Linux's inotify reports every change to the files directly in the board's folder (an append to the journal, a
/// repaired journal renamed into place). The watch only says "something changed": the reader then asks the store
/// (`OpenBoard.refresh`), which reads under the lock exactly as a poll would, so a wake-up too many costs one
/// file-size check and a missed one cannot happen while the reader also polls at its usual pace.
///
/// Where inotify is not available (another kernel, the limit of watches reached) `fileDescriptor` is `nil` and the
/// reader keeps polling.
public final class BoardWatch: @unchecked Sendable {
    // @unchecked: the descriptor is set once in init and only read afterwards; closing happens in deinit.

    /// A descriptor that becomes readable when the board changed; wait on it with poll(2) beside the terminal.
    public let fileDescriptor: Int32?

    public init(folder: String) {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            fileDescriptor = nil
            return
        }
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_DELETE)
        guard inotify_add_watch(fd, folder, mask) >= 0 else {
            close(fd)
            fileDescriptor = nil
            return
        }
        fileDescriptor = fd
        #else
        fileDescriptor = nil
        #endif
    }

    public convenience init(_ store: BoardStore) {
        self.init(folder: store.layout.folder)
    }

    /// Reads away the events that woke the reader, so the descriptor waits again; whether there were any.
    @discardableResult
    public func drain() -> Bool {
        guard let fd = fileDescriptor else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var any = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return any }
            any = true
        }
    }

    deinit {
        if let fd = fileDescriptor { close(fd) }
    }
}
