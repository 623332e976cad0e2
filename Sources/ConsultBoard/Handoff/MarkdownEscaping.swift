import Foundation
import Mustache

/// Escapes stored text for Markdown, so a note can never change the document's structure.
///
/// CommonMark lets any ASCII punctuation be escaped with a backslash and then reads it as a plain character
/// (https://spec.commonmark.org/0.31.2/#backslash-escapes). So:
/// - the characters that start emphasis, code, links, raw HTML, entities, tables, strikethrough, math and
///   superscript are escaped wherever they are: \ ` * _ [ ] < > & | ~ $ # ^
/// - `-` `+` `=` and "1." / "1)" are escaped at the start of a value, where they would start a list or underline
///   a heading;
/// - a line break becomes a space, so a value cannot start a new block.
///
/// `<script>` therefore reads `\<script\>`: visible text, never HTML.
enum MarkdownEscaping {
    /// The name of the content type in the template engine (`{{% CONTENT_TYPE: ... }}`).
    static let contentTypeName = "CONSULT_BOARD_MARKDOWN"

    /// Registers the content type with the engine once, the first time it is needed.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: contentTypeName)
        return true
    }()

    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "#", "^"]
    private static let blockStarters: Set<Character> = ["-", "+", "="]

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true
        var leadingDigits = false
        for character in text {
            var character = character
            if character.isNewline { character = " " }
            if special.contains(character) || (atStart && blockStarters.contains(character))
                || (leadingDigits && (character == "." || character == ")"))
            {
                out.append("\\")
            }
            leadingDigits = (atStart || leadingDigits) && character.isASCII && character.isNumber
            atStart = false
            out.append(character)
        }
        return out
    }
}

/// The engine's hook for escaping `{{name}}` values in the Markdown format.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
