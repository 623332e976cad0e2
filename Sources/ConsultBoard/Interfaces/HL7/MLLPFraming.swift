/// The Minimal Lower Layer Protocol's frames (HL7 v2.5.1 Implementation Guide, appendix C): each message is sent
/// as <VT> message <FS><CR>. Pure: bytes in, whole messages out, and what is left waiting for more.
public struct MLLPFraming: Sendable {
    public static let start: UInt8 = 0x0B
    public static let end: [UInt8] = [0x1C, 0x0D]

    /// The largest message taken; a frame growing past it is refused and thrown away, so a sender (or a stray
    /// connection) cannot make the listener hold unbounded memory.
    public var maximumBytes: Int
    private var buffer: [UInt8] = []
    private var inFrame = false

    public init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// What the bytes received so far make.
    public enum Item: Sendable, Equatable {
        /// A whole message (the bytes between the start and end blocks).
        case message([UInt8])
        /// A frame that grew past the limit; its bytes were thrown away up to the next start block.
        case tooLarge
    }

    /// Adds received bytes; returns the whole frames they complete. Bytes outside a frame are ignored, as the
    /// protocol says (line noise, a sender's keep-alive).
    public mutating func receive(_ bytes: some Sequence<UInt8>) -> [Item] {
        var items: [Item] = []
        for byte in bytes {
            if !inFrame {
                if byte == Self.start {
                    inFrame = true
                    buffer.removeAll(keepingCapacity: true)
                }
                continue
            }
            if byte == Self.start {
                // A new start block inside a frame: the earlier frame was cut off; start again.
                buffer.removeAll(keepingCapacity: true)
                continue
            }
            buffer.append(byte)
            if buffer.count >= 2, buffer[buffer.count - 2] == Self.end[0], buffer[buffer.count - 1] == Self.end[1] {
                items.append(.message(Array(buffer.dropLast(2))))
                buffer.removeAll(keepingCapacity: true)
                inFrame = false
            } else if buffer.count > maximumBytes + 2 {
                items.append(.tooLarge)
                buffer.removeAll(keepingCapacity: false)
                inFrame = false
            }
        }
        return items
    }

    /// Whether part of a frame is waiting (a connection closed now would lose an unfinished message).
    public var hasPartialFrame: Bool { inFrame }

    /// A message framed for sending.
    public static func frame(_ message: String) -> [UInt8] {
        frame(bytes: Array(message.utf8))
    }

    /// A message already in the bytes of its character set, framed.
    public static func frame(bytes: [UInt8]) -> [UInt8] {
        [start] + bytes + end
    }
}
