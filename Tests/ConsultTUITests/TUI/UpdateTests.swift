import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// `update`: key sequences in, state and effects out, with no terminal.
@Suite struct UpdateTests {
    /// Feeds keys and collects every effect asked for.
    private func run(_ keys: [Key], on start: AppState = TestWard.state()) -> (AppState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        return (state, effects)
    }

    @Test func arrowsAndViKeysMoveThroughTheBoardSortedByBed() {
        let (state, _) = run([.down, .char("j"), .char("k"), .down])
        // Beds 1, 2, 3, 5, 10, 12: three steps down and one up is bed 3.
        #expect(state.selectedMRN == "SCI-0002")
        let (end, _) = run([.end, .down, .down])
        #expect(end.selectedMRN == "SCI-0001")
        let (home, _) = run([.end, .home, .up])
        #expect(home.selectedMRN == "SCI-0004")
    }

    @Test func sortingBySeverityPutsUnstablePatientsFirstAndKeepsTheSelection() {
        let (state, _) = run([.char("j"), .char("s")])
        #expect(state.sort == .severity)
        #expect(state.visiblePatients.prefix(2).map(\.patient.severity) == [.unstable, .unstable])
        #expect(state.selectedMRN == "SCI-0006")
    }

    @Test func typingAFilterNarrowsTheListAndEnterSelectsTheFirstMatch() {
        let (typing, _) = run([.char("/")] + Key.typing("王"))
        #expect(typing.visiblePatients.map(\.mrn) == ["SCI-0003"])
        #expect(typing.filterInput?.text == "王")
        let (kept, _) = run([.char("/")] + Key.typing("sci-0003") + [.backspace] + Key.typing("2") + [.enter])
        #expect(kept.filter.text == "sci-0002")
        #expect(kept.filterInput == nil)
        #expect(kept.selectedMRN == "SCI-0002")
        let (cleared, _) = run([.char("/")] + Key.typing("bed-that-is-not-there") + [.escape])
        #expect(cleared.filter.text.isEmpty)
        #expect(cleared.visiblePatients.count == 6)
        // The bed matches too.
        let (bed, _) = run([.char("/")] + Key.typing("10") + [.enter])
        #expect(bed.selectedMRN == "SCI-0005")
    }

    @Test func aChineseNameIsFoundByItsPinyin() {
        for query in ["wxy", "wangxiuying", "王xy", "xiuying"] {
            let (state, _) = run([.char("/")] + Key.typing(query))
            #expect(state.visiblePatients.map(\.mrn) == ["SCI-0003"], "\(query)")
        }
        // 陈明 (chen ming) and 李娜 (li na) by initials; an English name is still found as written.
        #expect(run([.char("/")] + Key.typing("cm")).0.visiblePatients.map(\.mrn) == ["SCI-0001"])
        #expect(run([.char("/")] + Key.typing("lina")).0.visiblePatients.map(\.mrn) == ["SCI-0006"])
        #expect(run([.char("/")] + Key.typing("hassan")).0.visiblePatients.map(\.mrn) == ["SCI-0004"])
    }

    @Test func theFilterFormNarrowsByServiceAndSeverity() {
        // f opens the form; the first field is the service ("any" first, then the services in order).
        var (state, _) = run([.char("f")])
        #expect(state.form?.purpose == .boardFilter)
        // Typed letters never change a choice; → steps through "any" and then the services in order.
        state = run(Key.typing("n"), on: state).0
        #expect(state.form?.values["service"] == "any")
        state = run(Array(repeating: Key.right, count: (Service.allCases.firstIndex(of: .neurology) ?? 0) + 1), on: state).0
        #expect(state.form?.values["service"] == "neurology")
        state = run([.ctrl("s")], on: state).0
        #expect(state.form == nil)
        #expect(state.filter.service == .neurology)
        #expect(state.visiblePatients.map(\.mrn) == ["SCI-0001"])
        state = run([.escape], on: state).0
        #expect(!state.filter.isActive)
    }

