import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The ISNCSCI worksheet form: keys in, the grid, refusals, the live classification and the exam saved through
/// the same command as `exam add`.
@Suite struct ExamWorksheetTests {
    private func run(_ keys: [Key], on start: AppState) -> (AppState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        return (state, effects)
    }

    /// Bed 12 (陈明) opened, the worksheet open on him.
    private func opened(width: Int = 120, height: Int = 40) -> AppState {
        run([.end, .enter, .char("I")], on: TestWard.state(width: width, height: height)).0
    }

    /// A complete C6 injury, both sides: C5 and C6 muscles 5, the rest 0; C2-C6 sensation normal, below absent;
    /// no VAC, no DAP. By the 2019 definitions: sensory and motor levels C6, NLI C6, AIS A, ZPP C6.
    static let completeC6: [String: String] = {
        var values: [String: String] = [:]
        for side in ["Right", "Left"] {
            for segment in ISNCSCISegment.keyMuscles {
                values[segment.name.lowercased() + side + "Motor"] = ["C5", "C6"].contains(segment.name) ? "5" : "0"
            }
            for (index, segment) in ISNCSCISegment.dermatomes.enumerated() {
                let grade = index <= 4 ? "2" : "0"
                values[segment.name.lowercased() + side + "Touch"] = grade
                values[segment.name.lowercased() + side + "Prick"] = grade
            }
        }
        values["analContraction"] = "No"
        values["analSensation"] = "No"
        return values
    }()

    @Test func gradesAreTypedIntoTheCellUnderTheCursorAndArrowsMoveThroughTheGrid() {
        var (state, _) = run(Key.typing("2") + [.right] + Key.typing("1*") + [.right, .right] + Key.typing("nt") + [.enter], on: opened())
        let sheet = state.examWorksheet
        #expect(sheet?.values == ["c2RightTouch": "2", "c2RightPrick": "1*", "c2LeftPrick": "NT"])
        // Enter went down a row in the same column; C2 right motor does not exist, so ← from C2 right touch stays.
        #expect(sheet?.row == 1 && sheet?.column == .leftPrick)
        (state, _) = run([.up, .left, .left, .left, .left, .left], on: state)
        #expect(state.examWorksheet?.row == 0 && state.examWorksheet?.column == .rightTouch)
        // The motor column has cells only at the key muscles: down from C5 goes C6, ..., T1, then L2.
        var sheetAtC5 = state
        sheetAtC5.examWorksheet?.row = 3
        sheetAtC5.examWorksheet?.column = .rightMotor
        (state, _) = run(Array(repeating: .down, count: 5), on: sheetAtC5)
        #expect(state.examWorksheet.map { ISNCSCISegment.dermatomes[$0.row].name } == "L2")
    }

    @Test func aValueTheCellCannotTakeIsRefusedWithOneLineAndNothingChanges() {
        let start = opened()
        var (state, _) = run(Key.typing("3"), on: start)
        #expect(state.examWorksheet?.typing == "")
        #expect(state.status?.kind == .error)
        #expect(state.status?.text == "C2 right light touch: '3' is not a value here; it takes 0-2 or NT; below 2 also with * or ** (1*, NT**)")
        var atC5 = start
        atC5.examWorksheet?.row = 3
        atC5.examWorksheet?.column = .rightMotor
        (state, _) = run(Key.typing("5*"), on: atC5)
        #expect(state.examWorksheet?.typing == "5")
        #expect(state.status?.text.hasPrefix("C5 right motor: '5*' is not a value here") == true)
        // An unfinished value keeps the cursor in its cell.
        (state, _) = run(Key.typing("N") + [.down], on: atC5)
        #expect(state.examWorksheet?.row == 3 && state.examWorksheet?.values.isEmpty == true)
        #expect(state.status?.text == "C5 right motor: 'N' is not complete; it takes 0-5 or NT; below 5 also with * or ** (3*, NT**)")
        // The lowest non-key muscle is a level where non-key muscles exist: T5 is refused as it is typed.
        var atNonKey = start
        atNonKey.examWorksheet?.row = ExamWorksheet.nonKeyRow
        atNonKey.examWorksheet?.column = .rightMotor
        (state, _) = run(Key.typing("T5"), on: atNonKey)
        #expect(state.examWorksheet?.typing == "T")
        (state, _) = run([.backspace] + Key.typing("c7") + [.right], on: atNonKey)
        #expect(state.examWorksheet?.values == ["rightLowestNonKeyMuscleWithMotorFunction": "C7"])
        #expect(state.examWorksheet?.column == .leftMotor)
        // A paste enters nothing.
        (state, _) = run([.paste("2\t2\t2")], on: start)
        #expect(state.examWorksheet?.typing == "" && state.status?.kind == .error)
    }

