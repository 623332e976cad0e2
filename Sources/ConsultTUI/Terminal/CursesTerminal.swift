import CNcursesw
import ConsultBoard
import Foundation

/// The curses driver: copies a `Canvas` to the screen and turns `get_wch` results into `TerminalEvent`s.
///
/// Raw mode (so Ctrl-S and Ctrl-C reach the app instead of flow control and SIGINT), no echo, keypad keys
/// decoded, a 25 ms Escape delay, the mouse where the terminal reports it, and bracketed paste so pasted text
/// arrives as one `.paste` (its newlines never act as keys). `shutdown()` undoes all of it; callers use `defer`.
final class CursesTerminal {
    /// What the terminal reported.
    enum Event: Equatable {
        case key(Key)
        case resize(width: Int, height: Int)
        case click(x: Int, y: Int)
    }

    /// Why the terminal UI cannot start here, in one line saying what to do instead.
    struct NoTerminal: Error, CustomStringConvertible {
        var description: String

        init(_ description: String? = nil) {
            self.description = description ?? tr("terminal.none", ["term": Self.environment("TERM")])
        }

        static func environment(_ name: String) -> String { ProcessInfo.processInfo.environment[name] ?? "unset" }

        // Worded when thrown (not at start-up), in the language the command line chose.
        static var noUTF8Locale: NoTerminal { NoTerminal(tr("terminal.noUTF8Locale", ["lang": environment("LANG")])) }
        static var unknownTerminal: NoTerminal { NoTerminal(tr("terminal.unknown", ["term": environment("TERM")])) }
        static var dumbTerminal: NoTerminal { NoTerminal(tr("terminal.dumb", ["term": environment("TERM")])) }
    }

    private let colour: Bool
    private var isOpen = false
    /// Characters read ahead while looking for an escape sequence, to be delivered next.
    private var pending: [Event] = []

