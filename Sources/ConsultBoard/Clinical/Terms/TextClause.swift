import Foundation

/// A clause of clinical text (a history, an order), split at the characters that end a negation's scope, and
/// whether it ended as a field's label: a colon ("糖尿病：", "否认：", "增强：") or a question mark, whose answer
/// follows ("糖尿病？否", "有无糖尿病？有", "DM? no").
struct TextClause {
    var text: Substring
    var endsAsLabel: Bool

    /// What ends a field's label.
    static let labelEnds: Set<Character> = [":", "：", "?", "？"]

    static func split(_ text: String, at breaks: Set<Character>) -> [TextClause] {
        var clauses: [TextClause] = []
        var start = text.startIndex
        for index in text.indices where breaks.contains(text[index]) {
            clauses.append(TextClause(text: text[start..<index], endsAsLabel: labelEnds.contains(text[index])))
            start = text.index(after: index)
        }
        clauses.append(TextClause(text: text[start...], endsAsLabel: false))
        return clauses.filter { !$0.text.allSatisfy(\.isWhitespace) || $0.endsAsLabel }
    }

    /// Whether `text` is one field answered "no": "青霉素过敏：无", "penicillin allergy: none", "碘过敏？否".
    static func isFieldAnsweredNo(_ text: String, _ wording: ConditionWording) -> Bool {
        let clauses = split(text.precomposedStringWithCompatibilityMapping, at: labelEnds)
        guard clauses.count == 2, clauses[0].endsAsLabel else { return false }
        return wording.isNegativeAnswer(TermText.normalise(String(clauses[1].text))[...])
    }

    /// `text` without the fields answered "no": "颈椎MRI，增强：否，平扫" reads as "颈椎MRI; 平扫". A field whose answer
    /// says more ("增强：否认过敏") stays.
    static func withoutFieldsAnsweredNo(_ text: String, _ wording: ConditionWording) -> String {
        // Most order texts have no field at all: they are not split (every imaging order is read at every evaluation).
        guard text.contains(where: { labelEnds.contains($0) }) else { return text }
        let clauses = split(text.precomposedStringWithCompatibilityMapping, at: wording.scopeBreaks)
        var kept: [Substring] = []
        var index = 0
        while index < clauses.count {
            if clauses[index].endsAsLabel, index + 1 < clauses.count,
                wording.isNegativeAnswer(TermText.normalise(String(clauses[index + 1].text))[...]) {
                index += 2
                continue
            }
            kept.append(clauses[index].text)
            index += 1
        }
        return kept.joined(separator: "; ")
    }
}
