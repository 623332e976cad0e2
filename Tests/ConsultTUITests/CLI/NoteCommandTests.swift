import ConsultBoard
import Foundation
import Testing

@Suite struct NoteCommandTests {
    @Test(arguments: BoardKind.available)
    func addAddendumAndEnteredInError(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(
            ["note", "add", CLIBoard.mrn, "--service", "neurology", "--type", "consult", "--text", "Seen. Plan IVIG."],
            author: "dr.zhou")
        #expect(id.hasPrefix("N-"))
        let addendum = try board.add(["note", "addendum", id, "--text", "-"], author: "dr.zhou", stdin: "CSF normal.\n")
        #expect(addendum.hasPrefix("D-"))
        #expect(try board.add(["note", "error", id, "--reason", "Wrong patient"], author: "rn.zhang") == id)

        let note = try #require(try board.record().notes.first { $0.id == id })
        #expect(note.service == .neurology)
        #expect(note.type == .consult)
        #expect(note.author == "dr.zhou")
        #expect(note.text == "Seen. Plan IVIG.")
        #expect(note.addenda.map(\.id) == [addendum])
        #expect(note.addenda.first?.text == "CSF normal.")
        #expect(note.enteredInError?.reason == "Wrong patient")
        #expect(note.enteredInError?.by == "rn.zhang")
    }

    @Test(arguments: BoardKind.available)
    func theDefaultTypeIsProgress(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "Stable overnight."])
        #expect(try board.record().notes.first { $0.id == id }?.type == .progress)
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let note = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "x"])
        let consult = try board.add(["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "q"])
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "   "], "the note text is empty")
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "-"], "the note text is empty", stdin: "\n\n")
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "neuro", "--text", "x"], "unknown service 'neuro'", "neurology, spine-surgery")
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "ward", "--type", "memo", "--text", "x"], "unknown note type 'memo'", "progress")
        try board.refuse(["note", "add", "NOPE", "--service", "ward", "--text", "x"], "no patient with MRN 'NOPE'")
        try board.refuse(["note", "add", CLIBoard.mrn, "--service", "ward"], "Missing expected argument '--text")
        try board.refuse(["note", "addendum", "N-999", "--text", "x"], "no note with id 'N-999'")
        try board.refuse(["note", "addendum", consult, "--text", "x"], "no note with id '\(consult)'")
        try board.refuse(["note", "addendum", note, "--text", ""], "the addendum text is empty")
        try board.refuse(["note", "error", note, "--reason", " "], "the reason is empty")
        try board.refuse(["note", "error", note], "Missing expected argument '--reason")
        try board.add(["note", "error", note, "--reason", "duplicate"])
        try board.refuse(["note", "error", note, "--reason", "again"], "\(note) is already marked entered-in-error")
    }
}
