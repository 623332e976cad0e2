import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Allergies are never cut off in the patient header, and an order's dose and frequency are read whole in the
/// Orders list, at 80x24 (goldens) and in the layout the update function pages by.
@Suite struct HeaderAndOrdersGoldenTests {
    /// The test ward with a long Chinese and English allergy list and a long enoxaparin order for bed 12.
    static func state() throws -> AppState {
        var state = TestWard.state(width: 80, height: 24)
        var board = state.board
        var sequence = board.revision
        let at = TestWard.date("2026-11-25T08:00:00Z")
        func apply(_ command: BoardCommand) throws {
            sequence += 1
            try board.apply(command, context: ChangeContext(sequence: sequence, author: "dr.li", at: at))
        }
        for (substance, reaction) in [
            ("青霉素 penicillin", "过敏性休克 anaphylaxis"),
            ("磺胺类抗生素 sulfonamide antibiotics", "史蒂文斯-约翰逊综合征 Stevens-Johnson syndrome"),
            ("碘造影剂 iodinated contrast", "荨麻疹 urticaria"),
            ("阿司匹林 aspirin and other NSAIDs", "支气管痉挛 bronchospasm"),
        ] {
            try apply(.addAllergy(AddAllergy(mrn: "SCI-0001", substance: substance, reaction: reaction, severity: .severe)))
        }
        try apply(.addOrder(AddOrder(
            mrn: "SCI-0001", service: .ward, kind: .medication,
            text: "Enoxaparin sodium (克赛) 40 mg SC once daily at 20:00; hold if platelets below 50 or before any lumbar puncture",
            medication: MedicationDetails(drug: "Enoxaparin sodium", dose: "40 mg", route: "SC", frequency: "once daily at 20:00"))))
        state.board = board
        return state
    }

    @Test func longAllergiesWrapWholeAndTheContentMovesDown() throws {
        let open = Golden.after([.end, .enter], from: try Self.state())
        try Golden.check(open, "patient-long-allergies-80x24")
        let record = try #require(open.board.patients["SCI-0001"])
        let lines = PatientHeader.lines(record, width: 78)
        #expect(lines.count > 1)
        // Every allergy is on screen whole: the header's lines put together hold the whole summary.
        #expect(lines.joined(separator: " ").contains("史蒂文斯-约翰逊综合征 Stevens-Johnson syndrome"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 78 })
        #expect(open.layout.patientHeaderRows == lines.count)
        #expect(open.layout.patientContentTop == 3 + lines.count)
        // A short list keeps the one header line.
        let short = Golden.after([.end, .enter], from: TestWard.state(width: 80, height: 24))
        #expect(short.layout.patientHeaderRows == 1)
    }

    @Test func theOrdersListWrapsALongOrder() throws {
        let orders = Golden.after([.end, .enter, .char("3")], from: try Self.state())
        try Golden.check(orders, "patient-orders-long-80x24")
        var canvas = Canvas(width: orders.width, height: orders.height)
        ScreenView.draw(orders, into: &canvas)
        // The dose and frequency are in the list whole, the frequency wrapped onto a line of its own.
        let listRows = canvas.text.split(separator: "\n").prefix(orders.layout.patientContentTop + 1 + orders.layout.tabListRows)
        #expect(listRows.joined(separator: " ").contains("Enoxaparin sodium 40 mg SC"))
        #expect(listRows.contains { $0.hasSuffix("once daily at 20:00") })
    }
}
