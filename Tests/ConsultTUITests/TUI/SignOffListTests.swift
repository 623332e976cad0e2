import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// `c` on the board: the sign-off list of unsigned drafts and notes awaiting a cosignature (上级医师审签).
@Suite struct SignOffListTests {
    /// The test ward with a roster: dr.li attending, 王医生 resident who wrote a note awaiting cosignature.
    private func ward(author: String) throws -> AppState {
        var board = TestWard.board()
        var sequence = board.revision
        func apply(_ command: BoardCommand, as name: String, login: String) throws {
            sequence += 1
            try board.apply(command, context: ChangeContext(sequence: sequence, author: name, at: TestWard.now, writer: login))
        }
        try apply(.addStaff(AddStaff(member: StaffMember(name: "dr.li", login: "li", role: .attending))), as: "dr.li", login: "li")
        try apply(.addStaff(AddStaff(member: StaffMember(name: "王医生", login: "wang", role: .resident))), as: "dr.li", login: "li")
        try apply(.addNote(AddNote(mrn: "SCI-0003", service: .ward, type: .progress, text: "住院医师记录")), as: "王医生", login: "wang")
        try apply(.addNote(AddNote(mrn: "SCI-0003", service: .ward, type: .progress, text: "attending's own")), as: "dr.li", login: "li")
        var state = AppState(board: board, author: author, now: TestWard.now, timeZone: TimeZone(identifier: "UTC") ?? .current, width: 120, height: 40)
        state.keptDrafts = [NoteDraft(author: author, mrn: "SCI-0001", service: .neurology, type: .consult, text: "half written\nsecond line", savedAt: TestWard.now)]
        return state
    }

    @Test func anAttendingSeesTheirDraftsAndEveryNoteAwaitingCosignature() throws {
        var state = try ward(author: "dr.li")
        let waiting = AwaitingCosignature.notes(on: state.board)
        #expect(waiting.count == 1 && waiting.first?.note.author == "王医生")
        _ = update(&state, .key(.char("c")))
        let lines = try #require(state.preview?.lines)
        #expect(state.preview?.title == "Sign-off")
        #expect(lines.contains { $0.contains("half written") && !$0.contains("second line") }, "\(lines)")
        #expect(lines.contains { $0.contains(waiting.first?.note.id ?? "?") && $0.contains("王医生") }, "\(lines)")
        #expect(lines.contains("Notes awaiting your cosignature (上级医师审签)"))
        _ = update(&state, .key(.escape))
        #expect(state.preview == nil)
    }

    @Test func aResidentSeesOnlyTheirOwnNotesWaiting() throws {
        var state = try ward(author: "王医生")
        _ = update(&state, .key(.char("c")))
        let lines = try #require(state.preview?.lines)
        #expect(lines.contains("Your notes awaiting an attending's cosignature (上级医师审签)"), "\(lines)")
        let id = try #require(AwaitingCosignature.notes(on: state.board).first?.note.id)
        #expect(lines.contains { $0.contains(id) })
    }
}