    @Test func tabsSwitchWithTabDigitsAndArrowsAndHistoryIsLoadedOnce() {
        var (state, effects) = run([.end, .enter])
        #expect(state.screen == .patient("SCI-0001"))
        #expect(state.tab == .overview)
        (state, effects) = run([.tab, .tab], on: state)
        #expect(state.tab == .orders)
        (state, effects) = run([.backTab, .char("h")], on: state)
        #expect(state.tab == .overview)
        (state, effects) = run([.char("h")], on: state)
        #expect(state.tab == .history)
        #expect(effects == [.loadHistory("SCI-0001")])
        _ = update(&state, .historyLoaded("SCI-0001", []))
        (state, effects) = run([.char("7"), .char("8")], on: state)
        #expect(effects.isEmpty)
        (state, _) = run([.escape], on: state)
        #expect(state.screen == .board)
        #expect(state.selectedMRN == "SCI-0001")
    }

    @Test func listSelectionMovesByRecordAndEnterOffersOnlyLegalStatuses() throws {
        var (state, _) = run([.end, .enter, .char("2")])
        // Consults newest first: C-10 (accepted), C-9 (requested), C-8 (seen).
        #expect(state.tabCursors[.consults]?.selectedID == nil)
        (state, _) = run([.down], on: state)
        #expect(state.tabCursors[.consults]?.selectedID == "C-9")
        (state, _) = run([.enter], on: state)
        let form = try #require(state.form)
        #expect(form.purpose == .consultStatus("C-9"))
        #expect(form.fields[0].kind == .choice(["accepted", "cancelled"]))
        // Reason only for cancelling.
        #expect(form.shownIndices.map { form.fields[$0].key } == ["status"])
        (state, _) = run([.right], on: state)
        #expect(state.form?.values["status"] == "cancelled")
        #expect(state.form.map { f in f.shownIndices.map { f.fields[$0].key } } == ["status", "reason"])
        // Saving without the reason is refused before anything is applied.
        var effects: [Effect]
        (state, effects) = run([.ctrl("s")], on: state)
        #expect(effects.isEmpty)
        #expect(state.status?.kind == .error)
        (state, effects) = run([.down] + Key.typing("duplicate request") + [.ctrl("s")], on: state)
        #expect(effects == [.apply([.setConsultStatus(SetConsultStatus(consultID: "C-9", status: .cancelled, reason: "duplicate request", expectedRevision: state.board.patient(holding: "C-9").flatMap { state.board.patients[$0]?.revision }))], summary: "Saved: Consult C-9 (spine surgery) is now cancelled")])
    }

    @Test func aFinalStatusOffersNoFormAndSaysWhy() {
        var state = TestWard.state()
        _ = state.openPatient("SCI-0003")
        let (after, _) = run([.char("2"), .enter], on: state)
        #expect(after.form == nil)
        #expect(after.status?.text.contains("final status") == true)
    }

