import Foundation

/// The formats a handoff is printed in, one Mustache template each.
public enum HandoffFormat: String, Sendable, CaseIterable {
    /// Plain text for printers and terminals, wrapped to a width in display columns.
    case text
    /// Markdown, for pasting into a wiki or a message; stored text is escaped so it cannot change the structure.
    case markdown
    /// A print-ready HTML page per patient; every value is HTML-escaped.
    case html

    /// The template's file name in a templates folder, in the language of the moment: `handoff.txt.mustache`
    /// (English), `handoff.zh-Hans.txt.mustache` (the Chinese 交接班, I-PASS as a Chinese ward writes it).
    public var templateFileName: String { templateFileName(for: Localisation.language) }

    /// The template's file name for `language`.
    public func templateFileName(for language: Language) -> String {
        language == .english ? "handoff.\(fileExtension).mustache" : "handoff.\(language.code).\(fileExtension).mustache"
    }

    /// The usual extension of a file in this format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        }
    }

    /// Reads a format name as a user types it (`text`/`txt`, `markdown`/`md`, `html`/`htm`).
    public init?(name: String) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "text", "txt", "plain": self = .text
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// The format a file name's extension implies, if any (`handoff.html` -> html).
    public init?(fileName: String) {
        let ext = URL(fileURLWithPath: fileName).pathExtension
        guard !ext.isEmpty else { return nil }
        self.init(name: ext)
    }
}

/// The order patients are handed over in.
public enum HandoffSort: String, Sendable, CaseIterable {
    /// By bed, in natural order (bed 2 before bed 10).
    case bed
    /// Unstable first, then watchers, then stable; by bed within each.
    case severity
}
