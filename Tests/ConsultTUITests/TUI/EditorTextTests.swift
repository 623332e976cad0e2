import ConsultBoard
import Testing
@testable import ConsultTUI

/// The editor's text handling: graphemes, display widths, wrapping and cursor movement.
@Suite struct EditorTextTests {
    @Test func aChineseCharacterIsOneStepAndTwoColumns() {
        var input = TextInput("病人")
        #expect(input.cursor == 2)
        input.moveLeft()
        input.backspace()
        #expect(input.text == "人")
        #expect(input.cursor == 0)
        input.moveRight()
        input.insert("A")
        #expect(input.text == "人A")
        let layout = WrappedText(input.characters, width: 10)
        #expect(layout.column(of: input.cursor, in: input.characters) == 3)
    }

    @Test func combiningMarksAndEmojiStayOneGrapheme() {
        var input = TextInput()
        input.insert("e")
        input.insert("\u{301}")  // a combining accent typed on its own joins the e
        #expect(input.characters.count == 1)
        #expect(input.text == "e\u{301}")
        input.insert("👩‍⚕️")
        #expect(input.characters.count == 2)
        input.backspace()
        #expect(input.text == "e\u{301}")
        input.moveLeft()
        input.deleteForward()
        #expect(input.isEmpty)
    }

    @Test func controlCharactersAreDroppedAndLineBreaksNormalised() {
        var single = TextInput()
        single.insert("a\u{1B}[31mb\u{07}\tc\nd")
        #expect(single.text == "a[31mb c d")
        var multi = TextInput()
        multi.insert("one\r\ntwo\rthree", multiline: true)
        #expect(multi.text == "one\ntwo\nthree")
    }

    @Test func wrappingBreaksAtSpacesAndBetweenChineseCharacters() {
        let text = Array("the quick brown fox")
        let rows = WrappedText(text, width: 10).rows.map { String(text[$0.start..<$0.end]) }
        #expect(rows == ["the quick ", "brown fox"])
        let chinese = Array("夜间血压升高两次")
        let chineseRows = WrappedText(chinese, width: 5).rows.map { String(chinese[$0.start..<$0.end]) }
        #expect(chineseRows == ["夜间", "血压", "升高", "两次"])
        let long = Array("abcdefghij")
        #expect(WrappedText(long, width: 4).rows.map { String(long[$0.start..<$0.end]) } == ["abcd", "efgh", "ij"])
        let lines = Array("a\n\nb")
        #expect(WrappedText(lines, width: 4).rows.map { String(lines[$0.start..<$0.end]) } == ["a", "", "b"])
    }

    @Test func upAndDownKeepTheDisplayColumnAcrossWideCharacters() {
        var editor = EditorState(purpose: .note("SCI-0001"), service: .ward)
        editor.body.insert("abcdef\n夜间血压\nxy", multiline: true)
        editor.body.moveTo(4)  // after "abcd": column 4
        editor.handleBodyKey(.down, wrapWidth: 20, pageRows: 5)
        // Column 4 on "夜间血压" is after two wide characters.
        #expect(editor.body.cursor == 7 + 2)
        editor.handleBodyKey(.down, wrapWidth: 20, pageRows: 5)
        #expect(editor.body.cursor == editor.body.characters.count)  // "xy" is shorter: its end
        editor.handleBodyKey(.up, wrapWidth: 20, pageRows: 5)
        editor.handleBodyKey(.up, wrapWidth: 20, pageRows: 5)
        #expect(editor.body.cursor == 4)  // the goal column survived the short line
        editor.handleBodyKey(.end, wrapWidth: 20, pageRows: 5)
        #expect(editor.body.cursor == 6)
        editor.handleBodyKey(.home, wrapWidth: 20, pageRows: 5)
        #expect(editor.body.cursor == 0)
    }

    @Test func pagingScrollsSoTheCursorStaysVisible() {
        var editor = EditorState(purpose: .note("SCI-0001"), service: .ward)
        editor.body.insert((1...30).map { "line \($0)" }.joined(separator: "\n"), multiline: true)
        editor.scrollToCursor(wrapWidth: 20, pageRows: 10)
        #expect(editor.top == 20)
        editor.handleBodyKey(.pageUp, wrapWidth: 20, pageRows: 10)
        editor.handleBodyKey(.pageUp, wrapWidth: 20, pageRows: 10)
        #expect(editor.top <= WrappedText(editor.body.characters, width: 20).row(of: editor.body.cursor))
        editor.handleBodyKey(.pageUp, wrapWidth: 20, pageRows: 10)
        editor.handleBodyKey(.pageUp, wrapWidth: 20, pageRows: 10)
        #expect(editor.body.cursor == 0 && editor.top == 0)
    }
}

/// The canvas: placement by display width, clipping, and sanitising.
@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCellsAndColumnsLineUp() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put(TextLayout.pad("陈明", width: 6) + "|", x: 0, y: 0)
        canvas.put(TextLayout.pad("Ann", width: 6) + "|", x: 0, y: 1)
        #expect(canvas.lines == ["陈明  |", "Ann   |"])
        #expect(canvas[1, 0].isContinuation)
    }

    @Test func aWideCharacterThatWouldNotFitIsLeftOutAndOverwritingHalfClearsTheOtherHalf() {
        var canvas = Canvas(width: 5, height: 1)
        #expect(canvas.put("ab陈明", x: 0, y: 0) == 4)
        #expect(canvas.lines == ["ab陈"])
        canvas.put("x", x: 3, y: 0)  // over the right half of 陈
        #expect(canvas.lines == ["ab x"])
        #expect(!canvas[2, 0].isContinuation)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("a\u{1B}[2Jb\u{07}\u{202E}cd", x: 0, y: 0)
        #expect(canvas.lines == ["a␛[2Jb␇cd"])
    }

    @Test func clicksFindTheLastRegionDrawnThere() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.addHitRegion(x: 0, y: 1, width: 10, target: .patient("A"))
        canvas.addHitRegion(x: 2, y: 1, width: 3, target: .tab(.notes))
        #expect(canvas.target(atX: 0, y: 1) == .patient("A"))
        #expect(canvas.target(atX: 3, y: 1) == .tab(.notes))
        #expect(canvas.target(atX: 3, y: 2) == nil)
    }
}
