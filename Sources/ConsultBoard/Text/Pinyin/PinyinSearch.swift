/// Finds Chinese text by what a person types on a Latin keyboard: full pinyin, initials, or both mixed with the
/// characters themselves, without tones.
///
/// ```swift
/// PinyinSearch.matches("wjg", in: "王建国")          // true: initials
/// PinyinSearch.matches("wangjianguo", in: "王建国")  // true: full pinyin
/// PinyinSearch.matches("王j", in: "王建国")          // true: mixed
/// PinyinSearch.matches("jian guo", in: "王建国")     // true: spaces and apostrophes are ignored; any part of the text
/// ```
///
/// Each character of the matched stretch is typed either as itself or as the start of one of its readings (at least
/// its first letter), so a query may spell some syllables whole and abbreviate others, as pinyin input methods allow.
/// Text without Chinese characters matches as a case-insensitive substring. Spaces are ignored on both sides.
public enum PinyinSearch {
    public static func matches(_ query: String, in text: String) -> Bool {
        let wanted = normalised(query)
        guard !wanted.isEmpty else { return true }
        let characters = Array(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !characters.isEmpty else { return false }
        var failed = Set<Int>()  // (position in text) * (query length + 1) + (position in query) known not to match
        for start in characters.indices where matches(wanted, 0, characters, start, &failed) {
            return true
        }
        return false
    }

    /// The query as matched: lower case, ü as v, without spaces and apostrophes (xi'an, "wang jian guo").
    static func normalised(_ query: String) -> [Unicode.Scalar] {
        query.lowercased().replacingOccurrences(of: "ü", with: "v").unicodeScalars
            .filter { !$0.properties.isWhitespace && $0 != "'" && $0 != "’" }
    }

    /// Whether `query[q...]` can be typed by the text starting at `text[t]` (memoised on failures).
    private static func matches(
        _ query: [Unicode.Scalar], _ q: Int, _ text: [Unicode.Scalar], _ t: Int, _ failed: inout Set<Int>
    ) -> Bool {
        if q == query.count { return true }
        if t == text.count { return false }
        let key = t * (query.count + 1) + q
        if failed.contains(key) { return false }
        let scalar = text[t]
        if scalar == query[q], matches(query, q + 1, text, t + 1, &failed) { return true }
        for reading in PinyinReadings.of(scalar) {
            // The reading's first letters, as many as the query has in a row (at least one).
            var typed = 0
            for letter in reading.unicodeScalars {
                guard q + typed < query.count, query[q + typed] == letter else { break }
                typed += 1
            }
            // Longest first: a whole syllable is the likelier reading of what was typed.
            var length = typed
            while length >= 1 {
                if matches(query, q + length, text, t + 1, &failed) { return true }
                length -= 1
            }
        }
        failed.insert(key)
        return false
    }
}
