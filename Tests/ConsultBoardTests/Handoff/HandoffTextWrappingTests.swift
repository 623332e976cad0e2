import Foundation
import Testing
@testable import ConsultBoard

/// The text format fits the page: every line within the width in display columns (a Chinese character takes
/// two), and nothing lost on the way.
@Suite struct HandoffTextWrappingTests {
    static let widths = [40, 47, 63, 80, 121]

    @Test(arguments: widths)
    func everyLineFitsTheWidth(width: Int) throws {
        let output = try HandoffTestSupport.render(.text, width: width)
        for line in output.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) columns: \(line)")
        }
    }

    @Test(arguments: widths)
    func chineseNoteWrapsWithinTheWidthAndLosesNothing(width: Int) throws {
        let document = try Handoff.document(
            board: HandoffFixture.board(), mrns: ["SCI-0001"], format: .text, width: width,
            generatedBy: "dr.li", now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
        let note = try #require(document.patients.first?.course.first { $0.author == "王医生" })
        #expect(note.gist.count > 1, "the note is longer than one line at width \(width)")
        for line in note.gist {
            #expect(DisplayWidth.of(line) <= document.contentWidth, "\(line)")
        }
        // No spaces in the note: it may only break between characters, so the lines put together are the note.
        #expect(note.gist.joined() == HandoffFixture.chineseNote)

        let output = try HandoffTestSupport.render(.text, mrns: ["SCI-0001"], width: width)
        let printed = output.filter { !$0.isWhitespace }
        #expect(printed.contains(HandoffFixture.chineseNote))
    }

    /// The summary lines of a patient whose summary is `summary`, laid out at `width`, each checked to fit.
    func wrappedSummary(_ summary: String, width: Int) throws -> [String] {
        var board = try HandoffFixture.board()
        try board.apply(
            .updatePatient(UpdatePatient(mrn: "SCI-0003", summary: summary)),
            context: ChangeContext(sequence: board.revision + 1, author: "dr.li", at: HandoffFixture.now))
        let document = try Handoff.document(
            board: board, mrns: ["SCI-0003"], format: .text, width: width, generatedBy: "dr.li",
            now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
        let lines = try #require(document.patients.first?.summaryLines)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width - 4, "\(line)")
        }
        return lines
    }

    @Test(arguments: widths)
    func mixedTextKeepsEveryWordInOrder(width: Int) throws {
        let summary = "术后第十天 fever 38.9 °C since yesterday evening; 尿培养 E. coli, ceftriaxone day 3. "
            + "Supercalifragilisticexpialidocious-length-token-that-cannot-fit-on-one-narrow-line-at-all ends here."
        let lines = try wrappedSummary(summary, width: width)
        // Only the word longer than a line is cut (nothing is lost), so compare the text without the spaces the
        // wrapping removed.
        #expect(lines.joined().filter { $0 != " " } == summary.filter { $0 != " " })
    }

    @Test(arguments: widths)
    func wordsThatFitAreNeverSplit(width: Int) throws {
        let summary = "Day 10 after C4-6 fixation: fever 38.9 °C since yesterday evening, urine culture E. coli, "
            + "ceftriaxone day 3, creatinine 168 umol/L rising; 家属已知情 and agrees with the plan."
        let lines = try wrappedSummary(summary, width: width)
        // A line may end between two Chinese characters, so compare the Latin words and the text without spaces.
        let latinWords = { (text: String) in text.split(separator: " ").filter { $0.allSatisfy(\.isASCII) } }
        #expect(latinWords(lines.joined(separator: " ")) == latinWords(summary))
        #expect(lines.joined().filter { $0 != " " } == summary.filter { $0 != " " })
    }

    @Test func widthOutsideTheUsableRangeIsRefused() throws {
        let board = try HandoffFixture.board()
        for width in [0, 39, 401] {
            #expect(throws: HandoffError.invalidWidth(width, allowed: Handoff.widths)) {
                try Handoff.document(board: board, format: .text, width: width, generatedBy: "x", now: HandoffFixture.now)
            }
        }
    }

    @Test func markdownAndHTMLKeepLinesWhole() throws {
        let document = try Handoff.document(
            board: HandoffFixture.board(), mrns: ["SCI-0001"], format: .html, width: 40, generatedBy: "dr.li",
            now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
        let note = try #require(document.patients.first?.course.first { $0.author == "王医生" })
        #expect(note.gist == [HandoffFixture.chineseNote])
    }
}
