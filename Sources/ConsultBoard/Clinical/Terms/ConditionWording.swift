import Foundation

/// The words a history is read with besides the cues in the condition index: where a clause ends, what answers a
/// field "no", and what joins a list. From the terminology's `words`, normalised once when the terminology is built
/// (every rule evaluation reads every patient's history). A ward's extension file adds to each list;
/// docs/safety-rules.md says what each one does.
public struct ConditionWording: Sendable, Equatable {
    /// The characters that end a clause, and so a negation's scope (, ; . : and their full-width forms).
    public let scopeBreaks: Set<Character>
    /// A field's answer that says the condition is absent ("无", "否", "no", "none", "denied"), as a whole answer:
    /// "糖尿病：无", "DM: no", "diabetes - denied".
    public let negativeAnswers: Set<String>
    /// What may stand between the items of a list that one cue after it covers ("和", "及", "or"), as normalised
    /// text, where "、" and "/" are already spaces: "糖尿病及高血压家族史".
    public let listJoiners: Set<String>
    /// The joiners that split a written list into its items ("、", "/", "和", "及"; not the Latin words, which
    /// would split inside a word): "有糖尿病、高血压家族史" lists 糖尿病 and 高血压.
    public let itemSeparators: [String]
    /// The words that name a history between a condition and its result ("史", "病史", "history", "hx"): "DM史(-)".
    public let historyWords: Set<String>

    init(words: [String: TerminologyFile.WordsValue]) {
        func list(_ key: String) -> [String] {
            guard case let .list(values)? = words[key] else { return [] }
            return values
        }
        scopeBreaks = Set(list("negationScopeBreaks").joined())
        negativeAnswers = Set(list("negativeAnswers").map(TermText.normalised).filter { !$0.isEmpty })
        listJoiners = Set(list("conditionListJoiners").map(TermText.normalised).filter { !$0.isEmpty })
        // Longest first, so "以及" is one separator, not "及" after "以".
        itemSeparators = list("conditionListJoiners").filter { !$0.unicodeScalars.contains(where: TermText.isLatinLetter) }
            .sorted { $0.count > $1.count }
        historyWords = Set(list("conditionHistoryWords").map(TermText.normalised).filter { !$0.isEmpty })
    }

    /// Whether `scalars` (a stretch of normalised text) is only spaces and list joiners: nothing that could be a
    /// finding of its own.
    func onlyJoins(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(scalars)).split(separator: " ")
        return words.allSatisfy { listJoiners.contains(String($0)) }
    }

    /// Whether `scalars` is one history word, with spaces and list joiners around it at most ("史", " 病史 ").
    func onlyNamesHistory(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(scalars)).split(separator: " ").filter { !listJoiners.contains(String($0)) }
        return words.count == 1 && words.allSatisfy { historyWords.contains(String($0)) }
    }

    /// Whether `scalars` is, spaces aside, one negative answer and nothing else.
    func isNegativeAnswer(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        return negativeAnswers.contains(text)
    }
}

extension ConditionWording {
    /// The length of the negative answer `scalars` starts with, when it is followed by nothing, a space, or (for a
    /// Chinese answer) the next Chinese word: "无 糖尿病" and "无糖尿病" start with "无"; "normal" does not start
    /// with "no".
    func leadingNegativeAnswer(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        let text = Array(scalars.drop { $0 == " " })
        let skipped = scalars.count - text.count
        return negativeAnswers.lazy.compactMap { answer -> Int? in
            let answer = Array(answer.unicodeScalars)
            guard text.starts(with: answer) else { return nil }
            guard answer.count < text.count else { return skipped + answer.count }
            let after = text[answer.count]
            let ends = after == " " || (TermText.isCJK(after) && answer.last.map(TermText.isCJK) == true)
            return ends ? skipped + answer.count : nil
        }.max()
    }
}

extension ConditionWording {
    /// The items of a written list: `clause` split at every item separator.
    func items(of clause: Substring) -> [Substring] {
        var items: [Substring] = []
        var start = clause.startIndex
        var index = clause.startIndex
        while index < clause.endIndex {
            if let separator = itemSeparators.first(where: { clause[index...].hasPrefix($0) }) {
                items.append(clause[start..<index])
                index = clause.index(index, offsetBy: separator.count)
                start = index
            } else {
                index = clause.index(after: index)
            }
        }
        items.append(clause[start...])
        return items
    }
}
