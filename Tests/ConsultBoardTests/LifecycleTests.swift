import Foundation
import Testing
@testable import ConsultBoard

/// The status lifecycles, checked against tables written from their published definitions (not read back from
/// the code), both in the lifecycle types and through `Board.apply`.
@Suite struct LifecycleTests {
    /// Consult: requested -> accepted -> seen -> follow-up -> signed-off, or cancelled (with a reason).
    static let consultMoves: [ConsultStatus: Set<ConsultStatus>] = [
        .requested: [.accepted, .cancelled], .accepted: [.seen, .cancelled], .seen: [.followUp, .signedOff],
        .followUp: [.seen, .signedOff], .signedOff: [], .cancelled: [],
    ]
    /// Order: FHIR request status (http://hl7.org/fhir/request-status), without revoked/unknown.
    static let orderMoves: [OrderStatus: Set<OrderStatus>] = [
        .draft: [.active, .discontinued, .enteredInError],
        .active: [.onHold, .completed, .discontinued, .enteredInError],
        .onHold: [.active, .discontinued, .enteredInError],
        .completed: [.enteredInError], .discontinued: [.enteredInError], .enteredInError: [],
    ]
    /// Diagnostic report: preliminary -> final -> amended (FHIR DiagnosticReport status).
    static let resultMoves: [ResultStatus: Set<ResultStatus>] = [
        .preliminary: [.final, .amended], .final: [.amended], .amended: [.amended],
    ]
    static let complicationMoves: [ComplicationStatus: Set<ComplicationStatus>] = [
        .active: [.resolved], .resolved: [.active],
    ]

    private func check<S: Lifecycle>(_ table: [S: Set<S>], reasons: Set<S>) {
        #expect(Set(table.keys) == Set(S.allCases), "the table covers every status")
        for from in S.allCases {
            for to in S.allCases {
                #expect(from.canMove(to: to) == (table[from]?.contains(to) ?? false), "\(from) -> \(to)")
            }
            #expect(from.isFinal == (table[from]?.isEmpty ?? true))
            #expect(from.needsReason == reasons.contains(from))
        }
    }

    @Test func consultTable() { check(Self.consultMoves, reasons: [.cancelled]) }
    @Test func orderTable() { check(Self.orderMoves, reasons: [.onHold, .discontinued, .enteredInError]) }
    @Test func resultTable() { check(Self.resultMoves, reasons: [.amended]) }
    @Test func complicationTable() { check(Self.complicationMoves, reasons: []) }

    // MARK: - Through Board.apply: every (from, to) pair, legal or not

    /// A board with one patient, at sequence 2.
    private func board() throws -> Board {
        var board = Board()
        try board.apply(.createBoard(CreateBoard(ward: "W")), context: context(1))
        let patient = Patient(mrn: "P1", name: "N", age: 60, sex: .female, bed: "1", admittedAt: .init(timeIntervalSince1970: 0), diagnosis: "d")
        try board.apply(.admitPatient(AdmitPatient(patient: patient)), context: context(2))
        return board
    }

    private func context(_ sequence: Int) -> ChangeContext {
        ChangeContext(sequence: sequence, author: "dr.test", at: Date(timeIntervalSince1970: Double(sequence) * 60))
    }

