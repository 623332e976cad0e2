import CNcursesw
import ConsultBoard
import Foundation

/// Asks the terminal itself how wide it draws an East Asian Ambiguous character, before curses starts.
///
/// Why: the locale does not say. A `zh_CN.UTF-8` session in tmux, xterm, GNOME Terminal or Windows Terminal draws
/// "…", "·" and "│" one column wide, while a terminal set up for CJK fonts draws them two. Laid out for the wrong
/// one, every row with such a character shifts by a column: cells the canvas thinks covered keep stale text, and a
/// time in the History tab read "15:45" where the change said 15:15. So, unless `CONSULT_BOARD_AMBIGUOUS` says, the
/// TUI writes "…" at the start of the line, asks where the cursor went (a cursor position report, ECMA-48 DSR 6,
/// which xterm-compatible terminals answer), and lays out by what it saw. A terminal that does not answer keeps
/// the locale's guess. Keys typed during the question are kept for the session (`typedAhead`).
struct AmbiguousWidthProbe {
    /// Whether the terminal drew the character two columns wide; `nil` when it did not say.
    var wide: Bool?
    /// Bytes that came in around the answer (keys typed meanwhile), in order.
    var typedAhead: [UInt8] = []

    /// How long a terminal may take to answer (a remote one answers over the network).
    static let patience: Int32 = 1000

    /// Lays this process out for the terminal's own width of "…", unless `CONSULT_BOARD_AMBIGUOUS` says (the user's
    /// word wins) or there is no terminal to ask. Returns the keys typed meanwhile.
    @discardableResult
    static func adoptTerminalWidth() -> [UInt8] {
        guard (ProcessInfo.processInfo.environment[AmbiguousWidth.environmentVariable] ?? "").isEmpty else { return [] }
        let probe = measure()
        if let wide = probe.wide, wide != Localisation.ambiguousIsWide {
            Localisation.setProcessDefaults(language: Localisation.language, ambiguousWide: wide)
        }
        return probe.typedAhead
    }

    /// Measures on the process's terminal (standard input and output), leaving the line as it found it.
    static func measure() -> AmbiguousWidthProbe {
        let input = STDIN_FILENO
        guard isatty(input) == 1, isatty(STDOUT_FILENO) == 1 else { return AmbiguousWidthProbe() }
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return AmbiguousWidthProbe() }
        var quiet = saved
        // Byte by byte and unechoed: the answer must not appear on the screen or wait for a newline.
        quiet.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(input, TCSANOW, &quiet) == 0 else { return AmbiguousWidthProbe() }
        defer { _ = tcsetattr(input, TCSANOW, &saved) }
        // The terminal's own control writes (as for bracketed paste), straight to standard output.
        cb_write_raw("\r\u{2026}\u{1B}[6n")
        let received = readAnswer(from: input)
        // Back to the start of the line, and the probe's character erased.
        cb_write_raw("\r\u{1B}[K")
        return parse(received)
    }

    /// The terminal's bytes until its answer ends ("R") or it has been silent for `patience`.
    private static func readAnswer(from input: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        let deadline = Date().addingTimeInterval(Double(patience) / 1000)
        while received.count < 4096 {
            let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            guard left > 0, poll(&descriptor, 1, left) == 1 else { break }
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            received += buffer.prefix(count)
            if parse(received).wide != nil { break }
        }
        return received
    }

    /// The answer ("ESC [ row ; column R") found in `bytes`, and the bytes around it. The probe's character was
    /// written at column 1: an answer of column 2 is a narrow terminal, 3 a wide one.
    static func parse(_ bytes: [UInt8]) -> AmbiguousWidthProbe {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B, let (column, end) = report(in: bytes, at: index) {
                let others = Array(bytes[..<index]) + Array(bytes[end...])
                switch column {
                case 2: return AmbiguousWidthProbe(wide: false, typedAhead: others)
                case 3: return AmbiguousWidthProbe(wide: true, typedAhead: others)
                default: return AmbiguousWidthProbe(wide: nil, typedAhead: others)
                }
            }
            index += 1
        }
        return AmbiguousWidthProbe(wide: nil, typedAhead: bytes)
    }

    /// The column of a cursor position report starting at `start`, and where the report ends.
    private static func report(in bytes: [UInt8], at start: Int) -> (column: Int, end: Int)? {
        var index = start + 1
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        func number() -> Int? {
            var value = 0
            var digits = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), digits < 6 {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }
        guard number() != nil, index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
        index += 1
        guard let column = number(), index < bytes.count, bytes[index] == UInt8(ascii: "R") else { return nil }
        return (column, index + 1)
    }
}
