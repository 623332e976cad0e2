import ConsultBoard
import Foundation

/// The TUI's run loop: draw, wait for a key or another person's change to the board (at most 250 ms), bring the
/// change in, repeat.
///
/// The terminal is restored on every way out: `q`, Ctrl-C, SIGTERM/SIGINT/SIGHUP (the handlers only set a flag
/// that this loop checks), a terminal that went away, and a thrown error (`defer`). While the note editor is open
/// its text is kept on disk (`EffectRunner.keepDraft`), so a session that ends without its author loses nothing.
enum TerminalApp {
    /// How the session ended.
    enum Exit: Equatable {
        case quit
        case signal(Int32)
    }

    /// Draws `firstScreen` as soon as the terminal is up, then runs the session `open` builds
    /// (reading the whole board takes longer than the board list needs, and the ward sees the list meanwhile).
    /// The first screen is only drawn: keys typed meanwhile wait for the session.
    static func run(firstScreen: () throws -> AppState, open: () throws -> (AppState, EffectRunner)) throws -> Exit {
        let terminal = try CursesTerminal(colourWanted: (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)
        SignalTrap.install()
        var state: AppState
        var runner: EffectRunner
        do {
            var first = try firstScreen()
            let (width, height) = terminal.size
            _ = update(&first, .resize(width: width, height: height))
            // Keys typed now are read once the session is open: the status line says why nothing moves yet.
            first.say(tr("status.readingWholeBoard"), .info)
            var frame = Canvas(width: first.width, height: first.height)
            ScreenView.draw(first, into: &frame)
            terminal.present(frame)
            (state, runner) = try open()
        } catch {
            terminal.shutdown()
            throw error
        }
        return try run(state: &state, runner: &runner, terminal: terminal)
    }

    private static func run(state: inout AppState, runner: inout EffectRunner, terminal: CursesTerminal) throws -> Exit {
        let exit = try loop(&state, &runner, terminal: terminal)
        _ = runner.readMarks?.keep(state.unread.marks)
        switch exit {
        case .quit:
            // Quitting asked first if typed text would be lost: nothing to keep.
            _ = runner.keepDraft(nil)
        case .signal:
            // The author is gone (the window closed, the connection dropped, the process was told to stop): the
            // note being written stays on disk, and their next session reopens it.
            _ = runner.keepDraft(state.noteDraft, immediately: true)
        }
        return exit
    }

    private static func loop(_ state: inout AppState, _ runner: inout EffectRunner, terminal: CursesTerminal) throws -> Exit {
        defer { terminal.shutdown() }
        // Wakes the loop when the board changes (inotify); without it the loop still checks every 250 ms.
        let watch = runner.board.store.watch()

        let (width, height) = terminal.size
        dispatch(.resize(width: width, height: height), state: &state, runner: &runner)
        var frame = Canvas(width: 0, height: 0)
        var needsDrawing = true
        var lastTick = Date()
        var verification: StartVerification?
        while !state.isQuitting {
            if let signal = SignalTrap.pending { return .signal(signal) }
            if needsDrawing {
                frame = Canvas(width: state.width, height: state.height)
                ScreenView.draw(state, into: &frame)
                terminal.present(frame)
                needsDrawing = false
                // Once the first screen is up: the whole board's check, beside the session.
                if verification == nil { verification = StartVerification(store: runner.board.store) }
            }
            var actions: [Action] = []
            var keys: [Key] = []
            var wait: Int32 = 250
            if let changes = watch.fileDescriptor {
                let ready = terminal.waitForInput(orReadable: changes, milliseconds: 250)
                if ready.other { watch.drain() }
                // A key is there: read it at once (the short wait covers the rest of a multi-byte character).
                wait = ready.input ? 10 : 0
            }
            // Take every key already typed (a paste arrives as many keys at once) before drawing again; while
            // they keep coming, wait a little for the rest, so that a long paste is seen whole. After a character
            // wait a few milliseconds for the next even at the start: a terminal (or tmux, or a loaded machine)
            // may deliver one paste in several writes, and a paste read as typed keys would act as commands. A
            // person cannot type three different keys within these gaps, so typing is still read as keys
            // (PasteBurst), each shown at most a few milliseconds later.
            while keys.count < 1_000_000, let event = terminal.nextEvent(waitingAtMost: wait) {
                switch event {
                case let .key(key):
                    keys.append(key)
                    wait = keys.count > 2 ? 20 : PasteBurst.mayContinue(key) ? 8 : 0
                case let .resize(width, height):
                    wait = 0
                    actions.append(.resize(width: width, height: height))
                case let .click(x, y):
                    wait = 0
                    if let target = frame.target(atX: x, y: y) { actions.append(.click(target)) }
                }
            }
            actions += PasteBurst.coalesce(keys).map(Action.key)
            // No key in 250 ms is normal; none because the terminal is gone ends the session as its SIGHUP would.
            if actions.isEmpty, terminal.isGone { return .signal(SIGHUP) }
            if let change = runner.poll(state.board) { actions.append(change) }
            if let settings = runner.wardSettingsChange() { actions.append(settings) }
            if let report = verification?.take() { actions.append(.verified(report)) }
            let now = Date()
            if now.timeIntervalSince(lastTick) >= 5 {
                lastTick = now
                actions.append(.tick(now))
            }
            for action in actions {
                dispatch(action, state: &state, runner: &runner)
                if state.isQuitting { break }
            }
            needsDrawing = needsDrawing || !actions.isEmpty
            if let failure = runner.keepDraft(state.noteDraft) {
                dispatch(failure, state: &state, runner: &runner)
                needsDrawing = true
            }
            if let failure = runner.readMarks?.keep(state.unread.marks) {
                dispatch(failure, state: &state, runner: &runner)
                needsDrawing = true
            }
        }
        return .quit
    }
}
