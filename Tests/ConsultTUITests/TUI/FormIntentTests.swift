import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Forms change only what the user meant: choices move only with ←/→ or space, a paste is text in the focused
/// field, Esc asks before throwing away a change, a clinical time in the future is refused, a save refused
/// because someone else changed the record shows both versions.
@Suite struct FormIntentTests {
    private let utc = TimeZone(identifier: "UTC") ?? .current

    private func run(_ keys: [Key], on start: AppState = TestWard.state()) -> (AppState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        return (state, effects)
    }

    /// The open patient SCI-0001 (陈明, UNSTABLE) with its header form open (severity focused).
    private func headerForm() -> AppState {
        var state = TestWard.state()
        state.screen = .patient("SCI-0001")
        _ = update(&state, .key(.char("e")))
        return state
    }

    @Test func textTypedOnAChoiceDoesNotChangeIt() throws {
        let (state, effects) = run(Key.typing("stable"), on: headerForm())
        let form = try #require(state.form)
        #expect(form.fields[form.focus].key == "severity")
        #expect(form.values["severity"] == "unstable")
        #expect(effects.isEmpty)
        #expect(state.status?.text.contains("is a choice") == true)
        let (moved, _) = run([.right], on: headerForm())
        #expect(moved.form?.values["severity"] != "unstable")
    }

    @Test func escOnAFormWithAMovedChoiceAsks() {
        let (state, _) = run([.right, .escape], on: headerForm())
        #expect(state.confirmation?.purpose == .discardForm)
        #expect(state.form != nil)
        let (untouched, _) = run([.escape], on: headerForm())
        #expect(untouched.form == nil && untouched.confirmation == nil)
    }

    @Test func aMultiLinePasteGoesIntoTheFocusedFieldAsTextAndSavesNothing() throws {
        // Focus the summary (severity, bed, summary) and paste three lines with Enters, as keys would arrive.
        let pasted = PasteBurst.coalesce(Key.typing("line one") + [.enter] + Key.typing("e") + [.enter] + Key.typing("a"))
        #expect(pasted == [.paste("line one\ne\na")])
        let (state, effects) = run([.tab, .tab] + pasted, on: headerForm())
        let form = try #require(state.form)
        #expect(effects.isEmpty)
        #expect(form.values["summary"]?.hasSuffix("line one e a") == true)
        #expect(form.values["severity"] == "unstable")
        #expect(state.screen == .patient("SCI-0001"))
        // On a choice a paste changes nothing.
        let (onChoice, _) = run([.paste("watcher\nstable")], on: headerForm())
        #expect(onChoice.form?.values["severity"] == "unstable")
    }

    @Test func aOneLinePasteIsTextAndItsEndingEnterStaysAKey() {
        #expect(PasteBurst.coalesce(Key.typing("SCI-0042") + [.enter]) == [.paste("SCI-0042"), .enter])
        // Letters pasted on the board open nothing, change no sort.
        let burst = PasteBurst.coalesce(Key.typing("ans"))
        #expect(burst == [.paste("ans")])
        let (state, effects) = run(burst)
        #expect(state.form == nil && state.editor == nil && state.sort == .bed && effects.isEmpty)
        // A held key repeats one character, and a person types one or two keys per read: keys.
        #expect(PasteBurst.coalesce(Key.typing("jjjj")) == Key.typing("jjjj"))
        #expect(PasteBurst.coalesce(Key.typing("ab")) == Key.typing("ab"))
        #expect(PasteBurst.coalesce([.tab, .tab, .ctrl("u")]) == [.tab, .tab, .ctrl("u")])
    }

    @Test func aTwoThousandLinePasteIsKeptWholeInTheEditorAndInAField() throws {
        let lines = (1...2000).map { "line \($0) of the pasted discharge summary" }
        let text = lines.joined(separator: "\n")
        var keys: [Key] = []
        for line in lines { keys += Key.typing(line) + [.enter] }
        let coalesced = PasteBurst.coalesce(keys)
        #expect(coalesced == [.paste(text + "\n")])
        var state = TestWard.state()
        state.screen = .patient("SCI-0001")
        let (editing, effects) = run([.char("n")] + coalesced, on: state)
        #expect(effects.isEmpty)
        #expect(editing.editor?.body.text == text + "\n")
        let (field, _) = run([.tab, .tab] + coalesced, on: headerForm())
        #expect(field.form?.values["summary"]?.contains("line 2000 of the pasted") == true)
    }

