import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The first screen is drawn from the board without its notes (`loadBoardList`) while the whole board is read:
/// it must be exactly the screen the whole board gives, in both layouts and both languages, or the ward would
/// see a count or a summary that changes a moment later.
@Suite struct FirstScreenTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    func draw(_ board: Board, store: BoardStore, width: Int, height: Int, patient: MRN? = nil) throws -> String {
        var state = try TUILauncher.state(on: board, store: store, author: "dr.li", width: width, height: height)
        state.now = Self.now
        if let patient { _ = state.openPatient(patient) }
        var canvas = Canvas(width: width, height: height)
        ScreenView.draw(state, into: &canvas)
        return canvas.text
    }

    @Test(arguments: [Language.english, .simplifiedChinese])
    func theBoardListFromTheNotesLessReadIsTheWholeBoardsScreen(language: Language) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        try BoardGenerator(patients: 5, notes: 30, labs: 90, seed: 11, now: Self.now).generate(at: path)
        let store = try BoardStore(path: path)
        // Changes after the checkpoint: an addendum to a note of a patient whose notes the list does not read,
        // a note for the first patient (the summary's latest note), a critical potassium for another.
        try store.apply([.addAddendum(AddAddendum(noteID: "N-40", text: "补记：夜间血压稳定"))], author: "dr.wu", at: Self.now)
        try store.apply([.addNote(AddNote(mrn: "GEN-0001", service: .ward, type: .progress, text: "最新：下肢肌力好转"))], author: "dr.wu", at: Self.now)
        try store.apply([.addLab(AddLab(mrn: "GEN-0003", test: "potassium", value: 6.9, unit: "mmol/L", at: Self.now))], author: "dr.wu", at: Self.now)
        let whole = try store.load()
        try Localisation.with(language) {
            for (width, height) in [(120, 40), (80, 24)] {
                let list = try store.loadBoardList(wholeRecordOf: AppState.firstSelection)
                let first = try draw(list, store: store, width: width, height: height)
                #expect(first == (try draw(whole, store: store, width: width, height: height)), "\(width)x\(height)")
                if width >= 100 { #expect(first.contains("最新：下肢肌力好转"), "the selected patient's latest note is read") }
                // A patient's screen (`screen --patient`) from the list with that patient read whole.
                let picked = try store.loadBoardList { _ in "GEN-0002" }
                #expect(
                    try draw(picked, store: store, width: width, height: height, patient: "GEN-0002")
                        == draw(whole, store: store, width: width, height: height, patient: "GEN-0002"))
            }
        }
    }
}
