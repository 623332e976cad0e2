import Foundation

/// Bounds that keep a ward's own handoff template from hanging or crashing the handoff: how deep sections may
/// nest, no list section inside a section of the same name, and a budget on how many section parts one
/// handoff may render.
///
/// Why: Mustache looks a section's name up through every enclosing context, so `{{#items}}` nested in
/// `{{#items}}` walks the whole list again for every item: ten such levels over 7 items render 7^10 parts (a
/// hang), and twenty thousand levels exhaust the parser's stack (a crash). Both are refused before anything is
/// rendered, with the line to fix.
enum TemplateLimits {
    /// The deepest nesting of sections accepted (the standard templates nest 4 deep).
    static let maxDepth = 12
    /// The most section parts one handoff may render, counted as the product of the longest list each nested
    /// section walks (an upper bound of the real work): a 40-patient ward with 2,000 labs each is 80,000.
    static let renderBudget = 5_000_000

    /// The chains of list sections (`{{#name}}`, outermost first) in a template, or the problem that makes the
    /// template unsafe to parse or render, as a `.templateSyntax` error naming its line.
    static func sectionChains(in source: String, template name: String) throws(HandoffError) -> [[String]] {
        var chains: [[String]] = []
        var open: [(name: String, inverted: Bool)] = []
        var line = 1
        var index = source.startIndex
        while let start = source[index...].range(of: "{{") {
            line += source[index..<start.lowerBound].reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
            guard let close = source[start.upperBound...].range(of: "}}") else { break }
            let tag = source[start.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("=") { return chains }  // new delimiters: the engine's own checks apply
            let section = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("#") || tag.hasPrefix("^") {
                let inverted = tag.hasPrefix("^")
                if !inverted, open.contains(where: { !$0.inverted && $0.name == section }) {
                    throw problem(name, line, source, "the section '\(section)' is opened inside a section of the same name: it would walk the whole list again for every item (rendering grows exponentially); close the outer {{/\(section)}} first")
                }
                open.append((section, inverted))
                guard open.count <= maxDepth else {
                    throw problem(name, line, source, "sections are nested \(open.count) deep here; at most \(maxDepth) levels are allowed")
                }
                if !inverted { chains.append(open.filter { !$0.inverted }.map(\.name)) }
            } else if tag.hasPrefix("/"), open.last?.name == section {
                open.removeLast()
            }
            line += source[start.lowerBound..<close.upperBound].reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
            index = close.upperBound
        }
        return chains
    }

    /// Refuses a render whose upper bound of section parts is over the budget for these values.
    static func checkBudget(_ chains: [[String]], values: Any, template name: String) throws(HandoffError) {
        var longest: [String: Int] = [:]
        collectLongestLists(values, into: &longest)
        for chain in chains {
            var parts = 1
            for section in chain {
                let key = String(section.split(separator: ".").last ?? Substring(section))
                let (product, overflow) = parts.multipliedReportingOverflow(by: max(1, longest[key] ?? 1))
                parts = overflow ? Int.max : product
            }
            if parts > renderBudget {
                throw .renderBudget(template: name, sections: chain.joined(separator: " > "), parts: parts, budget: renderBudget)
            }
        }
    }

    /// For every key, the longest list found under it anywhere in the values.
    private static func collectLongestLists(_ value: Any, into longest: inout [String: Int]) {
        if let fields = value as? [String: Any] {
            for (key, field) in fields {
                if let list = field as? [Any] { longest[key] = max(longest[key] ?? 0, list.count) }
                collectLongestLists(field, into: &longest)
            }
        } else if let list = value as? [Any] {
            for item in list { collectLongestLists(item, into: &longest) }
        }
    }

    private static func problem(_ template: String, _ line: Int, _ source: String, _ reason: String) -> HandoffError {
        .templateSyntax(template: template, line: line, column: 1, excerpt: String(TemplateDiagnostics.sourceLine(line, of: source).prefix(80)), reason: reason)
    }
}