    @Test func noteEditorTypesChineseEnterIsANewlineAndCtrlSSavesSigned() throws {
        var (state, effects) = run([.end, .enter, .char("7"), .char("n")])
        let editor = try #require(state.editor)
        #expect(editor.focus == .body)
        #expect(editor.service == .ward)  // dr.li's last note was a ward note
        (state, effects) = run(Key.typing("夜间平稳\nq and j are letters here") + [.ctrl("s")], on: state)
        #expect(effects == [.apply([.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: "夜间平稳\nq and j are letters here"))], summary: "Note saved")])
        #expect(!state.isQuitting)
        #expect(state.editor != nil)  // closed only when the save is confirmed
        var board = state.board
        try board.apply(.addNote(AddNote(mrn: "SCI-0001", service: .ward, type: .progress, text: "夜间平稳")), context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: TestWard.now))
        _ = update(&state, .applied(board, [], ids: ["N-35"], summary: "Note saved"))
        #expect(state.editor == nil)
        #expect(state.tabCursors[.notes]?.selectedID == "N-35")
        #expect(state.status?.text == "Note saved (N-35)")
    }

    @Test func aPastedNewlineInsertsANewlineAndNeverSaves() {
        let (state, effects) = run([.char("n"), .paste("line one\r\nline two\rline three\n")])
        #expect(effects.isEmpty)
        #expect(state.editor?.body.text == "line one\nline two\nline three\n")
    }

    @Test func theEditorServiceAndTypeAreReachableWithTab() {
        var (state, _) = run([.char("n"), .tab])
        #expect(state.editor?.focus == .service)
        // Letters typed on a choice change nothing (they were meant for the note); → steps to the next service.
        let before = state.editor?.service
        (state, _) = run(Key.typing("n"), on: state)
        #expect(state.editor?.service == before)
        (state, _) = run([.right], on: state)
        #expect(state.editor?.service != before)
        (state, _) = run([.tab, .right], on: state)
        #expect(state.editor?.focus == .type)
        #expect(state.editor?.type == .procedure)
        (state, _) = run([.tab], on: state)
        #expect(state.editor?.focus == .body)
    }

    @Test func escapeAsksBeforeLosingTextAndQuitAsksToo() {
        var (state, effects) = run([.char("n")] + Key.typing("draft") + [.escape])
        #expect(state.confirmation?.purpose == .discardEditor)
        (state, _) = run([.char("n")], on: state)
        #expect(state.editor?.body.text == "draft")
        (state, effects) = run([.ctrl("c")], on: state)
        #expect(state.confirmation?.purpose == .quit)
        #expect(effects.isEmpty)
        (state, _) = run([.escape, .escape, .char("y")], on: state)
        #expect(state.editor == nil)
        (state, effects) = run([.char("q")], on: state)
        #expect(state.isQuitting)
        #expect(effects == [.quit])
        // An empty editor closes at once.
        let (empty, _) = run([.char("n"), .escape])
        #expect(empty.editor == nil && empty.confirmation == nil)
    }

    @Test func changesFromElsewhereKeepTheCursorAndTheNoteBeingWritten() throws {
        var (state, _) = run([.end, .enter, .char("7"), .down])
        #expect(state.tabCursors[.notes]?.selectedID == "N-30")
        (state, _) = run([.char("n")] + Key.typing("half written"), on: state)
        var board = state.board
        let context = ChangeContext(sequence: board.revision + 1, author: "dr.wang", at: TestWard.now)
        let command = BoardCommand.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: "from elsewhere"))
        try board.apply(command, context: context)
        let entry = JournalEntry(sequence: context.sequence, at: context.at, author: "dr.wang", patient: "SCI-0001", command: command, previousHash: "")
        _ = update(&state, .boardChanged(board, [entry]))
        #expect(state.editor?.body.text == "half written")
        #expect(state.tabCursors[.notes]?.selectedID == "N-30")
        #expect(state.board.patients["SCI-0001"]?.notes.count == 3)
        #expect(state.status?.kind == .notice)
        #expect(state.status?.text == "陈明 (SCI-0001) · dr.wang: neurology progress note: from elsewhere")
        // The open patient is not marked unread; another patient would be.
        #expect(state.unread.patients(in: state.board).isEmpty)
    }

    @Test func changesToAnotherPatientMarkItUnreadUntilOpened() throws {
        var state = TestWard.state()
        var board = state.board
        let command = BoardCommand.addLab(AddLab(mrn: "SCI-0002", test: "crp", value: 40, unit: "mg/L", at: TestWard.now))
        let context = ChangeContext(sequence: board.revision + 1, author: "lab", at: TestWard.now)
        try board.apply(command, context: context)
        _ = update(&state, .boardChanged(board, [JournalEntry(sequence: context.sequence, at: context.at, author: "lab", patient: "SCI-0002", command: command, previousHash: "")]))
        #expect(state.unread.patients(in: state.board) == ["SCI-0002"])
        _ = state.openPatient("SCI-0002")
        #expect(state.unread.patients(in: state.board).isEmpty)
    }

    @Test func clicksSelectRowsAndTabsAndASecondClickOpens() {
        var state = TestWard.state()
        _ = update(&state, .click(.patient("SCI-0005")))
        #expect(state.selectedMRN == "SCI-0005" && state.screen == .board)
        _ = update(&state, .click(.patient("SCI-0005")))
        #expect(state.screen == .patient("SCI-0005"))
        _ = update(&state, .click(.tab(.orders)))
        #expect(state.tab == .orders)
        state = TestWard.state()
        _ = state.openPatient("SCI-0001")
        _ = update(&state, .click(.tab(.consults)))
        _ = update(&state, .click(.listRow(2)))
        #expect(state.tabCursors[.consults]?.selectedID == "C-8")
        _ = update(&state, .click(.listRow(99)))
        #expect(state.tabCursors[.consults]?.selectedID == "C-8")
    }

    @Test func theHandoffPreviewScrollsSavesPrintsAndCloses() {
        var (state, effects) = run([.char("p")])
        #expect(effects == [.renderHandoff(mrns: [], title: "Handoff · whole ward", width: 80)])
        (state, effects) = run([.end, .enter, .char("p")])
        #expect(effects == [.renderHandoff(mrns: ["SCI-0001"], title: "Handoff · 陈明", width: 80)])
        let text = (1...100).map { "line \($0)" }.joined(separator: "\n")
        _ = update(&state, .previewReady(title: "Handoff · 陈明", text: text))
        #expect(state.preview?.lines.count == 100)
        (state, effects) = run([.pageDown, .down, .end, .down], on: state)
        #expect(state.preview?.scroll == 100 - (state.layout.bodyHeight - 1))
        (state, effects) = run([.char("s")], on: state)
        guard case let .writeFile(path, contents)? = effects.first else {
            Issue.record("s did not save: \(effects)")
            return
        }
        #expect(path.hasSuffix("/handoff-2026-11-25-0830.txt") && contents == text)
        (state, effects) = run([.char("P")], on: state)
        #expect(effects == [.print(text: text, title: "Handoff · 陈明")])
        (state, _) = run([.escape], on: state)
        #expect(state.preview == nil && state.screen == .patient("SCI-0001"))
    }

    @Test func qQuitsAtOnceWhenNothingWouldBeLost() {
        let (state, effects) = run([.char("q")])
        #expect(state.isQuitting)
        #expect(effects == [.quit])
    }

    @Test func tooSmallIgnoresKeysButQuit() {
        let small = TestWard.state(width: 60, height: 20)
        let (moved, _) = run([.down, .enter, .char("n")], on: small)
        #expect(moved.screen == .board && moved.editor == nil && moved.selectedMRN == "SCI-0004")
        var (grown, _) = run([.down], on: small)
        _ = update(&grown, .resize(width: 80, height: 24))
        #expect(!grown.layout.isTooSmall)
        (grown, _) = run([.down], on: grown)
        #expect(grown.selectedMRN == "SCI-0006")
    }

    @Test func noKeySequenceCrashes() {
        // Every key in every layer, in a fixed pseudo-random order, at several sizes.
        let keys: [Key] = [
            .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace,
            .delete, .ctrl("s"), .char("a"), .char("n"), .char("p"), .char("7"), .char("2"), .char("?"), .char("/"),
            .char("A"), .char("E"), .char("d"), .char("c"), .char("s"), .char("f"), .char("陈"), .paste("x\ny"),
            .wheelUp, .wheelDown, .function(5), .char("8"), .char("3"), .char("4"), .char("5"), .char("6"),
        ]
        var generator = SplitMix(seed: 7)
        for size in [(80, 24), (120, 40), (60, 20)] {
            var state = TestWard.state(width: size.0, height: size.1)
            for _ in 0..<600 {
                let key = keys[Int(generator.next() % UInt64(keys.count))]
                let effects = update(&state, .key(key))
                if effects.contains(.quit) || state.isQuitting { state = TestWard.state(width: size.0, height: size.1) }
                var canvas = Canvas(width: state.width, height: state.height)
                ScreenView.draw(state, into: &canvas)
            }
        }
    }
}

