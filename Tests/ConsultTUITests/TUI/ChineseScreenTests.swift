import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The screens in Simplified Chinese (golden files `zh-*`), on terminals that draw ambiguous characters wide
/// (`wide-*`), and a check that no English label of the catalogue is left on a Chinese screen.
@Suite struct ChineseScreenTests {
    static func chinese<T>(wide: Bool = false, _ body: () throws -> T) rethrows -> T {
        try Localisation.with(.simplifiedChinese, ambiguousWide: wide, body)
    }

    @Test func boardAndPatientTabsInChinese() throws {
        try Self.chinese {
            try Golden.check(TestWard.state(width: 80, height: 24), "zh-board-80x24")
            try Golden.check(TestWard.state(width: 120, height: 40), "zh-board-120x40")
            let open = Golden.after([.end, .enter], from: TestWard.state(width: 120, height: 40))
            try Golden.check(open, "zh-patient-overview-120x40")
            for tab in PatientTab.allCases where tab != .overview && tab != .history {
                try Golden.check(Golden.after([.char(Character("\(tab.rawValue)"))], from: open), "zh-patient-\(tab)-120x40")
            }
            let narrow = Golden.after([.end, .enter], from: TestWard.state(width: 80, height: 24))
            try Golden.check(narrow, "zh-patient-overview-80x24")
            try Golden.check(Golden.after([.char("7")], from: narrow), "zh-patient-notes-80x24")
            try Golden.check(Golden.after([.char("2")], from: narrow), "zh-patient-consults-80x24")
        }
    }

    @Test func editorHelpFormsAndFilterInChinese() throws {
        try Self.chinese {
            let board = TestWard.state(width: 80, height: 24)
            let open = Golden.after([.end, .enter], from: board)
            try Golden.check(Golden.after([.char("n")] + Key.typing("夜间血压平稳。"), from: open), "zh-editor-80x24")
            try Golden.check(Golden.after([.char("?")], from: open), "zh-help-patient-80x24")
            try Golden.check(Golden.after([.char("?")], from: board), "zh-help-board-80x24")
            try Golden.check(Golden.after([.char("2"), .enter], from: open), "zh-form-consult-status-80x24")
            try Golden.check(Golden.after([.char("a")], from: board), "zh-form-admit-80x24")
            try Golden.check(Golden.after([.char("/")] + Key.typing("chen"), from: board), "zh-board-filter-pinyin-80x24")
            try Golden.check(TestWard.state(width: 60, height: 20), "zh-too-small-60x20")
        }
    }

    @Test func ambiguousWideScreens() throws {
        try Localisation.with(.english, ambiguousWide: true) {
            try Golden.check(TestWard.state(width: 80, height: 24), "wide-board-80x24")
            try Golden.check(Golden.after([.end, .enter], from: TestWard.state(width: 120, height: 40)), "wide-patient-overview-120x40")
        }
        try Self.chinese(wide: true) {
            try Golden.check(TestWard.state(width: 80, height: 24), "wide-zh-board-80x24")
            try Golden.check(Golden.after([.end, .enter], from: TestWard.state(width: 80, height: 24)), "wide-zh-patient-overview-80x24")
        }
    }

    /// Every screen the tests reach, in Chinese.
    static func screens(wide: Bool) -> [(name: String, text: String, width: Int)] {
        chinese(wide: wide) {
            var states: [(String, AppState)] = []
            for (width, height) in [(80, 24), (120, 40)] {
                let board = TestWard.state(width: width, height: height)
                states.append(("board \(width)", board))
                let open = Golden.after([.end, .enter], from: board)
                for tab in PatientTab.allCases {
                    states.append(("\(tab) \(width)", Golden.after([.char(Character("\(tab.rawValue)"))], from: open)))
                }
                states.append(("help board", Golden.after([.char("?")], from: board)))
                states.append(("help patient", Golden.after([.char("?")], from: open)))
                states.append(("editor", Golden.after([.char("n")], from: open)))
                for key in ["a", "c", "e", "!"] { states.append(("overview form \(key)", Golden.after([.char(Character(key))], from: open))) }
                for tab in ["2", "3", "4", "5", "6"] {
                    states.append(("form a on tab \(tab)", Golden.after([.char(Character(tab)), .char("a")], from: open)))
                    states.append(("status form on tab \(tab)", Golden.after([.char(Character(tab)), .enter], from: open)))
                }
                states.append(("admit", Golden.after([.char("a")], from: board)))
                states.append(("filter form", Golden.after([.char("f")], from: board)))
                states.append(("filter", Golden.after([.char("/")], from: board)))
                states.append(("sorted", Golden.after([.char("s")], from: board)))
                states.append(("quit asked", Golden.after([.char("n"), .char("x"), .escape], from: open)))
            }
            return states.map { name, state in
                var canvas = Canvas(width: state.width, height: state.height)
                ScreenView.draw(state, into: &canvas)
                return ("\(name) at \(state.width)x\(state.height)", canvas.text, state.width)
            }
        }
    }