    /// Starts curses. Colour is used when the terminal has it and `colourWanted` (false when NO_COLOR is set).
    init(colourWanted: Bool) throws {
        // Whatever LANG says (C, or a zh_CN.UTF-8 that is not installed), draw in a UTF-8 locale or not at all:
        // in another, curses draws Chinese names blank and notes as garbage, without a word.
        guard cb_choose_utf8_locale() != 0 else { throw NoTerminal.noUTF8Locale }
        SignalTrap.resetInherited()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NoTerminal() }
        switch cb_terminal_usable() {
        case 0: throw NoTerminal.unknownTerminal
        case -1: throw NoTerminal.dumbTerminal
        default: break
        }
        let typedAhead = AmbiguousWidthProbe.adoptTerminalWidth()
        guard cb_start() == 1 else { throw NoTerminal() }
        isOpen = true
        // Keys typed while the terminal answered are read first, in the order they came.
        for scalar in String(decoding: typedAhead, as: UTF8.self).unicodeScalars.reversed() {
            _ = unget_wch(wchar_t(bitPattern: scalar.value))
        }
        raw()
        noecho()
        nonl()
        cb_keypad(1)
        set_escdelay(25)
        curs_set(0)
        colour = colourWanted && has_colors()
        if colour {
            start_color()
            use_default_colors()
            init_pair(Self.pair(.danger), cb_color_red(), -1)
            init_pair(Self.pair(.warning), cb_color_yellow(), -1)
            init_pair(Self.pair(.good), cb_color_green(), -1)
            init_pair(Self.pair(.accent), cb_color_cyan(), -1)
            init_pair(Self.pair(.muted), cb_color_white(), -1)
        }
        mouseinterval(0)
        _ = mousemask(cb_mouse_events(), nil)
        cb_write_raw("\u{1B}[?2004h")
    }

    deinit { shutdown() }

    /// Restores the terminal. Safe to call more than once.
    func shutdown() {
        guard isOpen else { return }
        isOpen = false
        cb_write_raw("\u{1B}[?2004l")
        curs_set(1)
        endwin()
    }

    var size: (width: Int, height: Int) { (Int(cb_max_x()), Int(cb_max_y())) }

    /// Whether the terminal has gone away (a closed window, a dropped connection) without the SIGHUP that
    /// usually says so. Reads on it then fail at once instead of waiting, and the run loop would spin.
    var isGone: Bool { isatty(STDIN_FILENO) != 1 }

    // MARK: - Drawing

    /// Copies the canvas to the screen; curses sends only what changed since the last frame.
    func present(_ canvas: Canvas) {
        var current: Style?
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                if cell.style != current {
                    let (attributes, pair) = attributes(for: cell.style)
                    cb_set_attributes(attributes, pair)
                    current = cell.style
                }
                var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                _ = cb_put(Int32(y), Int32(x), wide)
            }
        }
        cb_set_attributes(cb_a_normal(), 0)
        if let cursor = canvas.cursor {
            curs_set(1)
            cb_move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        cb_refresh()
    }

    private static func pair(_ tone: Style.Tone) -> Int16 {
        switch tone {
        case .normal: 0
        case .danger: 1
        case .warning: 2
        case .good: 3
        case .accent: 4
        case .muted: 5
        }
    }

    /// Curses attributes for a style: a colour pair when colour is on; bold, underline and dim otherwise, so
    /// danger and warnings still stand out on a monochrome terminal.
    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = cb_a_normal()
        var pair: Int16 = 0
        if colour {
            pair = Self.pair(style.tone)
            if style.tone == .muted { attributes |= cb_a_dim() }
        } else {
            switch style.tone {
            case .danger: attributes |= cb_a_bold() | cb_a_underline()
            case .warning, .accent: attributes |= cb_a_bold()
            case .muted: attributes |= cb_a_dim()
            case .normal, .good: break
            }
        }
        if style.bold { attributes |= cb_a_bold() }
        if style.reverse { attributes |= cb_a_reverse() }
        if style.underline { attributes |= cb_a_underline() }
        return (attributes, pair)
    }

    // MARK: - Input

    /// Waits until a key is typed or `other` becomes readable, at most `milliseconds`: the run loop waits on the
    /// keyboard and the board's change signal together, so another person's change shows at once.
    ///
    /// Only when curses holds nothing read ahead (the run loop takes every key before it waits again); a signal
    /// (a resize, SIGTERM) ends the wait early, and the loop then reads what it brought.
    func waitForInput(orReadable other: Int32, milliseconds: Int32) -> (input: Bool, other: Bool) {
        guard pending.isEmpty else { return (true, false) }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: other, events: Int16(POLLIN), revents: 0)]
        let ready = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), milliseconds) }
        guard ready > 0 else { return (false, false) }
        return (fds[0].revents != 0, fds[1].revents != 0)
    }

    /// The next event, waiting at most `milliseconds` (0: only what is already there). `nil` when none came.
    func nextEvent(waitingAtMost milliseconds: Int32) -> Event? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let (code, isKeyCode) = read(waitingAtMost: milliseconds) else { return nil }
        if isKeyCode { return keyCodeEvent(code) }
        if code == 27 { return escapeSequence() }
        return KeyDecoder.character(code).map(Event.key)
    }

    private func read(waitingAtMost milliseconds: Int32) -> (UInt32, Bool)? {
        cb_timeout(milliseconds)
        var character: wint_t = 0
        let result = cb_get_wch(&character)
        if result == cb_err() { return nil }
        return (UInt32(character), result == cb_key_code_yes())
    }

    private func keyCodeEvent(_ code: UInt32) -> Event? {
        let code = Int32(bitPattern: code)
        if code == cb_key_resize() {
            let (width, height) = size
            return .resize(width: width, height: height)
        }
        if code == cb_key_mouse() {
            var x: Int32 = 0
            var y: Int32 = 0
            var state: mmask_t = 0
            guard cb_get_mouse(&x, &y, &state) == 1 else { return nil }
            if cb_mouse_is_wheel_up(state) == 1 { return .key(.wheelUp) }
            if cb_mouse_is_wheel_down(state) == 1 { return .key(.wheelDown) }
            if cb_mouse_is_click(state) == 1 { return .click(x: Int(x), y: Int(y)) }
            return nil
        }
        return KeyDecoder.keyCode(code).map(Event.key)
    }

    /// After an Escape: a lone Escape key, a bracketed paste, or an unknown escape sequence (swallowed, so it
    /// never types "[1;5A" into a note).
    private func escapeSequence() -> Event? {
        guard let (next, isKeyCode) = read(waitingAtMost: 0) else { return .key(.escape) }
        if isKeyCode { return keyCodeEvent(next) }  // Alt + a special key: the key alone.
        guard next == UInt32(UInt8(ascii: "[")) || next == UInt32(UInt8(ascii: "O")) else {
            return nil  // Alt + a character: not a key this app uses.
        }
        var sequence = ""
        while let (code, _) = read(waitingAtMost: 10), let scalar = Unicode.Scalar(code) {
            sequence.unicodeScalars.append(scalar)
            if (0x40...0x7E).contains(code) || sequence.count > 16 { break }
        }
        guard sequence == "200~" else { return nil }
        return .key(.paste(readPaste()))
    }

    /// Reads a bracketed paste up to its end marker (ESC [ 201 ~), or until the input stops for a second.
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        let endMarker = Array("\u{1B}[201~".unicodeScalars)
        var tail: [Unicode.Scalar] = []
        while let (code, isKeyCode) = read(waitingAtMost: 1000) {
            if isKeyCode { continue }
            guard let scalar = Unicode.Scalar(code) else { continue }
            tail.append(scalar)
            if tail.count > endMarker.count { text.append(tail.removeFirst()) }
            if tail == endMarker { return String(text) }
            if text.count > 1_000_000 { break }
        }
        text.append(contentsOf: tail)
        return String(text)
    }
}