    @Test func fieldEditingKeys() throws {
        var input = TextInput("enoxaparin 40 mg daily")
        input.deleteWordBackward()
        #expect(input.text == "enoxaparin 40 mg ")
        input.deleteToLineStart()
        #expect(input.text.isEmpty)
        let (state, _) = run([.tab] + Key.typing("X") + [.ctrl("a")] + Key.typing("A") + [.ctrl("e")] + Key.typing("Z") + [.ctrl("w")] + Key.typing("ok"), on: headerForm())
        // The bed was "12": X appended, A at the start, Z at the end, the word deleted, "ok" typed.
        #expect(state.form?.values["bed"] == "ok")
        let (home, _) = run([.tab, .home] + Key.typing("B") + [.end] + Key.typing("C"), on: headerForm())
        #expect(home.form?.values["bed"] == "B12C")
        let (cleared, _) = run([.tab, .ctrl("u")], on: headerForm())
        #expect(cleared.form?.values["bed"] == "")
    }

    @Test func sexHasNoDefaultInTheAdmissionForm() throws {
        var form = try Forms.make(.admitPatient, state: TestWard.state()).get()
        for (key, value) in ["mrn": "SCI-0042", "name": "张伟", "age": "58", "bed": "7", "diagnosis": "C6 AIS B"] {
            let index = try #require(form.fields.firstIndex { $0.key == key })
            form.fields[index].input = TextInput(value)
        }
        #expect(form.values["sex"] == FormField.unchosen)
        #expect(throws: FormError("Sex is required: choose it with ←/→ or space")) { try Forms.command(for: form, now: TestWard.now, timeZone: utc) }
    }

    @Test func admittingIntoAnOccupiedBedAsksFirst() throws {
        var state = TestWard.state()
        _ = update(&state, .key(.char("a")))
        var form = try #require(state.form)
        for (key, value) in ["mrn": "SCI-0042", "name": "张伟", "age": "58", "bed": "12", "diagnosis": "C6 AIS B"] {
            let index = try #require(form.fields.firstIndex { $0.key == key })
            form.fields[index].input = TextInput(value)
        }
        let sex = try #require(form.fields.firstIndex { $0.key == "sex" })
        form.fields[sex].choiceIndex = 1
        state.form = form
        let (asked, none) = run([.ctrl("s")], on: state)
        #expect(none.isEmpty)
        #expect(asked.confirmation?.message.contains("Bed 12 is taken by 陈明 (SCI-0001)") == true)
        let (saved, effects) = run([.char("y")], on: asked)
        guard case let .apply(commands, _) = effects.first, case let .admitPatient(admit) = commands.first else {
            Issue.record("no admission: \(effects)")
            return
        }
        #expect(admit.allowSharedBed == true)
        #expect(saved.saving == .form)
    }

    @Test func aLabInTheFutureIsRefusedInTheFormNamingTheMachinesTime() throws {
        var form = try Forms.make(.addLab("SCI-0001"), state: TestWard.state()).get()
        for (key, value) in ["test": "creatinine", "value": "80", "unit": "umol/L", "at": "2027-11-25 08:30"] {
            let index = try #require(form.fields.firstIndex { $0.key == key })
            form.fields[index].input = TextInput(value)
        }
        do {
            _ = try Forms.command(for: form, now: TestWard.now, timeZone: utc)
            Issue.record("a future sample time was accepted")
        } catch {
            #expect(error.description.contains("is in the future: this machine's time is \(ClinicalClock.machineText(TestWard.now))"))
        }
    }

