import Foundation
import Testing
@testable import ConsultBoard

/// The 128 ISNCSCI test cases of the Praxis Spinal Cord Institute's ISNCSCI algorithm project (`specs/2019.json`,
/// Apache License 2.0, see Fixtures/isncsci/README.md and LICENSE): every field of every case's `totals` must
/// match exactly.
@Suite struct ISNCSCIConformanceTests {
    /// One case: its id, the exam values and the expected `totals`.
    struct Case {
        var id: String
        var values: [String: String]
        var expected: [String: String]
    }

    static func cases() throws -> [Case] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/isncsci/2019", withExtension: "json"))
        let data = try Data(contentsOf: url)
        let entries = try ISNCSCIExamFile.entries(data)
        let raw = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(entries.count == raw.count)
        return zip(entries, raw).map { entry, object in
            Case(
                id: entry.id ?? "#\(entry.position)", values: entry.values,
                expected: (object["totals"] as? [String: String]) ?? [:])
        }
    }

    @Test func all128CasesMatchEveryField() throws {
        let cases = try Self.cases()
        #expect(cases.count == 128)
        var fieldsCompared = 0
        var casesPassed = 0
        for testCase in cases {
            let classification = try ISNCSCI.classify(testCase.values)
            #expect(!testCase.expected.isEmpty, "case \(testCase.id) has no totals")
            var passed = true
            for (field, expected) in testCase.expected.sorted(by: { $0.key < $1.key }) {
                let got = classification.totals[field] ?? "(missing)"
                fieldsCompared += 1
                if got != expected {
                    passed = false
                    Issue.record("case \(testCase.id), \(field): expected \(expected), got \(got)")
                }
            }
            if passed { casesPassed += 1 }
        }
        #expect(casesPassed == 128, "\(casesPassed)/128 cases match")
        #expect(fieldsCompared == 128 * ISNCSCIClassification.keys.count)
    }

    @Test func everyCaseHasTheFileKeysAndNoOthers() throws {
        for testCase in try Self.cases() {
            #expect(Set(testCase.expected.keys) == Set(ISNCSCIClassification.keys), "case \(testCase.id)")
            let classification = try ISNCSCI.classify(testCase.values)
            #expect(Set(classification.totals.keys) == Set(ISNCSCIClassification.keys), "case \(testCase.id)")
        }
    }
}
