import Foundation

/// Turns stored text into what a handoff template receives: sanitised, and wrapped where the format needs it.
///
/// Mustache cannot wrap, so the text format gets its lines already wrapped here (by `TextLayout.wrap`, which
/// measures display columns: a Chinese character takes two). Markdown and HTML keep each line whole and let
/// the reader's screen or printer wrap it.
struct HandoffLayout {
    let format: HandoffFormat
    /// The page width in display columns.
    let width: Int

    /// Items are wrapped 4 columns narrower than the page, so the template can put "  - " or "    " before them.
    static let itemIndent = 4
    var contentWidth: Int { width - Self.itemIndent }

    /// One line of stored text: control characters made visible, line breaks and runs of spaces made single spaces.
    func clean(_ text: String) -> String {
        Sanitizer.line(text).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `clean(text)`, or nil when nothing is left.
    func cleanOrNil(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The lines of an item, from text already cleaned: wrapped to `contentWidth` for the text format.
    func lines(_ text: String) -> [String] {
        format == .text ? TextLayout.wrap(text, width: contentWidth) : [text]
    }

    /// The lines of an item nested under another (an alert's data), wrapped 6 columns narrower than the page for
    /// a 6-column prefix ("      ") in the text format.
    func nestedLines(_ text: String) -> [String] {
        format == .text ? TextLayout.wrap(text, width: width - Self.nestedIndent) : [text]
    }
    static let nestedIndent = 6

    /// The lines of a heading that spans the page.
    func headingLines(_ text: String) -> [String] {
        format == .text ? TextLayout.wrap(text, width: width) : [text]
    }

    /// The first lines of multi-line stored text (a note's gist): each cleaned, blank lines skipped, at most
    /// `maxLines` stored lines and `maxCharacters` characters, ending in "…" when something was left out; wrapped
    /// for the text format. Whole words are kept where there are spaces to cut at. Any line break ends a line
    /// (CR LF, CR, LF, the Unicode separators, and vertical tab and form feed, which `Sanitizer.multiline` would
    /// otherwise show as symbols).
    func gistLines(_ text: String, maxLines: Int, maxCharacters: Int) -> [String] {
        var kept: [String] = []
        var used = 0
        var more = false
        // Lines are taken one at a time and each is sanitised, so a long note costs only the lines shown.
        for line in text.lazy.split(whereSeparator: \.isNewline) {
            let cleaned = clean(String(line))
            if cleaned.isEmpty { continue }
            if kept.count == maxLines || used >= maxCharacters { more = true; break }
            if used + cleaned.count > maxCharacters {
                kept.append(Self.cut(cleaned, to: maxCharacters - used))
                more = true
                break
            }
            kept.append(cleaned)
            used += cleaned.count
        }
        if more, let last = kept.popLast() { kept.append(last + " …") }
        return format == .text ? kept.flatMap { TextLayout.wrap($0, width: contentWidth) } : kept
    }

    /// The first `count` characters of `text`, shortened to the last space when there is one in the second half.
    private static func cut(_ text: String, to count: Int) -> String {
        let prefix = String(text.prefix(max(count, 1)))
        if let space = prefix.lastIndex(of: " "), prefix.distance(from: prefix.startIndex, to: space) > count / 2 {
            return String(prefix[..<space])
        }
        return prefix
    }
}
