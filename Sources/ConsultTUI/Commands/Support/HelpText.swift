/// Pieces of the commands' help that are put together when the command tree is built.
///
/// ArgumentParser reads every command's configuration at every start, so whatever a help text calls runs in every
/// process. The standard library's generic `joined(separator:)` makes its first caller instantiate generic metadata,
/// which in the static binary scans all the Swift runtime's protocol conformance records (about 0.1 ms, issue 9);
/// with plain appends here, only a command that joins strings itself pays that (`--version` does not).
enum HelpText {
    /// `items` with `separator` between them, as `items.joined(separator:)` gives them.
    static func joined(_ items: [String], separator: String) -> String {
        var text = ""
        for (index, item) in items.enumerated() { text += (index == 0 ? "" : separator) + item }
        return text
    }
}