    @Test func theClassificationIsComputedLiveOnceEveryCellIsFilledAndSavedThroughTheExamCommand() {
        var state = opened()
        var values = Self.completeC6
        values["analSensation"] = nil
        state.examWorksheet?.values = values
        #expect(state.examWorksheet?.classification == nil)
        var effects: [Effect]
        (state, effects) = run([.ctrl("s")], on: state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == "Not saved: 1 of 134 cells empty (next: DAP (deep anal pressure))")
        state.examWorksheet?.row = ExamWorksheet.dapRow
        (state, effects) = run(Key.typing("n") + [.ctrl("s")], on: state)
        let result = try? #require(state.examWorksheet?.classification)
        #expect(result?.neurologicalLevel == "C6")
        #expect(result?.ais == "A")
        #expect([result?.rightSensoryLevel, result?.leftSensoryLevel, result?.rightMotorLevel, result?.leftMotorLevel] == ["C6", "C6", "C6", "C6"])
        #expect([result?.rightSensoryZPP, result?.rightMotorZPP] == ["C6", "C6"])
        #expect(effects == [.apply(
            [.addExam(AddExam(mrn: "SCI-0001", values: Self.completeC6))],
            summary: "ISNCSCI exam saved: NLI C6, AIS A, UEMS 20, LEMS 0, LT 20, PP 20")])
        // A refused save keeps every grade; an accepted one closes the worksheet.
        var refused = state
        _ = update(&refused, .failed("the board is read-only"))
        #expect(refused.examWorksheet?.values == Self.completeC6)
        _ = update(&state, .applied(state.board, [], ids: ["E-1"], summary: "ISNCSCI exam saved"))
        #expect(state.examWorksheet == nil)
    }

    @Test func theSavedExamIsRecordedOnTheBoardAsExamAddWouldRecordIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        try TestWard.write(to: path)
        var runner = EffectRunner(board: try BoardStore(path: path).open(), author: "dr.li", now: { TestWard.now })
        var state = opened()
        state.board = try BoardStore(path: path).load()
        state.examWorksheet?.values = Self.completeC6
        dispatch(.key(.ctrl("s")), state: &state, runner: &runner)
        #expect(state.examWorksheet == nil)
        #expect(state.status?.text.hasPrefix("ISNCSCI exam saved: NLI C6, AIS A") == true)
        let exam = try #require(try BoardStore(path: path).load().patients["SCI-0001"]?.examsByTime.last)
        #expect(exam.values == Self.completeC6 && exam.examinedBy == "dr.li")
    }

    @Test func escapeWithGradesAsksAndAnEmptyWorksheetClosesAtOnce() {
        var (state, _) = run([.escape], on: opened())
        #expect(state.examWorksheet == nil && state.confirmation == nil)
        (state, _) = run(Key.typing("2") + [.escape], on: opened())
        #expect(state.confirmation?.purpose == .discardWorksheet && state.examWorksheet != nil)
        (state, _) = run([.char("n")], on: state)
        #expect(state.examWorksheet?.typing == "2")
        (state, _) = run([.escape, .char("y")], on: state)
        #expect(state.examWorksheet == nil)
    }

    @Test func worksheetGoldens() throws {
        var wide = opened()
        wide.examWorksheet?.values = Self.completeC6
        wide.examWorksheet?.row = 4
        wide.examWorksheet?.column = .leftMotor
        try Golden.check(wide, "isncsci-worksheet-120x40")
        // At 80x24 the grid scrolls to keep the cursor (here on DAP) on screen.
        var narrow = opened(width: 80, height: 24)
        narrow.examWorksheet?.values = Self.completeC6
        narrow.examWorksheet?.values["analSensation"] = nil
        narrow = run([.down], on: narrow).0
        narrow.examWorksheet?.row = ExamWorksheet.vacRow
        narrow = run([.down], on: narrow).0
        try Golden.check(narrow, "isncsci-worksheet-80x24")
    }
}
