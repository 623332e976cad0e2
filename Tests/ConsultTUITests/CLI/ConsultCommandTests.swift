import ConsultBoard
import Foundation
import Testing

@Suite struct ConsultCommandTests {
    @Test(arguments: BoardKind.available)
    func requestAndRecommend(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(
            ["consult", "request", CLIBoard.mrn, "--service", "Spine Surgery", "--question", "Decompression?", "--urgency", "STAT"],
            author: "dr.chen")
        #expect(id.hasPrefix("C-"))
        #expect(try board.add(["consult", "recommend", id, "--text", "No surgery now."], author: "dr.sun") == id)
        let c = try #require(try board.record().consults.first { $0.id == id })
        #expect(c.service == .spineSurgery)
        #expect(c.urgency == .stat)
        #expect(c.status == .requested)
        #expect(c.question == "Decompression?")
        #expect(c.requestedBy == "dr.chen")
        #expect(c.recommendations.map(\.text) == ["No surgery now."])
        #expect(c.recommendations.first?.by == "dr.sun")
    }

    @Test(arguments: BoardKind.available)
    func theDefaultUrgencyIsRoutine(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(["consult", "request", CLIBoard.mrn, "--service", "nephrology", "--question", "AKI?"])
        #expect(try board.record().consults.first { $0.id == id }?.urgency == .routine)
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(["consult", "request", CLIBoard.mrn, "--service", "nephrology", "--question", "AKI?"])
        try board.refuse(["consult", "request", CLIBoard.mrn, "--service", "cardiology", "--question", "q"], "unknown service 'cardiology'")
        try board.refuse(["consult", "request", CLIBoard.mrn, "--service", "vascular", "--question", " "], "the consult question is empty")
        try board.refuse(["consult", "request", CLIBoard.mrn, "--service", "vascular", "--question", "q", "--urgency", "asap"],
                         "unknown urgency 'asap'; valid: routine, urgent, stat")
        try board.refuse(["consult", "request", "NOPE", "--service", "vascular", "--question", "q"], "no patient with MRN 'NOPE'")
        try board.refuse(["consult", "recommend", id, "--text", ""], "the recommendation is empty")
        try board.refuse(["consult", "recommend", "C-404", "--text", "x"], "no consult with id 'C-404'")
    }
}
