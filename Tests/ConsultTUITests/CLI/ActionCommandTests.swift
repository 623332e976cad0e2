import ConsultBoard
import Foundation
import Testing

@Suite struct ActionCommandTests {
    @Test(arguments: BoardKind.available)
    func addAndCompleteAnAction(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(
            ["action", "add", CLIBoard.mrn, "--text", "Anti-Xa after 3rd dose", "--owner", "dr.ma", "--due", "2026-11-25T12:00:00Z"],
            author: "dr.chen")
        #expect(id.hasPrefix("A-"))
        var a = try #require(try board.record().actions.first { $0.id == id })
        #expect(a.text == "Anti-Xa after 3rd dose" && a.owner == "dr.ma" && !a.done && a.createdBy == "dr.chen")
        #expect(a.due == Date(timeIntervalSince1970: 1_795_608_000))
        #expect(try board.add(["action", "done", id], author: "dr.ma") == id)
        a = try #require(try board.record().actions.first { $0.id == id })
        #expect(a.done && a.doneBy == "dr.ma" && a.doneAt != nil)
        try board.refuse(["action", "done", id], "\(id) is already done")
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.refuse(["action", "add", CLIBoard.mrn, "--text", ""], "the action text is empty")
        try board.refuse(["action", "add", CLIBoard.mrn, "--text", "x", "--due", "tomorrow"], "due time 'tomorrow' is not a date and time")
        try board.refuse(["action", "add", "NOPE", "--text", "x"], "no patient with MRN 'NOPE'")
        try board.refuse(["action", "done", "A-999"], "no action with id 'A-999'")
    }
}

@Suite struct ContingencyCommandTests {
    @Test(arguments: BoardKind.available)
    func addsAnIfThenPlan(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(["contingency", "add", CLIBoard.mrn, "--if", "Temperature 38.5 C or more", "--then", "Blood cultures x2"])
        #expect(id.hasPrefix("K-"))
        let k = try #require(try board.record().contingencies.first { $0.id == id })
        #expect(k.condition == "Temperature 38.5 C or more" && k.action == "Blood cultures x2" && k.author == "dr.test")
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.refuse(["contingency", "add", CLIBoard.mrn, "--if", " ", "--then", "x"], "the contingency condition (if) is empty")
        try board.refuse(["contingency", "add", CLIBoard.mrn, "--if", "x", "--then", ""], "the contingency action (then) is empty")
        try board.refuse(["contingency", "add", CLIBoard.mrn, "--if", "x"], "Missing expected argument '--then")
        try board.refuse(["contingency", "add", "NOPE", "--if", "x", "--then", "y"], "no patient with MRN 'NOPE'")
    }
}
