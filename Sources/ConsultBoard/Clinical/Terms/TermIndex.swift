import Foundation

/// Finds whole terms in normalised text (`TermText`), longest first.
///
/// A term matches where its canonical form occurs and, at each Latin edge, does not run on into another Latin
/// letter ("LP" is not found in "help"; "heparin" is found in "heparin5000u"), and at each digit edge into another
/// digit. Chinese terms match wherever they occur, since Chinese is written without spaces. When one match lies
/// inside a longer one, only the longer counts: "低分子肝素" is an LMWH, not heparin; "泼尼松龙" is prednisolone,
/// not prednisone; "without contrast" is not "contrast".
public struct TermIndex<Value: Sendable>: Sendable {
    public struct Match: Sendable {
        /// The term as listed.
        public var term: String
        public var value: Value
        /// Scalar offsets in the normalised text.
        public var start: Int
        public var end: Int
    }

    private struct Entry: Sendable {
        var term: String
        var scalars: [Unicode.Scalar]
        var value: Value
    }

    private var byFirst: [Unicode.Scalar: [Entry]] = [:]

    public init() {}

    /// Adds `term` (any spelling; it is normalised). A Latin phrase is also found written solid ("solumedrol").
    public mutating func add(_ term: String, _ value: Value) {
        let scalars = TermText.normalise(term)
        guard let first = scalars.first else { return }
        byFirst[first, default: []].append(Entry(term: term, scalars: scalars, value: value))
        if scalars.contains(" "), scalars.allSatisfy({ $0 == " " || !TermText.isCJK($0) }) {
            let solid = scalars.filter { $0 != " " }
            if let solidFirst = solid.first {
                byFirst[solidFirst, default: []].append(Entry(term: term, scalars: solid, value: value))
            }
        }
    }

    public var isEmpty: Bool { byFirst.isEmpty }

    /// Every match in `text`, left to right, with matches inside longer matches removed.
    public func matches(in text: String) -> [Match] { matches(inNormalised: TermText.normalise(text)) }

    /// Every match in already normalised text.
    public func matches(inNormalised text: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        for start in text.indices {
            guard let candidates = byFirst[text[start]] else { continue }
            for entry in candidates where Self.occurs(entry.scalars, in: text, at: start) {
                found.append(Match(term: entry.term, value: entry.value, start: start, end: start + entry.scalars.count))
            }
        }
        return found.filter { match in
            !found.contains { other in
                other.start <= match.start && other.end >= match.end && other.end - other.start > match.end - match.start
            }
        }
    }

    /// Whether the match at `offset` of `matches` (in text order) comes right after one that `isCue` (a negation:
    /// "不打造影剂", "不用激素", "no steroid"), at most a space between them.
    public static func followsCue(_ matches: [Match], at offset: Int, _ isCue: (Value) -> Bool) -> Bool {
        guard offset > 0, matches.indices.contains(offset) else { return false }
        let previous = matches[offset - 1]
        return isCue(previous.value) && matches[offset].start - previous.end <= 1
    }

    private static func occurs(_ term: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        let end = start + term.count
        guard end <= text.count, text[start..<end].elementsEqual(term) else { return false }
        if start > 0, joins(text[start - 1], term[0]) { return false }
        if end < text.count, let last = term.last, joins(last, text[end]) { return false }
        return true
    }

    /// Whether two neighbouring scalars belong to one word: Latin letter with Latin letter, digit with digit.
    private static func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (TermText.isLatinLetter(a) && TermText.isLatinLetter(b)) || (TermText.isASCIIDigit(a) && TermText.isASCIIDigit(b))
    }
}
