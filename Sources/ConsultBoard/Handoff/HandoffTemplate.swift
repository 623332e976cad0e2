import Foundation
import Mustache

/// A handoff template for one format, parsed and checked, ready to render any number of handoffs.
///
/// The template is Mustache (https://mustache.github.io/mustache.5.html) rendered by swift-mustache. The
/// renderer sets how `{{name}}` escapes values, so a ward's own template gets the same protection as the
/// default: HTML escaping for HTML, Markdown escaping for Markdown (see `MarkdownEscaping`), none for text
/// (stored text is sanitised before it gets here). An HTML template may not use the constructs that would
/// print a value unescaped.
public struct HandoffTemplate: Sendable {
    public let format: HandoffFormat
    /// Where the template came from (its path), for error messages.
    public let name: String
    private let compiled: MustacheTemplate
    /// The nested list sections, for the render budget (`TemplateLimits`).
    private let sectionChains: [[String]]

    /// Parses `source` as the template for `format`; `name` (usually the file path) is used in error messages.
    public init(source: String, format: HandoffFormat, name: String) throws(HandoffError) {
        if format == .html, let unsafe = TemplateDiagnostics.unescapedConstruct(in: source) {
            throw .unsafeTemplate(template: name, line: unsafe.line, construct: unsafe.construct)
        }
        sectionChains = try TemplateLimits.sectionChains(in: source, template: name)
        let prefix = Self.prefix(for: format)
        do {
            compiled = try MustacheTemplate(string: prefix + source)
        } catch {
            throw TemplateDiagnostics.error(error, source: source, prefix: prefix, template: name)
        }
        self.format = format
        self.name = name
    }

    /// Reads and parses the template file at `path`.
    public init(contentsOf path: String, format: HandoffFormat) throws(HandoffError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .templateUnreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw .templateUnreadable(path: path, reason: "it is not UTF-8 text")
        }
        try self.init(source: source, format: format, name: path)
    }

    /// The template for `format` in a templates folder (`handoff.txt.mustache`, `handoff.md.mustache`,
    /// `handoff.html.mustache`).
    public init(format: HandoffFormat, in directory: URL) throws(HandoffError) {
        let file = directory.appendingPathComponent(format.templateFileName).path
        guard FileManager.default.fileExists(atPath: file) else {
            throw .templateMissing(path: directory.path, format: format)
        }
        try self.init(contentsOf: file, format: format)
    }

    /// The ward's default template for `format`: from the folder `TemplateLocator` finds, else the built-in one.
    public static func standard(
        _ format: HandoffFormat, executablePath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        wardDirectories: [String] = TemplateLocator.wardDirectories
    ) throws(HandoffError) -> HandoffTemplate {
        let source = try TemplateLocator.source(
            for: format, executablePath: executablePath ?? TemplateLocator.currentExecutablePath,
            environment: environment, wardDirectories: wardDirectories)
        switch source {
        case let .folder(directory):
            return try HandoffTemplate(format: format, in: directory)
        case .builtIn:
            guard let text = TemplateLocator.builtInSource(for: format) else { throw .noBuiltInTemplate(format) }
            return try HandoffTemplate(source: text, format: format, name: "built-in \(format.templateFileName)")
        }
    }

    /// Renders a handoff with this template.
    ///
    /// Refused (nothing rendered) when the template's nested sections would render more parts for this
    /// document than `TemplateLimits.renderBudget`.
    public func render(_ document: HandoffDocument) throws(HandoffError) -> String {
        try render(values: document)
    }

    /// Renders any document made of the handoff's kinds of values (a discharge summary).
    func render(values document: some Sendable) throws(HandoffError) -> String {
        let values = TemplateValues.of(document) ?? [String: Any]()  // a structure always gives a dictionary
        try TemplateLimits.checkBudget(sectionChains, values: values, template: name)
        return compiled.render(values)
    }

    /// What goes before the author's template to choose how `{{name}}` escapes: a pragma on a line of its own,
    /// which the engine removes with its line break (a standalone tag), so the author's first line still starts
    /// a line and renders exactly as written.
    private static func prefix(for format: HandoffFormat) -> String {
        switch format {
        case .html:
            return ""  // the engine escapes HTML unless told otherwise
        case .text:
            return "{{% CONTENT_TYPE: TEXT }}\n"
        case .markdown:
            _ = MarkdownEscaping.registered
            return "{{% CONTENT_TYPE: \(MarkdownEscaping.contentTypeName) }}\n"
        }
    }
}
