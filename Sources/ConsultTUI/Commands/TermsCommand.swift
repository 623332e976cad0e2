import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board terms lookup TEXT [--json]` and `consult-board terms check FILE`: what the safety rules
/// recognise in a text, and whether a ward's extension file can be used (docs/safety-rules.md).
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "The terminology the safety rules read: look a text up, check a ward's extension file.",
        discussion: "The built-in terminology is terminology/consultboard-terminology.json; a ward adds its own names in <board>/terminology.json (same format, merged on top).",
        subcommands: [TermsLookupCommand.self, TermsCheckCommand.self])
}
