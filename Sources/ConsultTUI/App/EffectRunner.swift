import ConsultBoard
import Foundation

/// Does the work `update` asks for, outside the pure world, and answers with the action that reports it.
///
/// Every change goes through `BoardStore.apply` (the one door); the runner never writes board files itself.
/// Others' changes are noticed through the store's `OpenBoard` (one `stat`; only new journal bytes are read).
struct EffectRunner {
    var board: OpenBoard
    let author: String
    /// The clock (a fixed one in tests).
    var now: @Sendable () -> Date = { Date() }
    /// Keeps the open editor's text on disk (see `keepDraft`); nil in tests that need no files.
    var drafts: DraftKeeper?
    /// The ward's settings the handoff preview flags values with.
    var settings: WardSettings
    /// Where `lp`/`lpr` are looked for (the process's environment; a stand-in printer in tests).
    var printEnvironment = ProcessInfo.processInfo.environment
    /// Keeps the reader's unread marks in their own file (nil in tests that need no files).
    var readMarks: ReadMarksKeeper?
    /// Whether a `ward.set` entry came in since the settings were last read (see `wardSettingsChange`).
    private var wardSettingsMoved = false
    private var lastDraftWrite = Date.distantPast
    private var draftFailureShown = false

    init(
        board: OpenBoard, author: String, now: @escaping @Sendable () -> Date = { Date() }, drafts: DraftKeeper? = nil,
        settings: WardSettings = .shipped
    ) {
        self.board = board
        self.settings = settings
        self.author = author
        self.now = now
        self.drafts = drafts
    }

    /// Mirrors the editor's draft on disk: written at most every 2 seconds while it changes (at once with
    /// `immediately`, when the session is ending without its author), removed when the editor closes. Returns
    /// an error to show, once, if the draft cannot be written.
    mutating func keepDraft(_ draft: NoteDraft?, immediately: Bool = false) -> Action? {
        guard let drafts else { return nil }
        let time = now()
        if draft != nil, !immediately, time.timeIntervalSince(lastDraftWrite) < 2 { return nil }
        do throws(StoreError) {
            try drafts.keep(draft)
            lastDraftWrite = time
            draftFailureShown = false
            return nil
        } catch {
            guard !draftFailureShown else { return nil }
            draftFailureShown = true
            return .failed("cannot keep a copy of the note being written (\(error)); sign it with Ctrl-S soon")
        }
    }

    /// Runs one effect; `nil` when there is nothing to report (quitting).
    mutating func run(_ effect: Effect, on current: Board) -> Action? {
        switch effect {
        case let .apply(commands, summary):
            do throws(StoreError) {
                let ids = try board.store.apply(commands.map(signedFromDraft), author: author, at: now())
                let entries = try board.refresh()
                return .applied(board.board, entries, ids: ids, summary: summary)
            } catch {
                if case .rejected(.staleRevision) = error, let entries = try? board.refresh() {
                    return .conflict(board.board, entries, message: error.shown)
                }
                return .failed(error.shown)
            }
        case let .loadHistory(mrn):
            do throws(StoreError) {
                return .historyLoaded(mrn, try board.store.entries(since: 0, patient: mrn))
            } catch {
                return .failed(error.shown)
            }
        case let .writeFile(path, contents):
            // Private like every file the product writes (0600 whatever the umask): a handoff names patients.
            do throws(HandoffError) {
                try HandoffFile.write(contents, to: path)
                return .saved(path: path)
            } catch {
                return .failed(error.shown)
            }
        case let .renderHandoff(mrns, title, width, sort):
            do throws(HandoffError) {
                let template = try HandoffTemplate.standard(.text)
                let text = try Handoff.render(
                    board: current, mrns: mrns, template: template, width: width, sort: sort, generatedBy: author, now: now(),
                    timeZone: .current, settings: settings)
                return .previewReady(title: title, text: text)
            } catch {
                return .failed(error.shown)
            }
        case let .print(text, title):
            do throws(HandoffError) {
                return .printed(try HandoffPrinter(environment: printEnvironment).print(text, title: title))
            } catch {
                return .failed(error.shown)
            }
        case .quit:
            return nil
        }
    }

    /// The note or addendum being signed, carrying the id of the draft kept on disk for it, so that once it is
    /// in the journal that draft is never offered again, even if this session is killed before removing it.
    func signedFromDraft(_ command: BoardCommand) -> BoardCommand {
        guard let id = drafts?.draftID, let kept = drafts?.kept else { return command }
        switch command {
        case var .addNote(note) where kept.noteID == nil && kept.mrn == note.mrn:
            note.draftID = id
            return .addNote(note)
        case var .addAddendum(addendum) where kept.noteID == addendum.noteID:
            addendum.draftID = id
            return .addAddendum(addendum)
        default:
            return command
        }
    }

    /// Checks for changes made elsewhere; the action that brings them in, if there are any.
    mutating func poll(_ current: Board) -> Action? {
        guard board.hasChanges() else { return nil }
        do throws(StoreError) {
            let entries = try board.refresh()
            // No entries but a different board: the journal was repaired and the board read afresh.
            guard !entries.isEmpty || board.board.revision != current.revision else { return nil }
            if entries.contains(where: { $0.command.kind == .recordWardSetting }) { wardSettingsMoved = true }
            return .boardChanged(board.board, entries)
        } catch {
            return .failed(error.shown)
        }
    }
}

extension EffectRunner {
    /// After `poll` brought in a change of the ward's settings (`consult-board ward set` elsewhere): the settings
    /// read again from the board, for the counts, the alerts and the handoff preview; a setting that cannot be
    /// read (a folder board's file edited by hand) is said on the status line and the old settings stay.
    mutating func wardSettingsChange() -> Action? {
        guard wardSettingsMoved else { return nil }
        wardSettingsMoved = false
        do throws(WardSettingsError) {
            settings = try board.store.wardSettings()
            return .wardSettingsChanged(settings)
        } catch {
            return .failed(error.shown)
        }
    }
}

/// Feeds an action through `update` and runs the effects it asks for, feeding their results back in, until
/// nothing is left to do.
func dispatch(_ action: Action, state: inout AppState, runner: inout EffectRunner) {
    var queue = [action]
    while !queue.isEmpty {
        let next = queue.removeFirst()
        for effect in update(&state, next) {
            if let result = runner.run(effect, on: state.board) { queue.append(result) }
        }
    }
}
