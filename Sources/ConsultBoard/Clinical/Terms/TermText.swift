import Foundation

/// Clinical text put in one canonical form before terms are looked for, so the way a word is typed never decides
/// whether a rule sees it: full-width letters and digits become half-width (NFKC: "ＬＭＷＨ" -> "lmwh",
/// "Ⅱ" -> "ii"), case is folded, punctuation and symbols become spaces ("Solu-Medrol" -> "solu medrol"), runs of
/// spaces become one, and spaces between Chinese characters go ("依诺 肝素" -> "依诺肝素").
public enum TermText {
    /// The canonical form of `text`, as unicode scalars (what `TermIndex` scans).
    public static func normalise(_ text: String) -> [Unicode.Scalar] {
        // "(-)" after a finding is written for "negative": keep that meaning before the brackets go.
        // ASCII text is already in NFKC, and only text with a bracket can hold "(-)": most clinical text (and
        // every built-in English term) skips Foundation's normalisation and search, which were most of the cost
        // of building the terminology's index.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : text.precomposedStringWithCompatibilityMapping.lowercased()
        let marked = folded.utf8.contains(UInt8(ascii: "("))
            ? folded.replacingOccurrences(of: "(-)", with: " negative ").replacingOccurrences(of: "(−)", with: " negative ")
            : folded
        let scalars = Array(marked.unicodeScalars)
        var out: [Unicode.Scalar] = []
        var pendingSpace = false
        for (index, scalar) in scalars.enumerated() {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            guard keep else {
                // Dotted abbreviations close up: "b.i.d." -> "bid", "L.P." -> "lp", "q.d." -> "qd".
                if scalar == ".", isSingleLetter(scalars, endingAt: index - 1), index + 1 < scalars.count,
                    isLatinLetter(scalars[index + 1]) {
                    continue
                }
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, let last = out.last, !(isCJK(last) && isCJK(scalar)) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
        }
        return out
    }

    /// Whether `scalars[index]` is a Latin letter standing alone (after a dot, a space or nothing).
    private static func isSingleLetter(_ scalars: [Unicode.Scalar], endingAt index: Int) -> Bool {
        guard index >= 0, isLatinLetter(scalars[index]) else { return false }
        return index == 0 || !(isLatinLetter(scalars[index - 1]) || isASCIIDigit(scalars[index - 1]))
    }

    /// The canonical form as a string.
    public static func normalised(_ text: String) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: normalise(text))
        return string
    }

    /// Chinese, Japanese and Korean characters, written without spaces between words.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.isAlphabetic && !isLatinLetter(scalar)
    }

    /// Latin-script letters (ASCII and accented) and Greek, which separate words with spaces.
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.properties.isAlphabetic : scalar.value < 0x0400 && scalar.properties.isAlphabetic
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && scalar.properties.numericType != nil }
}
