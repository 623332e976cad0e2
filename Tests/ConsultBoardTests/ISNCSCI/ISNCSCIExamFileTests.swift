import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ISNCSCIExamFileTests {
    private func json(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object) }

    @Test func oneObjectOrAnArrayIsRead() throws {
        var exam: [String: Any] = ISNCSCITestExam().values
        exam["id"] = 7
        exam["comments"] = "normal"
        exam["totals"] = ["asiaImpairmentScale": "E"]
        exam["neurologicalLevelOfInjury"] = "INT"
        let one = try ISNCSCIExamFile.entries(try json(exam))
        #expect(one.count == 1)
        #expect(one.first?.id == "7")
        #expect(one.first?.values == ISNCSCITestExam().values)
        let two = try ISNCSCIExamFile.classify(try json([exam, exam]))
        #expect(two.map(\.entry.position) == [1, 2])
        #expect(two.map(\.classification.ais) == ["E", "E"])
    }

    @Test func wholeNumbersAreReadAsText() throws {
        var exam: [String: Any] = ISNCSCITestExam().values
        exam["c5RightMotor"] = 4
        let entry = try #require(try ISNCSCIExamFile.entries(try json(exam)).first)
        #expect(entry.values["c5RightMotor"] == "4")
    }

    @Test func aBadExamIsNamedByPositionIdAndKey() throws {
        var bad: [String: Any] = ISNCSCITestExam().with("l3LeftMotor", "9").values
        bad["id"] = "case-b"
        let error = #expect(throws: ISNCSCIFileError.self) {
            try ISNCSCIExamFile.classify(try json([ISNCSCITestExam().values, bad]))
        }
        #expect(error?.description.hasPrefix("exam 2 (id case-b): ISNCSCI l3LeftMotor '9' is not allowed") == true)
        #expect(throws: ISNCSCIFileError.self) { try ISNCSCIExamFile.entries(Data("not json".utf8)) }
        #expect(throws: ISNCSCIFileError.self) { try ISNCSCIExamFile.entries(Data("[1, 2]".utf8)) }
    }
}
