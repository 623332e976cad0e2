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
    ///
    /// Chinese line breaking (GB/T 15834-2011 标点符号用法; W3C Requirements for Chinese Text Layout, 3.1.7
    /// 禁则): closing punctuation never starts a line and opening punctuation never ends one, so a closing mark
    /// stays with the character before it and an opening mark with the character after it.
    private static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var word = ""
        var opening = ""
        func push(_ token: String) {
            tokens.append(opening + token)
            opening = ""
        }
        for character in text {
            if character == " " {
                if !word.isEmpty { push(word); word = "" }
                tokens.append(" ")
            } else if DisplayWidth.of(character) == 2 {
                if !word.isEmpty { push(word); word = "" }
                if closingPunctuation.contains(character), let last = tokens.last, last != " ", opening.isEmpty {
                    tokens[tokens.count - 1] = last + String(character)
                } else if openingPunctuation.contains(character) {
                    opening.append(character)
                } else {
                    push(String(character))
                }
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { push(word) }
        if !opening.isEmpty { tokens.append(opening) }
        return tokens
    }

    /// Marks that end what they follow: never at the start of a line (clreq 3.1.7).
    static let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "】", "」", "』", "》", "〉", "”", "’", "…", "％"]
    /// Marks that open what follows: never at the end of a line.
    static let openingPunctuation: Set<Character> = ["（", "【", "「", "『", "《", "〈", "“", "‘"]

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
