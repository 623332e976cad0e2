import Foundation
import Testing
@testable import ConsultBoard

/// Templates that would hang or crash the handoff are refused before anything is rendered, naming the line:
/// a section nested in itself (exponential), sections nested too deep (the parser's stack), and a render over
/// the budget.
@Suite struct PathologicalTemplateTests {
    private func refusal(_ source: String) -> HandoffError? {
        do {
            _ = try HandoffTemplate(source: source, format: .text, name: "t.mustache")
            return nil
        } catch {
            return error
        }
    }

    @Test func aListSectionInsideItselfIsRefusedWithItsLine() throws {
        let source = "{{ward}}\n" + String(repeating: "{{#patients}}", count: 10) + "x" + String(repeating: "{{/patients}}", count: 10)
        guard case let .templateSyntax(_, line, _, _, reason)? = refusal(source) else {
            Issue.record("ten self-nested sections were accepted")
            return
        }
        #expect(line == 2)
        #expect(reason.contains("'patients' is opened inside a section of the same name"), "\(reason)")
    }

    @Test func sectionsNestedTwentyThousandDeepAreRefusedNotACrash() throws {
        let names = (0..<20_000).map { "s\($0)" }
        let source = names.map { "{{#\($0)}}" }.joined() + names.reversed().map { "{{/\($0)}}" }.joined()
        guard case let .templateSyntax(_, _, _, _, reason)? = refusal(source) else {
            Issue.record("twenty thousand nested sections were accepted")
            return
        }
        #expect(reason.contains("nested \(TemplateLimits.maxDepth + 1) deep"), "\(reason)")
    }

    @Test func theStandardTemplatesAndLegitimateNestingPass() throws {
        for format in HandoffFormat.allCases {
            _ = try HandoffTestSupport.template(format)
        }
        #expect(refusal("{{#patients}}{{#notes}}{{text}}{{/notes}}{{^notes}}none{{/notes}}{{/patients}}") == nil)
    }

    @Test func aRenderOverTheBudgetIsRefusedNamingTheSections() throws {
        let chains = try TemplateLimits.sectionChains(in: "{{#a}}{{#b}}{{#c}}.{{/c}}{{/b}}{{/a}}", template: "t")
        #expect(chains == [["a"], ["a", "b"], ["a", "b", "c"]])
        let list = Array(repeating: 0, count: 200)
        let small: [String: Any] = ["a": Array(list.prefix(10)), "b": Array(list.prefix(10)), "c": Array(list.prefix(10))]
        try TemplateLimits.checkBudget(chains, values: small, template: "t")
        let large: [String: Any] = ["a": list, "b": list, "c": list]  // 200^3 = 8,000,000 parts
        #expect(throws: HandoffError.renderBudget(template: "t", sections: "a > b > c", parts: 8_000_000, budget: TemplateLimits.renderBudget)) {
            try TemplateLimits.checkBudget(chains, values: large, template: "t")
        }
    }
}