/// A tiny deterministic random number generator for reproducible key storms.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Unread marks in the update function: patients, tabs and records others changed, cleared as they are looked at.
@Suite struct UnreadUpdateTests {
    private func othersLab(_ state: inout AppState, mrn: MRN = "SCI-0002", author: String = "lab") throws -> RecordID {
        var board = state.board
        let command = BoardCommand.addLab(AddLab(mrn: mrn, test: "crp", value: 40, unit: "mg/L", at: TestWard.now))
        let context = ChangeContext(sequence: board.revision + 1, author: author, at: TestWard.now)
        try board.apply(command, context: context)
        _ = update(&state, .boardChanged(board, [JournalEntry(sequence: context.sequence, at: context.at, author: author, patient: mrn, command: command, previousHash: "")]))
        return RecordKind.lab.id(forSequence: context.sequence)
    }

    @Test func theTabAndTheRecordStayMarkedUntilTheTabIsOpened() throws {
        var state = TestWard.state()
        let lab = try othersLab(&state)
        #expect(state.unread.count(in: state.board) == 1)
        _ = state.openPatient("SCI-0002")
        #expect(state.unread.count(in: state.board) == 0, "opened: the board list's mark goes")
        #expect(state.unread.patient("SCI-0002", in: state.board)?.areas == [.labs], "the Labs tab not yet")
        _ = update(&state, .key(.char("5")))
        #expect(state.tab == .labs)
        #expect(state.unread.patient("SCI-0002", in: state.board)?.areas.isEmpty == true)
        #expect(state.unread.marked("SCI-0002", tab: .labs) == [lab], "the new value is marked while its tab is open")
        _ = update(&state, .key(.char("1")))
        #expect(state.unread.marked("SCI-0002", tab: .labs).isEmpty)
    }

