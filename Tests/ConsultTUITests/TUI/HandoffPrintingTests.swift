import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Printing the handoff from the TUI: choosing patients on the board, the printer's width and order in the
/// preview, and the printer's refusals on the status line.
@Suite struct HandoffPrintingTests {
    private func run(_ keys: [Key], on start: AppState = TestWard.state()) -> (AppState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key)) }
        return (state, effects)
    }

    @Test func spaceMarksPatientsAndPPreviewsOnlyThemAtThePrinterWidth() {
        // Beds 1, 2, 3, 5, 10, 12: Space marks bed 1 and moves to bed 2; down to bed 3, Space marks it.
        let (state, effects) = run([.char(" "), .down, .char(" "), .char("p")])
        #expect(state.markedForPrint == ["SCI-0004", "SCI-0002"])
        #expect(effects == [.renderHandoff(mrns: ["SCI-0002", "SCI-0004"], title: "Handoff · 2 chosen patients", width: 80, sort: .bed)])
        // Space again unmarks; with nothing marked p is the whole ward.
        let (cleared, wholeWard) = run([.down, .char(" "), .down, .char(" "), .up, .char(" "), .char("p")])
        #expect(cleared.markedForPrint == ["SCI-0006"])
        #expect(wholeWard == [.renderHandoff(mrns: ["SCI-0006"], title: "Handoff · 李娜", width: 80, sort: .bed)])
        let (_, none) = run([.char(" "), .up, .char(" "), .char("p")])
        #expect(none == [.renderHandoff(mrns: [], title: "Handoff · whole ward", width: 80, sort: .bed)])
    }

    @Test func theWholeWardSortedBySeverityPrintsUnstableFirst() {
        let (_, effects) = run([.char("s"), .char("p")])
        #expect(effects == [.renderHandoff(mrns: [], title: "Handoff · whole ward", width: 80, sort: .severity)])
    }

    @Test func wAndOInThePreviewRenderAgainAtTheNewWidthAndOrderAndPPrintsThat() {
        var (state, _) = run([.char("p")])
        _ = update(&state, .previewReady(title: "Handoff · whole ward", text: "80 columns"))
        var effects: [Effect]
        (state, effects) = run([.char("w")], on: state)
        #expect(effects == [.renderHandoff(mrns: [], title: "Handoff · whole ward", width: 132, sort: .bed)])
        (state, effects) = run([.char("o")], on: state)
        #expect(effects == [.renderHandoff(mrns: [], title: "Handoff · whole ward", width: 132, sort: .severity)])
        _ = update(&state, .previewReady(title: "Handoff · whole ward", text: "132 columns, unstable first"))
        (state, effects) = run([.char("P")], on: state)
        #expect(effects == [.print(text: "132 columns, unstable first", title: "Handoff · whole ward")])
        (state, effects) = run([.char("w")], on: state)
        #expect(effects == [.renderHandoff(mrns: [], title: "Handoff · whole ward", width: 80, sort: .severity)])
    }

    @Test func theEnvironmentSetsThePrinterWidthAndABadValueIsSaid() {
        #expect(PrintSetup.width(fromEnvironment: [:]) == (80, nil))
        #expect(PrintSetup.width(fromEnvironment: ["CONSULT_BOARD_PRINT_WIDTH": "132"]) == (132, nil))
        #expect(PrintSetup.width(fromEnvironment: ["CONSULT_BOARD_PRINT_WIDTH": " 96 "]) == (96, nil))
        for bad in ["wide", "0x84", "20", "401", "1e2", "-80", "８０"] {
            let (width, problem) = PrintSetup.width(fromEnvironment: ["CONSULT_BOARD_PRINT_WIDTH": bad])
            #expect(width == 80, "\(bad)")
            #expect(problem?.contains("CONSULT_BOARD_PRINT_WIDTH=") == true && problem?.contains("40 to 400") == true, "\(bad)")
        }
        // A width from the environment stays in the cycle of w.
        var setup = PrintSetup()
        setup.width = 96
        #expect(setup.nextWidth() == 132)
        setup.width = 132
        #expect(setup.nextWidth() == 80)
    }

    @Test func theRenderedHandoffKeepsToThePrinterWidth() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        try TestWard.write(to: path)
        var runner = EffectRunner(board: try BoardStore(path: path).open(), author: "dr.li", now: { TestWard.now })
        let board = try BoardStore(path: path).load()
        for width in [80, 132] {
            let result = runner.run(.renderHandoff(mrns: [], title: "t", width: width, sort: .severity), on: board)
            guard case let .previewReady(_, text)? = result else {
                Issue.record("no preview at \(width): \(String(describing: result))")
                continue
            }
            let widest = text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            #expect(widest <= width)
            // Unstable first: 陈明 (bed 12) comes before Ahmed Hassan (bed 1, stable).
            let first = try #require(text.range(of: "陈明")), second = try #require(text.range(of: "Ahmed Hassan"))
            #expect(first.lowerBound < second.lowerBound)
        }
    }

    @Test func aPrinterRefusalOrNoPrinterShowsOnTheStatusLineWithThePreviewStillOpen() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        try TestWard.write(to: path)
        let bin = folder.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        var runner = EffectRunner(board: try BoardStore(path: path).open(), author: "dr.li", now: { TestWard.now })
        var state = TestWard.state()
        _ = update(&state, .previewReady(title: "Handoff · whole ward", text: "the handoff"))

        runner.printEnvironment = ["PATH": bin]
        dispatch(.key(.char("P")), state: &state, runner: &runner)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.contains("no printer") == true)
        #expect(state.preview != nil)

        #expect(FileManager.default.createFile(
            atPath: bin + "/lp", contents: Data("#!/bin/sh\necho 'lp: Error - no default destination available.' >&2\nexit 1\n".utf8),
            attributes: [.posixPermissions: 0o700]))
        dispatch(.key(.char("P")), state: &state, runner: &runner)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.contains("lp: Error - no default destination available.") == true)
        #expect(state.status?.text.contains("status 1") == true)

        #expect(FileManager.default.createFile(
            atPath: bin + "/lp", contents: Data("#!/bin/sh\necho 'request id is ward-7 (1 file(s))'\n".utf8),
            attributes: [.posixPermissions: 0o700]))
        dispatch(.key(.char("P")), state: &state, runner: &runner)
        #expect(state.status?.kind == .info)
        #expect(state.status?.text == "Sent to the printer: request id is ward-7 (1 file(s))")
    }

    @Test func markedPatientsOnTheBoardGolden() throws {
        let marked = Golden.after([.char(" "), .down, .char(" ")], from: TestWard.state(width: 80, height: 24))
        try Golden.check(marked, "board-marked-for-print-80x24")
    }
}