    /// The English words of the catalogue that must not show on a Chinese screen: every English text whose
    /// Chinese differs, cut at its placeholders, kept when a piece is a phrase or a capitalised word of 4 letters
    /// or more. A single lowercase word ("infection", "order") is left out: the ward's own English free text
    /// ("Urinary tract infection") holds such words, and the vocabulary values that are such words are checked
    /// one by one by `MessageCatalogueTests.everyVocabularyValueHasWords` and the golden screens.
    static var englishLabels: [String] {
        var labels: Set<String> = []
        // Words the catalogue's own Chinese keeps as they are (eGFR, CrCl, KDIGO, ISNCSCI: abbreviations Chinese
        // records write in Latin letters) are Chinese too, not labels left untranslated.
        let chineseText = MessageCatalogue.builtIn.messages.values.compactMap { $0[.simplifiedChinese]?.forms.joined(separator: "\n") }
            .joined(separator: "\n")
        for (_, texts) in MessageCatalogue.builtIn.messages {
            guard let english = texts[.english], let chinese = texts[.simplifiedChinese], english != chinese else { continue }
            for form in english.forms {
                for piece in form.split(whereSeparator: { "{}".contains($0) }).enumerated() where piece.offset % 2 == 0 || !form.contains("{") {
                    let text = piece.element.trimmingCharacters(in: CharacterSet.letters.inverted)
                    let isLowercaseWord = !text.contains(" ") && text == text.lowercased()
                    if text.filter(\.isLetter).count >= 4, !isLowercaseWord, !containsWord(chineseText, text) { labels.insert(text) }
                }
            }
        }
        return labels.sorted()
    }

    /// The safety rules' messages and the data behind them (clinical prose of the versioned rule set, still
    /// English: see docs/localisation.md), which the screens quote as they are.
    static var ruleProse: [String] { ruleProse(at: [TestWard.now]) }

    /// The rules' prose as it reads at each of `times` (a real terminal's clock is known only to the minute).
    static func ruleProse(at times: [Date]) -> [String] {
        let state = TestWard.state()
        return times.flatMap { now in
            state.board.patients.values.flatMap { record in
                ClinicalSummary.of(record, now: now, timeZone: state.timeZone).alerts.flatMap { [$0.message, $0.ruleID] + $0.data }
            }
        }.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// A screen without the lines that quote the rules' prose: a line whose longest run of ASCII text (12
    /// characters or more) is a piece of a rule's message, its data or its id.
    static func withoutRuleProse(_ text: String, prose: [String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            // Digits are left out of the comparison: a rule's prose says how long ago, which moves with the clock.
            let runs = line.split(whereSeparator: { !$0.isASCII }).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            guard let longest = runs.max(by: { $0.count < $1.count }), longest.count >= 12 else { return true }
            let wanted = longest.filter { !$0.isNumber }
            return !prose.contains { $0.filter { !$0.isNumber }.contains(wanted) }
        }.joined(separator: "\n")
    }

    @Test func noEnglishLabelOnAChineseScreen() {
        let labels = Self.englishLabels
        let prose = Self.ruleProse
        #expect(labels.count > 100)
        #expect(!prose.isEmpty)
        for screen in Self.screens(wide: false) {
            // The ward's name is the board's data, not a label.
            let text = Self.withoutRuleProse(screen.text, prose: prose).replacingOccurrences(of: TestWard.ward, with: "")
            for label in labels where Self.containsWord(text, label) {
                Issue.record("the Chinese screen '\(screen.name)' shows the English label '\(label)':\n\(screen.text)")
            }
        }
    }

    @Test func noRowIsWiderThanTheTerminalWhenAmbiguousIsWide() {
        for screen in Self.screens(wide: true) {
            let rows = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
            let width = screen.width
            for row in rows {
                let columns = Localisation.with(.simplifiedChinese, ambiguousWide: true) { DisplayWidth.of(row) }
                #expect(columns <= width, "'\(screen.name)': a row takes \(columns) columns on a terminal of \(width): \(row)")
            }
        }
    }

    /// Whether `label` appears in `text` as whole words (not inside a longer word: "Test" is not in "Tests").
    static func containsWord(_ text: String, _ label: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: label, range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }
}

/// `/` on the Notes tab finds notes by their words or by pinyin (full, initials, mixed, toneless).
@Suite struct NoteSearchTests {
    static func note(_ text: String, author: String = "dr.li") -> Note {
        Note(id: "N-1", service: .ward, type: .progress, author: author, at: TestWard.now, text: text)
    }

    @Test func pinyinFullInitialsMixedAndWordsFindANote() {
        let note = Self.note("患者夜间膀胱残余尿 150 mL，继续间歇导尿。")
        for query in ["bangguang", "bg", "膀g", "BangGuang", "daoniao", "jxdn", "150 ml", "间歇"] {
            #expect(NoteSearch.matches(query, note), "\(query)")
        }
        for query in ["feiyan", "fy", "pneumonia"] {
            #expect(!NoteSearch.matches(query, note), "\(query)")
        }
        #expect(NoteSearch.matches("BP stable", Self.note("bp stable overnight")))
    }

    @Test func typingNarrowsTheNotesListAndEscClearsIt() throws {
        let open = Golden.after([.end, .enter, .char("7")], from: TestWard.state(width: 120, height: 40))
        guard case let .patient(mrn) = open.screen, let record = open.board.patients[mrn] else {
            Issue.record("the patient screen did not open")
            return
        }
        let all = TabContent.ids(.notes, record: record, history: nil)
        #expect(all.count > 1)
        let typed = Golden.after([.char("/")] + Key.typing("xueya"), from: open)
        let found = TabContent.ids(.notes, record: record, history: nil, noteSearch: typed.noteQuery)
        #expect(!found.isEmpty && found.count < all.count, "\(found.count) of \(all.count)")
        #expect(typed.tabCursors[.notes]?.selectedID == found.first)
        let kept = Golden.after([.enter], from: typed)
        #expect(kept.noteSearch == "xueya" && kept.filterInput == nil)
        let cleared = Golden.after([.char("/"), .escape], from: kept)
        #expect(cleared.noteSearch.isEmpty)
        try Localisation.with(.simplifiedChinese) {
            try Golden.check(Golden.after([.char("/")] + Key.typing("xueya"), from: open), "zh-patient-notes-search-120x40")
        }
    }
}