    @Test func decimalCommaIsRefusedInFormsAsInTheCLI() throws {
        var form = try Forms.make(.addLab("SCI-0001"), state: TestWard.state()).get()
        for (key, value) in ["test": "creatinine", "value": "0,9", "unit": "mg/dL"] {
            let index = try #require(form.fields.firstIndex { $0.key == key })
            form.fields[index].input = TextInput(value)
        }
        #expect(throws: FormError(BoardError.decimalComma(field: "Value", value: "0,9").description)) {
            try Forms.command(for: form, now: TestWard.now, timeZone: utc)
        }
    }

    @Test func theHeaderFormSendsTheRevisionItWasFilledInOn() throws {
        let state = headerForm()
        let (_, effects) = run([.tab, .tab] + Key.typing(" more") + [.ctrl("s")], on: state)
        guard case let .apply(commands, _) = effects.first, case let .updatePatient(change) = commands.first else {
            Issue.record("no update: \(effects)")
            return
        }
        #expect(change.expectedRevision == state.board.patients["SCI-0001"]?.revision)
    }

    @Test func aRefusedSaveShowsTheirVersionUnderMineAndSavesOnTheNewRevision() throws {
        var state = headerForm()
        let (typed, _) = run([.tab, .tab, .ctrl("u")] + Key.typing("doctor's summary") + [.ctrl("s")], on: state)
        state = typed
        // Meanwhile a nurse changed the summary.
        var theirs = state.board
        let revision = theirs.revision + 1
        try theirs.apply(
            .updatePatient(UpdatePatient(mrn: "SCI-0001", summary: "nurse's summary")),
            context: ChangeContext(sequence: revision, author: "rn.chen", at: TestWard.now))
        _ = update(&state, .conflict(theirs, [], message: "SCI-0001 was changed by rn.chen"))
        let form = try #require(state.form)
        #expect(form.values["summary"] == "doctor's summary")
        #expect(form.fields.first { $0.key == "summary" }?.theirs == "nurse's summary")
        #expect(form.fields.first { $0.key == "bed" }?.theirs == nil)
        #expect(form.expectedRevision == revision)
        #expect(state.status?.kind == .error)
        // The same change, polled before the save brought it in, arrives late: it must not hide the refusal.
        let entry = JournalEntry(
            sequence: revision, at: TestWard.now, author: "rn.chen", patient: "SCI-0001",
            command: .updatePatient(UpdatePatient(mrn: "SCI-0001", summary: "nurse's summary")), previousHash: "")
        _ = update(&state, .boardChanged(theirs, [entry]))
        #expect(state.status?.text.hasPrefix("SCI-0001 was changed by rn.chen") == true)
        var canvas = Canvas(width: state.width, height: state.height)
        ScreenView.draw(state, into: &canvas)
        #expect(canvas.text.contains("theirs: nurse's summary"))
        #expect(canvas.text.contains("doctor's summary"))
        let (_, effects) = run([.ctrl("s")], on: state)
        guard case let .apply(commands, _) = effects.first, case let .updatePatient(change) = commands.first else {
            Issue.record("no update: \(effects)")
            return
        }
        #expect(change.expectedRevision == revision)
        #expect(change.summary == "doctor's summary")
    }

    @Test func theBoardSummaryScrollsAt80x24AndStartsAtTheTopForAnotherPatient() {
        var state = TestWard.state(width: 80, height: 24)
        _ = update(&state, .key(.end))  // 陈明, bed 12: the longest summary
        let most = state.boardSummaryMaxScroll
        #expect(most > 0, "at 80x24 the summary is taller than its pane")
        var canvas = Canvas(width: 80, height: 24)
        ScreenView.draw(state, into: &canvas)
        #expect(canvas.text.contains(" 陈明  67 M · Bed 12"))
        for _ in 0..<(most + 5) { _ = update(&state, .key(.char("J"))) }
        #expect(state.boardSummaryScroll == most)
        var scrolled = Canvas(width: 80, height: 24)
        ScreenView.draw(state, into: &scrolled)
        #expect(!scrolled.text.contains(" 陈明  67 M · Bed 12"), "the summary's first line scrolled out")
        _ = update(&state, .key(.char("K")))
        #expect(state.boardSummaryScroll == most - 1)
        _ = update(&state, .key(.up))
        #expect(state.boardSummaryScroll == 0)
    }
}
