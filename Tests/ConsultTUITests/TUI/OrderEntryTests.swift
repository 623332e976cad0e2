import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The order form completes drugs from the terminology as they are typed, and says an allergy conflict before
/// the order is saved (cancel, or save with the alert raised).
@Suite struct OrderEntryTests {
    private func run(_ keys: [Key], on start: AppState) -> (AppState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        return (state, effects)
    }

    /// SCI-0001 (陈明, allergic to penicillin) with the order form open on the drug field (kind medication).
    static func orderForm(width: Int = 120, height: Int = 40) -> AppState {
        var state = TestWard.state(width: width, height: height)
        state.screen = .patient("SCI-0001")
        for key in [Key.char("3"), .char("a"), .tab, .tab] { _ = update(&state, .key(key)) }
        return state
    }

    @Test func typingAChineseOrBrandPrefixOffersTheDrug() throws {
        #expect(Self.orderForm().form.map { $0.fields[$0.focus].key } == "drug")
        let (typed, _) = run(Key.typing("依诺"), on: Self.orderForm())
        let offered = try #require(typed.form?.candidates)
        let enoxaparin = try #require(offered.first { $0.label.contains("enoxaparin") })
        #expect(enoxaparin.label.contains("Clexane") && enoxaparin.label.contains("克赛"))
        // ↓ highlights the first, Enter takes it: the field holds the name and the list closes.
        let (taken, effects) = run([.down, .enter], on: typed)
        let form = try #require(taken.form)
        #expect(effects.isEmpty)
        #expect(form.fields[form.focus].key == "drug")
        #expect(form.values["drug"] == offered.first?.name)
        #expect(form.candidates.isEmpty)
        #expect(form.completion == nil)

        let (brand, _) = run(Key.typing("clex") + [.down, .tab], on: Self.orderForm())
        #expect(brand.form?.values["drug"] == "Clexane")
    }

    @Test func theListKeysLeaveTheFormAloneOtherwise() throws {
        // Esc with a highlighted candidate closes the list; it does not ask to discard the form.
        let (closed, _) = run(Key.typing("clex") + [.down, .escape], on: Self.orderForm())
        #expect(closed.confirmation == nil)
        #expect(closed.form?.completion == nil)
        #expect(closed.form?.values["drug"] == "clex")
        // Typing after a highlight starts again from the new text; one letter offers nothing.
        let (retyped, _) = run(Key.typing("hep") + [.down] + Key.typing("a"), on: Self.orderForm())
        #expect(retyped.form?.completion == nil)
        #expect(run(Key.typing("h"), on: Self.orderForm()).0.form?.candidates.isEmpty == true)
        // Enter without a highlight moves on as always.
        let (moved, _) = run(Key.typing("clex") + [.enter], on: Self.orderForm())
        #expect(moved.form.map { $0.fields[$0.focus].key } == "dose")
    }

    @Test func anAllergyConflictIsSaidBeforeTheOrderIsSaved() throws {
        let typed = Key.typing("amoxicillin") + [.tab] + Key.typing("500 mg") + [.tab] + Key.typing("PO") + [.tab] + Key.typing("tid")
        let (asked, effects) = run(typed + [.ctrl("s")], on: Self.orderForm())
        #expect(effects.isEmpty)
        let question = try #require(asked.confirmation)
        guard case .orderWithAlert = question.purpose else {
            Issue.record("expected the allergy question, got \(question.purpose)")
            return
        }
        #expect(question.message.contains("penicillin"))
        #expect(question.message.lowercased().contains("amoxicillin"))
        // No: back to the form, nothing saved.
        let (cancelled, none) = run([.char("n")], on: asked)
        #expect(none.isEmpty)
        #expect(cancelled.confirmation == nil)
        #expect(cancelled.form?.values["drug"] == "amoxicillin")
        // Yes: saved with the alert raised.
        let (saved, applied) = run([.ctrl("s"), .char("y")], on: cancelled)
        #expect(saved.confirmation == nil)
        guard case let .apply(commands, _)? = applied.first, case let .addOrder(order)? = commands.first else {
            Issue.record("expected the order to be saved, got \(applied)")
            return
        }
        #expect(order.medication?.drug == "amoxicillin")
    }

    @Test func anOrderWithoutAConflictIsSavedAtOnce() throws {
        let typed = Key.typing("enoxaparin") + [.tab] + Key.typing("40 mg") + [.tab] + Key.typing("SC") + [.tab] + Key.typing("daily")
        let (state, effects) = run(typed + [.ctrl("s")], on: Self.orderForm())
        #expect(state.confirmation == nil)
        guard case .apply? = effects.first else {
            Issue.record("expected the order to be saved, got \(effects)")
            return
        }
    }

