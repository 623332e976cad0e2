import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Whole screens at 80x24 and 120x40 compared with golden text files (see `Golden` for regenerating them).
@Suite struct GoldenScreenTests {
    @Test func boardAtBothSizes() throws {
        try Golden.check(TestWard.state(width: 120, height: 40), "board-120x40")
        try Golden.check(TestWard.state(width: 80, height: 24), "board-80x24")
    }

    @Test func boardSortedBySeverityAndFiltered() throws {
        try Golden.check(Golden.after([.char("s")], from: TestWard.state(width: 80, height: 24)), "board-severity-80x24")
        try Golden.check(Golden.after([.char("/")] + Key.typing("王"), from: TestWard.state(width: 80, height: 24)), "board-filter-typing-80x24")
    }

    @Test func patientTabs() throws {
        let bed12 = TestWard.state(width: 120, height: 40)
        // The board is sorted by bed: 1, 2, 3, 5, 10, 12; bed 12 is the sixth row.
        let open = Golden.after([.end, .enter], from: bed12)
        try Golden.check(open, "patient-overview-120x40")
        for tab in PatientTab.allCases where tab != .overview && tab != .history {
            try Golden.check(Golden.after([.char(Character("\(tab.rawValue)"))], from: open), "patient-\(tab.title.lowercased())-120x40")
        }
        let narrow = Golden.after([.end, .enter], from: TestWard.state(width: 80, height: 24))
        try Golden.check(narrow, "patient-overview-80x24")
        try Golden.check(Golden.after([.char("7")], from: narrow), "patient-notes-80x24")
        try Golden.check(Golden.after([.char("2")], from: narrow), "patient-consults-80x24")
    }

    @Test func editorHelpFormAndTooSmall() throws {
        let open = Golden.after([.end, .enter], from: TestWard.state(width: 80, height: 24))
        let typed = Golden.after([.char("n")] + Key.typing("夜间血压平稳。\nBP stable overnight; continue the plan and review the bladder scan results at noon."), from: open)
        try Golden.check(typed, "editor-80x24")
        try Golden.check(Golden.after([.char("?")], from: open), "help-patient-80x24")
        try Golden.check(Golden.after([.char("2"), .enter], from: open), "form-consult-status-80x24")
        try Golden.check(TestWard.state(width: 60, height: 20), "too-small-60x20")
    }
}
