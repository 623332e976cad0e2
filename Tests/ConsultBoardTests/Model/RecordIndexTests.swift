import Foundation
import Testing
@testable import ConsultBoard

/// A board rebuilt from its records (a checkpoint, an import) must find every record by id, as the board that
/// made them did: a record missing from the index is refused as unknown when someone edits it.
@Suite struct RecordIndexTests {
    private func context(_ sequence: Int) -> ChangeContext {
        ChangeContext(sequence: sequence, author: "dr.li", at: Sample.at(sequence))
    }

    @Test func anAllergyCanBeRetiredOnABoardRebuiltFromItsRecords() throws {
        var board = Board(ward: "Spine 3", createdAt: Sample.start, revision: 0)
        _ = try board.apply(Sample.admit("SCI-0001"), context: context(1))
        let id = try #require(try board.apply(
            .addAllergy(AddAllergy(mrn: "SCI-0001", substance: "penicillin", reaction: "rash", severity: .moderate)),
            context: context(2)))
        var rebuilt = Board(ward: board.ward, createdAt: board.createdAt, revision: board.revision, records: Array(board.patients.values))
        #expect(rebuilt.patient(holding: id) == "SCI-0001")
        _ = try rebuilt.apply(
            .setAllergyStatus(SetAllergyStatus(allergyID: id, status: .enteredInError, reason: "wrong patient")), context: context(3))
        #expect(rebuilt.patients["SCI-0001"]?.allergies.first?.status == .enteredInError)
        #expect(rebuilt.recordIndex == board.recordIndex)
    }
}
