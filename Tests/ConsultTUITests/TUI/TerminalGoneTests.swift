import ConsultBoard
import Foundation
import Testing

/// A terminal can vanish without a SIGHUP (the program was not its session's foreground process, a multiplexer
/// died): every read then fails at once. The TUI must end, not spin on the failing reads for hours.
@Suite struct TerminalGoneTests {
    @Test func theSessionEndsWhenItsTerminalGoesAway() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        try TestWard.write(to: board)
        let terminal = try PseudoTerminal(width: 120, height: 40)

        let side = Int32(terminal.programSide)
        let child = try ChildProcess.start(
            try ConsultBoardProcess.executable.path, ["tui", "--board", board, "--author", "dr.li"],
            environment: [
                "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": folder.path("state"),
            ],
            stdin: .descriptor(side), stdout: .descriptor(side), stderr: .descriptor(side))
        defer { child.send(SIGKILL) }

        // The screen was drawn: the UI is up and waiting for keys.
        #expect(terminal.readsOutput(within: 30), "the TUI drew nothing")
        terminal.close()

        let outcome = child.wait(seconds: 30)
        #expect(outcome != nil, "the TUI was still running 30 s after its terminal went away")
        if let outcome {
            #expect(outcome.ending == .exited(128 + SIGHUP))  // ended as a hang-up does
        }
    }
}

/// A pseudo-terminal that is nobody's controlling terminal, so closing it sends no SIGHUP.
private final class PseudoTerminal {
    private var controller: Int32
    private(set) var programSide: Int32

    init(width: Int, height: Int) throws {
        // posix_openpt and friends are not visible from Swift's Glibc module; these are the ioctls they make
        // (asm-generic/ioctls.h, as on x86_64 and arm64 Linux).
        let getNumber: UInt = 0x8004_5430  // TIOCGPTN
        let setLock: UInt = 0x4004_5431  // TIOCSPTLCK
        controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var number: Int32 = 0
        var unlocked: Int32 = 0
        guard controller >= 0, ioctl(controller, setLock, &unlocked) == 0, ioctl(controller, getNumber, &number) == 0 else {
            throw TestSetupError("cannot open a pseudo-terminal (errno \(errno))")
        }
        programSide = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard programSide >= 0 else { throw TestSetupError("cannot open /dev/pts/\(number) (errno \(errno))") }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(programSide, UInt(TIOCSWINSZ), &size)
    }

    /// Whether the program wrote anything within `seconds`.
    func readsOutput(within seconds: Int32) -> Bool {
        var ready = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, seconds * 1000) == 1 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        return read(controller, &buffer, buffer.count) > 0
    }

    /// Closes both sides: the program's reads now fail with EIO.
    func close() {
        if controller >= 0 { Glibc.close(controller) }
        if programSide >= 0 { Glibc.close(programSide) }
        controller = -1
        programSide = -1
    }

    deinit { close() }
}