    /// SCI-0001's lab form (its latest creatinine is 142 umol/L on 2026-11-24 06:00), typed in and saved.
    private func labTyped(takenAt: String) -> (AppState, [Effect]) {
        var state = TestWard.state(width: 120, height: 40)
        state.screen = .patient("SCI-0001")
        let keys: [Key] = [.char("5"), .char("a")] + Key.typing("creatinine") + [.tab] + Key.typing("300") + [.tab]
            + Key.typing("umol/L") + [.tab, .ctrl("u")] + Key.typing(takenAt) + [.ctrl("s")]
        return run(keys, on: state)
    }

    @Test func aLabDatedBeforeTheLatestIsSaidBeforeItIsSaved() throws {
        let (asked, effects) = labTyped(takenAt: "2025-11-25 06:00")
        #expect(effects.isEmpty)
        let question = try #require(asked.confirmation)
        guard case .labWithWarning = question.purpose else {
            Issue.record("expected the date question, got \(question.purpose)")
            return
        }
        #expect(question.message.contains("before the latest creatinine on the board"), "\(question.message)")
        // No: back to the form to correct the time; yes: saved as dated.
        let (cancelled, none) = run([.char("n")], on: asked)
        #expect(none.isEmpty && cancelled.confirmation == nil && cancelled.form?.values["value"] == "300")
        let (_, applied) = run([.ctrl("s"), .char("y")], on: cancelled)
        guard case let .apply(commands, _)? = applied.first, case let .addLab(lab)? = commands.first else {
            Issue.record("expected the value to be saved, got \(applied)")
            return
        }
        #expect(lab.value == 300)
    }

    @Test func aLabDatedAfterTheLatestIsSavedAtOnce() throws {
        let (state, effects) = labTyped(takenAt: "2026-11-25 07:00")
        #expect(state.confirmation == nil)
        guard case .apply? = effects.first else {
            Issue.record("expected the value to be saved, got \(effects)")
            return
        }
    }

    @Test func goldens() throws {
        let (typed, _) = run(Key.typing("依诺") + [.down], on: Self.orderForm(width: 80, height: 24))
        try Golden.check(typed, "form-order-drug-completion-80x24")
        let allergy = Key.typing("amoxicillin") + [.tab] + Key.typing("500 mg") + [.tab] + Key.typing("PO") + [.tab] + Key.typing("tid")
        let (asked, _) = run(allergy + [.ctrl("s")], on: Self.orderForm(width: 80, height: 24))
        try Golden.check(asked, "form-order-allergy-alert-80x24")
    }
}

/// The allergy form of the Overview (A): add an allergy, retire one, or state no known drug allergies.
@Suite struct AllergyFormTests {
    private func open(_ mrn: MRN, on board: Board? = nil) -> AppState {
        var state = TestWard.state()
        if let board { state.board = board }
        state.screen = .patient(mrn)
        _ = update(&state, .key(.char("A")))
        return state
    }

    private func command(_ keys: [Key], on state: AppState) -> BoardCommand? {
        var state = state
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        guard case let .apply(commands, _)? = effects.first else { return nil }
        return commands.first
    }

    @Test func addsAnAllergyWithItsReactionAndSeverity() throws {
        let state = open("SCI-0001")
        #expect(state.form?.purpose == .allergies("SCI-0001"))
        let keys: [Key] = [.tab] + Key.typing("磺胺 sulfonamide antibiotics") + [.tab] + Key.typing("rash") + [.tab, .right, .right, .right, .ctrl("s")]
        guard case let .addAllergy(added)? = command(keys, on: state) else {
            Issue.record("expected an allergy to be added")
            return
        }
        #expect(added.substance == "磺胺 sulfonamide antibiotics")
        #expect(added.reaction == "rash")
        #expect(added.severity == .severe)
    }

    @Test func statesNoKnownDrugAllergiesOrRetiresOne() throws {
        guard case .recordNoKnownAllergies(let none)? = command([.right, .ctrl("s")], on: open("SCI-0002")) else {
            Issue.record("expected NKDA")
            return
        }
        #expect(none.mrn == "SCI-0002")

        var board = TestWard.board()
        let id = try board.apply(
            .addAllergy(AddAllergy(mrn: "SCI-0002", substance: "morphine", reaction: "itch")),
            context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: TestWard.now)) ?? ""
        // add, NKDA, then the active allergy as inactive, then as entered-in-error.
        let keys: [Key] = [.right, .right, .right, .tab] + Key.typing("typed on the wrong patient") + [.ctrl("s")]
        guard case let .setAllergyStatus(retired)? = command(keys, on: open("SCI-0002", on: board)) else {
            Issue.record("expected the allergy to be retired")
            return
        }
        #expect(retired.allergyID == id)
        #expect(retired.status == .enteredInError)
        #expect(retired.reason == "typed on the wrong patient")
        // The board accepts it.
        try board.apply(.setAllergyStatus(retired), context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: TestWard.now))
        #expect(board.patients["SCI-0002"]?.allergies.first?.status == .enteredInError)
    }
}
