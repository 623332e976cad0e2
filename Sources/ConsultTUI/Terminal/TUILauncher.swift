import ConsultBoard
import Foundation

/// Opens a board in the terminal UI: loads it, builds the first state (reopening a note its author was writing
/// when their last session ended without them) and runs until the user quits.
enum TUILauncher {
    static func open(path: String, author: String) throws -> TerminalApp.Exit {
        let store = try BoardStore(path: path)
        Terminology.activate(try Terminology.forBoard(at: path))
        let open = try store.open()
        var state = AppState(board: open.board, author: author, now: Date(), width: 80, height: 24)
        do { state.settings = try WardSettings.load(board: store.folder) } catch { throw CLIError(error.description) }
        state.criticalCounts.refresh(state.board, ranges: state.settings.referenceRanges)
        let printWidth = PrintSetup.width(fromEnvironment: ProcessInfo.processInfo.environment)
        state.printSetup.width = printWidth.width
        if let problem = printWidth.problem { state.say(problem, .error) }
        let drafts = DraftKeeper(store: store)
        reopenDraft(into: &state, drafts: drafts)
        return try TerminalApp.run(state: state, runner: EffectRunner(board: open, author: author, drafts: drafts, settings: state.settings))
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