    /// Shortest legal path from `start` to `target` in `table`, if any.
    private func path<S: Lifecycle>(_ table: [S: Set<S>], from start: S, to target: S) -> [S]? {
        var queue: [[S]] = [[start]]
        var seen: Set<S> = [start]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard let last = path.last else { continue }
            if last == target { return Array(path.dropFirst()) }
            for next in (table[last] ?? []).sorted(by: { $0.rawValue < $1.rawValue }) where !seen.contains(next) {
                seen.insert(next)
                queue.append(path + [next])
            }
        }
        return nil
    }

    /// For each reachable status `from` and every `to`: applying the move succeeds exactly when the table allows
    /// it, a refused move leaves the board unchanged and names the legal moves, and a move that needs a reason
    /// is refused without one.
    private func exercise<S: Lifecycle>(
        _ table: [S: Set<S>], initial: S, create: (Int) -> BoardCommand, kind: RecordKind,
        set: (RecordID, S, String?) -> BoardCommand
    ) throws {
        for from in S.allCases {
            guard let route = path(table, from: initial, to: from) else { continue }
            for to in S.allCases {
                var board = try board()
                var sequence = 3
                try board.apply(create(sequence), context: context(sequence))
                let id = kind.id(forSequence: sequence)
                for step in route {
                    sequence += 1
                    try board.apply(set(id, step, "reason"), context: context(sequence))
                }
                let before = board
                sequence += 1
                let legal = table[from]?.contains(to) ?? false
                if legal {
                    if to.needsReason {
                        #expect(throws: BoardError.reasonRequired(record: id, status: to.rawValue)) {
                            try board.apply(set(id, to, nil), context: context(sequence))
                        }
                        #expect(board == before)
                    }
                    try board.apply(set(id, to, "because"), context: context(sequence))
                    #expect(board != before, "\(from) -> \(to) changed nothing")
                } else {
                    let allowed = from.next.map(\.rawValue)
                    #expect(throws: BoardError.illegalTransition(record: id, from: from.rawValue, to: to.rawValue, allowed: allowed)) {
                        try board.apply(set(id, to, "because"), context: context(sequence))
                    }
                    #expect(board == before, "a refused move changed the board")
                }
            }
        }
    }

    @Test func consultMovesThroughTheBoard() throws {
        try exercise(
            Self.consultMoves, initial: .requested,
            create: { _ in .requestConsult(RequestConsult(mrn: "P1", service: .neurology, question: "q")) }, kind: .consult,
            set: { .setConsultStatus(SetConsultStatus(consultID: $0, status: $1, reason: $2)) })
    }

    @Test func orderMovesThroughTheBoardFromDraftAndFromActive() throws {
        for initial in [OrderStatus.draft, .active] {
            try exercise(
                Self.orderMoves, initial: initial,
                create: { _ in .addOrder(AddOrder(mrn: "P1", service: .ward, kind: .lab, text: "CK", status: initial)) },
                kind: .order, set: { .setOrderStatus(SetOrderStatus(orderID: $0, status: $1, reason: $2)) })
        }
    }

    @Test func resultMovesThroughTheBoard() throws {
        for initial in [ResultStatus.preliminary, .final] {
            try exercise(
                Self.resultMoves, initial: initial,
                create: { _ in .addResult(AddResult(mrn: "P1", kind: .mri, summary: "s", status: initial)) }, kind: .result,
                set: { .setResultStatus(SetResultStatus(resultID: $0, status: $1, reason: $2)) })
        }
    }

    @Test func complicationMovesThroughTheBoard() throws {
        try exercise(
            Self.complicationMoves, initial: .active,
            create: { _ in .addComplication(AddComplication(mrn: "P1", kind: .dvt, summary: "DVT", onset: .init(timeIntervalSince1970: 0))) },
            kind: .complication, set: { .setComplicationStatus(SetComplicationStatus(complicationID: $0, status: $1, reason: $2)) })
    }

    @Test func historyKeepsWhoWhenAndWhy() throws {
        var board = try board()
        try board.apply(.addOrder(AddOrder(mrn: "P1", service: .ward, kind: .lab, text: "CK")), context: context(3))
        try board.apply(.setOrderStatus(SetOrderStatus(orderID: "O-3", status: .onHold, reason: "  LP today  ")), context: context(4))
        let history = try #require(board.patients["P1"]?.orders.first?.history)
        #expect(history.count == 2)
        #expect(history[1].from == .active && history[1].to == .onHold)
        #expect(history[1].reason == "LP today")
        #expect(history[1].by == "dr.test" && history[1].at == Date(timeIntervalSince1970: 240))
    }

    @Test func resolvingAComplicationStampsTheTimeAndRecurringClearsIt() throws {
        var board = try board()
        try board.apply(.addComplication(AddComplication(mrn: "P1", kind: .infection, summary: "UTI", onset: .init(timeIntervalSince1970: 0))), context: context(3))
        try board.apply(.setComplicationStatus(SetComplicationStatus(complicationID: "X-3", status: .resolved)), context: context(4))
        #expect(board.patients["P1"]?.complications.first?.resolvedAt == Date(timeIntervalSince1970: 240))
        try board.apply(.setComplicationStatus(SetComplicationStatus(complicationID: "X-3", status: .active)), context: context(5))
        #expect(board.patients["P1"]?.complications.first?.resolvedAt == nil)
    }
}
