import ConsultBoard
import Foundation
import Testing

/// Every legal status move of consults, orders, results and complications made through the CLI, and a sample
/// of illegal moves with the library's message listing the legal ones.
@Suite struct StatusLifecycleCLITests {
    /// One walk: create a record, then move it through `moves` (status, reason), checking each move prints the
    /// record's id, and return the id.
    private func walk(
        _ board: CLIBoard, create: [String], set: String, _ moves: [(String, String?)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let id = try board.add(create, sourceLocation: sourceLocation)
        for (status, reason) in moves {
            let args = [set, "set", id, "--status", status] + (reason.map { ["--reason", $0] } ?? [])
            #expect(try board.add(args, sourceLocation: sourceLocation) == id, sourceLocation: sourceLocation)
        }
        return id
    }

    private let consult = ["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "Weakness?"]
    private let draftOrder = ["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "lab", "--text", "CK", "--draft"]
    private let activeOrder = ["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "lab", "--text", "CK"]
    private let preliminary = ["result", "add", CLIBoard.mrn, "--kind", "mri", "--summary", "Cord signal C4-5", "--status", "preliminary"]
    private let complication = ["complication", "add", CLIBoard.mrn, "--kind", "dvt", "--summary", "Left leg DVT"]

    @Test(arguments: BoardKind.available)
    func everyLegalConsultMove(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let long = try walk(board, create: consult, set: "consult", [
            ("accepted", nil), ("seen", nil), ("follow-up", nil), ("seen", nil), ("signed-off", nil),
        ])
        let cancelledAtOnce = try walk(board, create: consult, set: "consult", [("cancelled", "Patient transferred")])
        let cancelledLater = try walk(board, create: consult, set: "consult", [("accepted", nil), ("cancelled", "Resolved")])
        let signedOffFromFollowUp = try walk(board, create: consult, set: "consult", [
            ("accepted", nil), ("seen", nil), ("follow-up", nil), ("signed-off", nil),
        ])
        let consults = try board.record().consults
        func statuses(_ id: String) -> [String] {
            consults.first { $0.id == id }?.history.map(\.to.rawValue) ?? []
        }
        #expect(statuses(long) == ["requested", "accepted", "seen", "follow-up", "seen", "signed-off"])
        #expect(statuses(cancelledAtOnce) == ["requested", "cancelled"])
        #expect(statuses(cancelledLater) == ["requested", "accepted", "cancelled"])
        #expect(statuses(signedOffFromFollowUp) == ["requested", "accepted", "seen", "follow-up", "signed-off"])
        #expect(consults.first { $0.id == cancelledAtOnce }?.history.last?.reason == "Patient transferred")
    }

    @Test(arguments: BoardKind.available)
    func illegalConsultMovesNameTheLegalOnes(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(consult)
        try board.refuse(["consult", "set", id, "--status", "seen"],
                         "\(id) cannot move from requested to seen; from requested it may move to: accepted, cancelled")
        try board.refuse(["consult", "set", id, "--status", "cancelled"], "moving \(id) to cancelled needs a reason (--reason)")
        try board.refuse(["consult", "set", id, "--status", "cancelled", "--reason", "  "], "needs a reason")
        try board.refuse(["consult", "set", id, "--status", "done"], "unknown consult status 'done'",
                         "requested, accepted, seen, follow-up, signed-off, cancelled")
        try board.add(["consult", "set", id, "--status", "cancelled", "--reason", "not needed"])
        try board.refuse(["consult", "set", id, "--status", "accepted"], "\(id) is cancelled, a final status: it cannot move to accepted")
        try board.refuse(["consult", "set", "C-999", "--status", "accepted"], "no consult with id 'C-999'")
    }

    @Test(arguments: BoardKind.available)
    func everyLegalOrderMove(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let walks = [
            try walk(board, create: draftOrder, set: "order", [
                ("active", nil), ("on-hold", "LP today"), ("active", nil), ("completed", nil), ("entered-in-error", "wrong patient"),
            ]),
            try walk(board, create: draftOrder, set: "order", [("discontinued", "not needed"), ("entered-in-error", "duplicate")]),
            try walk(board, create: draftOrder, set: "order", [("entered-in-error", "typo")]),
            try walk(board, create: activeOrder, set: "order", [("discontinued", "changed plan")]),
            try walk(board, create: activeOrder, set: "order", [("entered-in-error", "typo")]),
            try walk(board, create: activeOrder, set: "order", [("on-hold", "bleeding"), ("discontinued", "stopped")]),
            try walk(board, create: activeOrder, set: "order", [("on-hold", "bleeding"), ("entered-in-error", "typo")]),
        ]
        let orders = try board.record().orders
        let histories = walks.map { id in orders.first { $0.id == id }?.history.map(\.to.rawValue) ?? [] }
        #expect(histories == [
            ["draft", "active", "on-hold", "active", "completed", "entered-in-error"],
            ["draft", "discontinued", "entered-in-error"],
            ["draft", "entered-in-error"],
            ["active", "discontinued"],
            ["active", "entered-in-error"],
            ["active", "on-hold", "discontinued"],
            ["active", "on-hold", "entered-in-error"],
        ])
        #expect(orders.first { $0.id == walks[0] }?.history[2].reason == "LP today")
    }

    @Test(arguments: BoardKind.available)
    func illegalOrderMovesNameTheLegalOnes(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(activeOrder)
        try board.refuse(["order", "set", id, "--status", "draft"],
                         "\(id) cannot move from active to draft; from active it may move to: on-hold, completed, discontinued, entered-in-error")
        try board.refuse(["order", "set", id, "--status", "on-hold"], "moving \(id) to on-hold needs a reason")
        try board.refuse(["order", "set", id, "--status", "discontinued"], "moving \(id) to discontinued needs a reason")
        try board.add(["order", "set", id, "--status", "completed"])
        try board.refuse(["order", "set", id, "--status", "active"],
                         "\(id) cannot move from completed to active; from completed it may move to: entered-in-error")
        try board.refuse(["order", "set", id, "--status", "entered-in-error"], "needs a reason")
        try board.add(["order", "set", id, "--status", "entered-in-error", "--reason", "wrong chart"])
        try board.refuse(["order", "set", id, "--status", "active"], "\(id) is entered-in-error, a final status")
        try board.refuse(["order", "set", id, "--status", "cancelled"], "unknown order status 'cancelled'",
                         "draft, active, on-hold, completed, discontinued, entered-in-error")
        try board.refuse(["order", "set", "O-999", "--status", "active"], "no order with id 'O-999'")
    }

    @Test(arguments: BoardKind.available)
    func everyLegalResultMoveAndTheIllegalOnes(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let amendedTwice = try walk(board, create: preliminary, set: "result", [
            ("final", nil), ("amended", "levels corrected"), ("amended", "second look"),
        ])
        let amendedEarly = try walk(board, create: preliminary, set: "result", [("amended", "added sequence")])
        let results = try board.record().results
        #expect(results.first { $0.id == amendedTwice }?.history.map(\.to) == [.preliminary, .final, .amended, .amended])
        #expect(results.first { $0.id == amendedEarly }?.history.map(\.to) == [.preliminary, .amended])
        try board.refuse(["result", "set", amendedTwice, "--status", "preliminary"],
                         "cannot move from amended to preliminary; from amended it may move to: amended")
        try board.refuse(["result", "set", amendedTwice, "--status", "amended"], "moving \(amendedTwice) to amended needs a reason")
        let final = try board.add(["result", "add", CLIBoard.mrn, "--kind", "csf", "--summary", "Normal"])
        try board.refuse(["result", "set", final, "--status", "final"], "cannot move from final to final; from final it may move to: amended")
        try board.refuse(["result", "set", final, "--status", "draft"], "unknown result status 'draft'; valid: preliminary, final, amended")
    }

    @Test(arguments: BoardKind.available)
    func complicationsResolveAndRecur(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try walk(board, create: complication, set: "complication", [
            ("resolved", nil), ("active", "recurred on day 9"), ("resolved", nil),
        ])
        let c = try #require(try board.record().complications.first { $0.id == id })
        #expect(c.history.map(\.to) == [.active, .resolved, .active, .resolved])
        #expect(c.history[2].reason == "recurred on day 9")
        #expect(c.resolvedAt != nil)
        try board.refuse(["complication", "set", id, "--status", "resolved"],
                         "cannot move from resolved to resolved; from resolved it may move to: active")
        try board.refuse(["complication", "set", id, "--status", "gone"], "unknown complication status 'gone'; valid: active, resolved")
    }
}
