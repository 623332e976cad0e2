import Foundation

/// Fitting text into display columns: wrapping, padding and truncating by `DisplayWidth`.
public enum TextLayout {
    /// Wraps text to lines of at most `width` columns.
    ///
    /// Breaks at spaces where it can and between CJK characters (which have no spaces between words); a word
    /// longer than a whole line is split. Explicit line breaks are kept; nothing is ever cut off. Call it on
    /// sanitised text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 2)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(Substring(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for token in tokens(paragraph) {
            let tokenWidth = DisplayWidth.of(token)
            if token == " " {
                if lineWidth + 1 <= width, lineWidth > 0 { line += " "; lineWidth += 1 }
                continue
            }
            if lineWidth + tokenWidth > width, lineWidth > 0 {
                lines.append(trimTrailingSpaces(line))
                line = ""
                lineWidth = 0
            }
            if tokenWidth > width {
                // A single word wider than the line: split it by characters.
                for character in token {
                    let w = DisplayWidth.of(character)
                    if lineWidth + w > width, lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += w
                }
            } else {
                line += token
                lineWidth += tokenWidth
            }
        }
        lines.append(trimTrailingSpaces(line))
        return lines
    }

    /// Splits a paragraph into words, single spaces, and single wide (CJK) characters, each a place to break.
    private static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character == " " {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(" ")
            } else if DisplayWidth.of(character) == 2 {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    private static func trimTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Cuts text to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Pads (or truncates) text to exactly `width` columns, on the right by default.
    public static func pad(_ text: String, width: Int, alignRight: Bool = false) -> String {
        let fitted = truncate(text, width: width)
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        return alignRight ? padding + fitted : fitted + padding
    }
}
