import ConsultBoard
import Foundation

/// The app's one state transition: what an action does to the state, and what work it asks the world to do.
///
/// Pure: no files, no terminal, no clock (time arrives as `.tick`). Keys go to the topmost layer first (a
/// question, the help, the editor, a form, the filter being typed) and only then to the screen underneath, so a
/// `q` typed into a note is a letter, never a quit.
func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    // Whatever changed the board or the clock, the ⚠ counts follow (only changed patients are counted again).
    defer {
        state.alertCounts.refresh(state.board, now: state.now, timeZone: state.timeZone, rules: state.settings.safetyRules)
        state.criticalCounts.refresh(state.board, ranges: state.settings.referenceRanges)
    }
    switch action {
    case let .resize(width, height):
        state.width = width
        state.height = height
        state.keepSelectionVisible()
        return []
    case let .tick(now):
        state.now = now
        if let status = state.status, status.kind != .error, now.timeIntervalSince(status.at) > 30 { state.status = nil }
        return []
    case let .boardChanged(board, entries):
        // Read before a save of ours brought the same changes in (a refused save refreshes the board): nothing new,
        // and its notice must not hide the refusal on the status line.
        // (No entries at all: the journal was repaired and the board read afresh; that always comes in.)
        guard board.revision > state.board.revision || entries.isEmpty else { return [] }
        state.receiveChanges(board: board, entries: entries)
        return []
    case let .wardSettingsChanged(settings):
        // Every patient is counted again under the new numbers (the deferred refresh above).
        state.settings = settings
        state.alertCounts = AlertCounts()
        state.criticalCounts = CriticalCounts()
        state.say(tr("status.wardSettingsChanged"), .notice)
        return []
    case let .applied(board, entries, ids, summary):
        state.board = board
        state.appendToHistory(entries)
        state.takeInUnread(entries)
        state.finishSave(ids: ids, summary: summary)
        return []
    case let .conflict(board, entries, message):
        state.receiveConflict(board: board, entries: entries, message: message)
        return []
    case let .failed(message):
        state.saving = nil
        state.say(message, .error)
        return []
    case let .historyLoaded(mrn, entries):
        state.history[mrn] = entries
        return []
    case let .saved(path):
        state.say(tr("status.savedTo", ["path": path]), .info)
        return []
    case let .previewReady(title, text):
        let lines = Sanitizer.multiline(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        state.preview = PreviewState(title: title, lines: lines, text: text)
        state.status = nil
        return []
    case let .printed(message):
        state.say(tr("status.printed") + (message.isEmpty ? "" : ": \(Sanitizer.line(message))"), .info)
        return []
    case let .verified(report):
        // An intact board says nothing (the session goes on as it began); damage stays on the status line.
        if let first = report.problems.first {
            state.say(tr("status.boardNotIntact", count: report.problems.count, ["problem": Sanitizer.line(first.shownDescription)]), .error)
        }
        return []
    case let .click(target):
        return state.click(target)
    case let .key(key):
        return state.handle(key)
    }
}

extension AppState {
    /// Routes a key to the topmost layer that takes keys.
    mutating func handle(_ key: Key) -> [Effect] {
        if status?.kind == .error { status = nil }
        if key == .ctrl("c") { return requestQuit() }
        if layout.isTooSmall {
            // Only quitting makes sense until the window is bigger; nothing typed is touched.
            return key == .char("q") ? requestQuit() : []
        }
        if confirmation != nil { return answerConfirmation(key) }
        if showingHelp {
            showingHelp = false
            return []
        }
        if editor != nil { return handleEditorKey(key) }
        if examWorksheet != nil { return handleWorksheetKey(key) }
        if preview != nil { return handlePreviewKey(key) }
        if clinicalView != nil, case let .patient(mrn) = screen, form == nil {
            return handleClinicalViewKey(key, record: board.patients[mrn])
        }
        if form != nil { return handleFormKey(key) }
        if filterInput != nil {
            if case let .patient(mrn) = screen { return handleNoteSearchKey(key, mrn: mrn) }
            return handleFilterKey(key)
        }
        switch screen {
        case .board: return handleBoardKey(key)
        case let .patient(mrn): return handlePatientKey(key, mrn: mrn)
        }
    }

    /// `q`, Ctrl-C: quits at once when nothing typed would be lost, else asks.
    mutating func requestQuit() -> [Effect] {
        if hasUnsavedWork {
            confirmation = Confirmation(purpose: .quit, message: tr("confirm.quit"))
            return []
        }
        isQuitting = true
        return [.quit]
    }

