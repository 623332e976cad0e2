import Foundation

/// A list of clinical terms, found in free text the way a reader would find them.
///
/// Latin-script terms match whole words, case-insensitively ("RRT" matches "start RRT" but not "CRRT"; "LP" does
/// not match "help"), and a phrase matches its words in sequence. Terms in Chinese (or any other non-ASCII
/// script written without spaces) match as substrings. Text inside an excluded phrase ("diabetes insipidus") and
/// a term negated in its clause ("no diabetes", "non-diabetic", "无糖尿病") do not count.
public struct TermList: Sendable {
    private let phrases: [(term: String, words: [String])]
    private let substrings: [String]
    private let excluded: [String]
    private let negatable: Bool

    /// Words that negate a term when they stand up to three words before it in the same clause.
    static let negations: Set<String> = ["no", "non", "not", "without", "denies", "denied", "negative"]
    /// Characters that negate a Chinese term written right after them.
    static let chineseNegations = ["无", "否认", "非", "未见", "没有"]

    /// - Parameters:
    ///   - terms: the words, phrases and Chinese terms to look for.
    ///   - excluding: phrases whose words never count ("diabetes insipidus" is not diabetes).
    ///   - negatable: whether a negation before the term cancels it (for diagnoses; not for order text).
    public init(_ terms: [String], excluding: [String] = [], negatable: Bool = false) {
        var phrases: [(String, [String])] = []
        var substrings: [String] = []
        for term in terms {
            if term.unicodeScalars.allSatisfy(\.isASCII) {
                phrases.append((term, Self.words(term)))
            } else {
                substrings.append(term.lowercased())
            }
        }
        self.phrases = phrases
        self.substrings = substrings
        self.excluded = excluding.map { $0.lowercased() }
        self.negatable = negatable
    }

    /// Whether any term occurs in `text`.
    public func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// The first term (as listed) that occurs in `text`, if any.
    public func firstMatch(in text: String) -> String? {
        var text = text.lowercased()
        for phrase in excluded {
            text = text.replacingOccurrences(of: phrase, with: " ")
        }
        let clauses = text.split(whereSeparator: { ".;:,!?()[]\n。；，：！？（）".contains($0) }).map(String.init)
        let clauseWords = clauses.map(Self.words)
        for (term, words) in phrases where !words.isEmpty {
            for clause in clauseWords where Self.contains(words, in: clause, negatable: negatable) {
                return term
            }
        }
        for term in substrings {
            for clause in clauses where contains(term, in: clause) { return term }
        }
        return nil
    }

    /// Lower-cased runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func contains(_ words: [String], in clause: [String], negatable: Bool) -> Bool {
        guard clause.count >= words.count else { return false }
        for start in 0...(clause.count - words.count) where Array(clause[start..<start + words.count]) == words {
            let before = clause[max(0, start - 3)..<start]
            if negatable, before.contains(where: negations.contains) { continue }
            return true
        }
        return false
    }

    private func contains(_ term: String, in clause: String) -> Bool {
        var searchFrom = clause.startIndex
        while let range = clause.range(of: term, range: searchFrom..<clause.endIndex) {
            let before = clause[clause.startIndex..<range.lowerBound]
            let negated = negatable && Self.chineseNegations.contains { before.hasSuffix($0) }
            if !negated { return true }
            searchFrom = range.upperBound
        }
        return false
    }
}