    @Test func myOwnChangesAndChangesToWhatIAmLookingAtAreNotUnread() throws {
        var state = TestWard.state()
        _ = try othersLab(&state, author: "dr.li")
        #expect(state.unread.count(in: state.board) == 0, "signed with my own name")
        _ = state.openPatient("SCI-0002")
        _ = update(&state, .key(.char("5")))
        _ = try othersLab(&state)
        #expect(state.unread.patient("SCI-0002", in: state.board)?.areas.isEmpty == true, "arrived in the open tab")
        #expect(state.unread.marked("SCI-0002", tab: .labs).count == 1, "but marked as new in its list")
    }

    @Test func theHeaderNeverCutsTheCriticalCountAndShowsTheUnreadCountWhenItFits() throws {
        var state = TestWard.state(width: 80, height: 24)
        _ = try othersLab(&state)
        for width in [80, 100, 120] {
            let parts = HeaderBar.fit(state, width: width)
            let used = [parts.title, parts.critical ?? "", parts.unread ?? "", parts.right].reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(used <= width, "width \(width): \(parts)")
        }
        #expect(HeaderBar.fit(state, width: 120).unread?.contains("1 patient changed since you looked") == true)
    }
}

extension UnreadUpdateTests {
    /// Bug: at 100 columns in Chinese the header showed "‼ 1 项危": the safety count cut mid-word.
    @Test func aCriticalValueOnTheChineseHeaderIsWholeAtEveryWidth() throws {
        try Localisation.with(.simplifiedChinese, ambiguousWide: true) {
            var state = TestWard.state(width: 100, height: 30)
            var board = state.board
            let command = BoardCommand.addLab(AddLab(mrn: "SCI-0002", test: "potassium", value: 6.8, unit: "mmol/L", at: TestWard.now))
            let context = ChangeContext(sequence: board.revision + 1, author: "lab", at: TestWard.now)
            try board.apply(command, context: context)
            _ = update(&state, .boardChanged(board, [JournalEntry(sequence: context.sequence, at: context.at, author: "lab", patient: "SCI-0002", command: command, previousHash: "")]))
            #expect(state.criticalCounts.total == 1)
            for width in [80, 90, 100, 120] {
                state.width = width
                var canvas = Canvas(width: width, height: state.height)
                ScreenView.drawHeaderBar(state, into: &canvas)
                let header = HeaderBar.fit(state, width: width)
                let critical = try #require(header.critical, "width \(width)")
                #expect(critical.hasSuffix(tr("critical.header", count: 1)) || critical.hasSuffix(tr("critical.header.short", count: 1)))
                let used = [header.title, critical, header.unread ?? "", header.right].reduce(0) { $0 + DisplayWidth.of($1) }
                #expect(used <= width, "width \(width): \(header)")
            }
        }
    }
}
