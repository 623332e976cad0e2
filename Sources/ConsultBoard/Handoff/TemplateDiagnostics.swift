import Foundation
import Mustache

/// Turns the template engine's parse errors into messages that name the line to fix.
///
/// The engine reports where it stopped; for a section that is never closed that is the end of the file, so the
/// tags are scanned here to find where the unclosed section was opened.
enum TemplateDiagnostics {
    /// A section tag found by `scanSections`.
    struct SectionTag: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// The engine's error as a `HandoffError`, with positions in the template as the author wrote it
    /// (`prefix` is text the renderer put before it, which the author never saw).
    static func error(
        _ error: any Error, source: String, prefix: String, template name: String
    ) -> HandoffError {
        guard let parse = error as? MustacheTemplate.ParserError else {
            return .templateSyntax(template: name, line: 1, column: 1, excerpt: "", reason: "\(error)")
        }
        let prefixLines = prefix.filter(\.isNewline).count
        let prefixColumns = prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
        var line = max(1, parse.context.lineNumber - prefixLines)
        var column = parse.context.columnNumber - (line == 1 ? prefixColumns : 0)
        var excerpt = parse.context.line
        if line == 1, excerpt.hasPrefix(prefix) { excerpt = String(excerpt.dropFirst(prefix.count)) }
        let reason: String
        switch parse.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            if let start = tagStart(before: line, column: column, in: source) { column = start.column }
            let open = openSections(in: source, before: line)
            reason = open.last.map {
                "this closing tag does not match the section '\($0.name)' opened on line \($0.line); close it with {{/\($0.name)}}"
            } ?? "this closing tag closes a section that was never opened"
        case .expectedSectionEnd?:
            if let unclosed = openSections(in: source, before: nil).last {
                line = unclosed.line
                column = unclosed.column
                excerpt = sourceLine(unclosed.line, of: source)
                reason = "the section '\(unclosed.name)' opened here is never closed; add {{/\(unclosed.name)}}"
            } else {
                reason = "a section is opened but never closed; add its {{/name}}"
            }
        case .unfinishedName?:
            // The engine notices at the next thing that is not part of the name, which can be lines later.
            if let start = tagStart(before: line, column: column, in: source) {
                (line, column) = start
                excerpt = sourceLine(line, of: source)
            }
            reason = "this tag is not finished or its name is not valid (names use letters, digits, '.', '-', '_'; tags end with }})"
        case .invalidSetDelimiter?:
            reason = "this set-delimiter tag is not valid; write it as {{=<% %>=}}"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            reason = "this {{% ... }} pragma is not valid; the only one known is {{% CONTENT_TYPE: TEXT }} (or HTML)"
        default:
            reason = "this is not valid Mustache (\(parse.error))"
        }
        return .templateSyntax(template: name, line: line, column: max(1, column), excerpt: excerpt, reason: reason)
    }

    /// The sections still open at the start of line `stopLine` (or at the end, for nil), outermost first.
    ///
    /// A plain scan of `{{#name}}`, `{{^name}}` and `{{/name}}` tags with the default delimiters; a template that
    /// changes its delimiters is not scanned (the engine's own position is reported instead).
    static func openSections(in source: String, before stopLine: Int?) -> [SectionTag] {
        var open: [SectionTag] = []
        var line = 1
        var column = 1
        var index = source.startIndex
        while index < source.endIndex {
            if let stopLine, line >= stopLine { break }
            if source[index...].hasPrefix("{{") {
                let tagStart = source.index(index, offsetBy: 2)
                guard let close = source[tagStart...].range(of: "}}") else { break }
                let tag = source[tagStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if tag.hasPrefix("=") { return [] }
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if tag.hasPrefix("#") || tag.hasPrefix("^") {
                    open.append(SectionTag(name: name, line: line, column: column))
                } else if tag.hasPrefix("/"), open.last?.name == name {
                    open.removeLast()
                }
                for character in source[index..<close.upperBound] {
                    if character.isNewline { line += 1; column = 1 } else { column += 1 }
                }
                index = close.upperBound
                continue
            }
            if source[index].isNewline { line += 1; column = 1 } else { column += 1 }
            index = source.index(after: index)
        }
        return open
    }

    /// Where the last `{{` at or before a position (1-based line and column) is, if there is one.
    static func tagStart(before line: Int, column: Int, in source: String) -> (line: Int, column: Int)? {
        var found: (line: Int, column: Int)?
        var currentLine = 1
        var currentColumn = 1
        var index = source.startIndex
        while index < source.endIndex, (currentLine, currentColumn) <= (line, column) {
            if source[index...].hasPrefix("{{") { found = (currentLine, currentColumn) }
            if source[index].isNewline { currentLine += 1; currentColumn = 1 } else { currentColumn += 1 }
            index = source.index(after: index)
        }
        return found
    }

    /// Line `number` (1-based) of `source`.
    static func sourceLine(_ number: Int, of source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.contains(number - 1) ? String(lines[number - 1]) : ""
    }

    /// The first construct that would put a value into an HTML page unescaped, with its line: `{{{name}}}` and
    /// `{{&name}}` (unescaped variables), `{{%` (which could switch escaping off) and `{{=` (new delimiters,
    /// under which the others could hide).
    static func unescapedConstruct(in source: String) -> (construct: String, line: Int)? {
        var line = 1
        var index = source.startIndex
        while index < source.endIndex {
            if source[index].isNewline { line += 1 }
            if source[index...].hasPrefix("{{") {
                let after = source.index(index, offsetBy: 2)
                if after < source.endIndex, "{&%=".contains(source[after]) {
                    let end = source[after...].range(of: "}}")?.upperBound ?? source.endIndex
                    var construct = String(source[index..<end])
                    if source[after] == "{", end < source.endIndex, source[end] == "}" { construct += "}" }
                    return (construct, line)
                }
            }
            index = source.index(after: index)
        }
        return nil
    }
}
