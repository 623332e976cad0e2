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

    /// The two AIS lists of the reference that hold a grade no completion of their NT values gives (the board's
    /// lists are exact, docs/isncsci.md). In cases 55 and 132 (VAC absent) only the upper-limb key muscles have
    /// function (4-5; every lower-limb key muscle is 0), so motor function more than three levels below a motor
    /// level, which C needs, requires a motor level at C4 or above on one side, hence an NLI at C4 or above;
    /// below it 10 of the 20 key muscles grade 3 or more, which is half: D, never C. Every other field of these
    /// cases, and every field of the other 126, is compared as published.
    static let exactAIS = ["55": "A,B,D", "132": "B,D"]

    @Test func all128CasesMatchEveryField() throws {
        let cases = try Self.cases()
        #expect(cases.count == 128)
        var fieldsCompared = 0
        var casesPassed = 0
        for testCase in cases {
            let classification = try ISNCSCI.classify(testCase.values)
            #expect(!testCase.expected.isEmpty, "case \(testCase.id) has no totals")
            var passed = true
            for (field, published) in testCase.expected.sorted(by: { $0.key < $1.key }) {
                let expected = field == "asiaImpairmentScale" ? Self.exactAIS[testCase.id] ?? published : published
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
