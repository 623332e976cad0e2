import ConsultBoard
import Foundation

/// Opens a board in the terminal UI: draws the board list first from the board without its notes, then loads
/// the whole board, builds the session's state (reopening a note its author was writing when their last session
/// ended without them) and runs until the user quits.
enum TUILauncher {
    /// The ward's settings come from the board (a folder board's ward files, a database board's rows); a folder
    /// board keeps note drafts in its folder, a board in a database keeps none across sessions (docs/storage.md).
    /// `store`: the board as the command opened it (whose roster named the author: one connection, not two).
    static func open(_ store: any BoardStoring, author: String) throws -> TerminalApp.Exit {
        Terminology.prepareInBackground()
        let folder = store as? BoardStore
        if let folder { try Terminology.activate(forBoardAt: folder.folder.path) }
        // Read once for both screens: the first screen's counts are the session's.
        let settings = try wardSettings(store)
        return try TerminalApp.run(
            firstScreen: {
                // Every patient without notes, the selected one whole: the list, its counts and the summary as
                // the whole board shows them, at a cost that does not grow with the notes. Only drawn.
                let board = try store.loadBoardList(wholeRecordOf: AppState.firstSelection)
                return session(on: board, settings: settings, store: store, author: author).state
            },
            open: {
                let open = try store.open()
                var (state, readMarks) = session(on: open.board, settings: settings, store: store, author: author)
                let drafts = folder.map { DraftKeeper(store: $0) }
                if let drafts { reopenDraft(into: &state, drafts: drafts) }
                var runner = EffectRunner(board: open, author: author, drafts: drafts, settings: state.settings)
                runner.readMarks = readMarks
                return (state, runner)
            })
    }

    /// The state of a session on `board`: the counts made under the ward's `settings`, the print width, and what
    /// the author has not seen yet.
    static func session(
        on board: Board, settings: WardSettings, store: any BoardStoring, author: String
    ) -> (state: AppState, readMarks: ReadMarksKeeper) {
        var state = AppState(board: board, author: author, now: Date(), width: 80, height: 24, settings: settings)
        let printWidth = PrintSetup.width(fromEnvironment: ProcessInfo.processInfo.environment)
        state.printSetup.width = printWidth.width
        if let problem = printWidth.problem { state.say(problem, .error) }
        let readMarks = prepareUnread(&state, store: store)
        return (state, readMarks)
    }

    /// The board's state under the ward's settings (the counts are made under its numbers).
    static func state(on board: Board, store: any BoardStoring, author: String, width: Int = 80, height: Int = 24) throws -> AppState {
        AppState(board: board, author: author, now: Date(), width: width, height: height, settings: try wardSettings(store))
    }

    /// The ward's settings as the board holds them; one that cannot be read stops the opening with its words.
    static func wardSettings(_ store: any BoardStoring) throws -> WardSettings {
        do throws(WardSettingsError) { return try store.wardSettings() } catch { throw CLIError.passedOn(error.shown) }
    }

    /// Reopens the newest draft of this author that no running session holds. Drafts that cannot be reopened
    /// (their patient left the board, or the file is damaged) stay where they are, and the status line says so.
    static func reopenDraft(into state: inout AppState, drafts: DraftKeeper) {
        let found = drafts.adoptableDrafts(of: state.author)
        var left = found.unreadable.count
        var reopened = false
        for candidate in found.drafts {
            var trial = state
            if !reopened, trial.restore(candidate.draft, timeFormat: TimeFormat(timeZone: state.timeZone)), drafts.adopt(candidate) {
                state = trial
                reopened = true
            } else {
                left += 1
                state.keptDrafts.append(candidate.draft)
            }
        }
        if left > 0 {
            let count = left == 1 ? "a note draft" : "\(left) note drafts"
            let message = "\(count) could not be reopened here; kept in \(drafts.folder)"
            if reopened, let status = state.status {
                state.say(status.text + " (\(message))", .info)
            } else {
                state.say(message.prefix(1).uppercased() + message.dropFirst(), .info)
            }
        }
    }
}