    mutating func answerConfirmation(_ key: Key) -> [Effect] {
        guard let question = confirmation else { return [] }
        switch key {
        case .char("y"), .char("Y"):
            confirmation = nil
            switch question.purpose {
            case .discardEditor:
                editor = nil
                say(tr("status.noteDiscarded"), .info)
            case .discardForm:
                form = nil
            case .discardWorksheet:
                examWorksheet = nil
            case .quit:
                isQuitting = true
                return [.quit]
            case let .orderWithAlert(command):
                saving = .form
                return [.apply([command], summary: tr("status.savedWithAlert"))]
            case let .labWithWarning(command):
                saving = .form
                return [.apply([command], summary: tr("status.savedLabWithWarning"))]
            case let .sharedBed(command):
                saving = .form
                if case .updatePatient = command { return [.apply([command], summary: tr("status.savedMovedSharedBed"))] }
                return [.apply([command], summary: tr("status.savedSharedBed"))]
            }
        case .char("n"), .char("N"), .escape:
            confirmation = nil
        default:
            break
        }
        return []
    }

    // MARK: - Results of effects

    /// Where a save came from, so its result closes the right layer.
    enum SaveOrigin: Sendable, Equatable { case editor, form, worksheet }

    mutating func finishSave(ids: [String?], summary: String) {
        let id = ids.compactMap { $0 }.first
        switch saving {
        case .editor:
            if let editor, case .note = editor.purpose { lastService = editor.service }
            editor = nil
        case .form:
            form = nil
        case .worksheet:
            examWorksheet = nil
        case nil:
            break
        }
        saving = nil
        say(summary + (id.map { " (\($0))" } ?? ""), .info)
        if case .patient = screen {
            // Select what was just created, so the user sees it.
            if let id, let tab = Self.tab(forRecord: id) {
                tabCursors[tab, default: ListCursor()].selectedID = id
                tabCursors[tab, default: ListCursor()].detailScroll = 0
                keepSelectionVisible()
            }
        } else if let id, board.patients[id] != nil {
            selectedMRN = id
            keepSelectionVisible()
        }
    }

    /// The tab that lists records with this id's prefix.
    static func tab(forRecord id: String) -> PatientTab? {
        switch id.split(separator: "-").first.map(String.init) {
        case RecordKind.note.rawValue: .notes
        case RecordKind.consult.rawValue: .consults
        case RecordKind.order.rawValue: .orders
        case RecordKind.result.rawValue: .results
        case RecordKind.lab.rawValue: .labs
        case RecordKind.complication.rawValue: .complications
        default: nil
        }
    }

    /// Takes in changes made elsewhere: the cursor, the open tab and anything being typed stay as they are.
    mutating func receiveChanges(board newBoard: Board, entries: [JournalEntry]) {
        board = newBoard
        appendToHistory(entries)
        takeInUnread(entries)
        // A patient who left (discharged elsewhere) is no longer in the list: select one that is.
        if selectedMRN == nil || board.patients[selectedMRN ?? ""]?.patient.isOnWard != true { selectedMRN = visiblePatients.first?.mrn }
        if let last = entries.last {
            // Who and which patient first: the summary (a note's text...) may be cut at the screen's edge.
            var text = ""
            if let mrn = last.patient, let patient = board.patients[mrn]?.patient {
                text += "\(Sanitizer.line(patient.name)) (\(mrn)) · "
            }
            text += "\(Sanitizer.line(last.author)): \(last.summary)"
            if entries.count > 1 { text = tr("status.more", ["count": String(entries.count - 1)]) + text }
            say(text, .notice)
        }
        keepSelectionVisible()
    }

    mutating func appendToHistory(_ entries: [JournalEntry]) {
        for entry in entries {
            if let mrn = entry.patient, history[mrn] != nil, history[mrn]?.last.map({ $0.sequence < entry.sequence }) ?? true {
                history[mrn]?.append(entry)
            }
        }
    }

    mutating func say(_ text: String, _ kind: StatusMessage.Kind) {
        status = StatusMessage(text: text, kind: kind, at: now)
    }

    // MARK: - Mouse

    mutating func click(_ target: HitTarget) -> [Effect] {
        guard confirmation == nil, editor == nil, form == nil, !layout.isTooSmall else { return [] }
        showingHelp = false
        switch target {
        case let .patient(mrn):
            if selectedMRN == mrn, screen == .board { return openPatient(mrn) }
            selectedMRN = mrn
            keepSelectionVisible()
            return []
        case let .tab(tab):
            guard case let .patient(mrn) = screen else { return [] }
            return switchTab(to: tab, mrn: mrn)
        case let .listRow(index):
            guard case let .patient(mrn) = screen, let record = board.patients[mrn] else { return [] }
            let ids = TabContent.ids(tab, record: record, history: history[mrn], noteSearch: noteQuery)
            guard ids.indices.contains(index) else { return [] }
            tabCursors[tab, default: ListCursor()].selectedID = ids[index]
            tabCursors[tab, default: ListCursor()].detailScroll = 0
            return []
        case .criticalValues:
            // The open patient's values first (the Overview lists them); from the board, the whole ward's.
            if case let .patient(mrn) = screen, let record = board.patients[mrn],
                CriticalValueLoop.openCount(record, ranges: settings.referenceRanges) > 0
            {
                openForm(.criticalValue(mrn))
            } else {
                openForm(.criticalValue(nil))
            }
            return []
        }
    }
}
