import Foundation

// Writes the Swift sources the EmbedBuildResources plugin compiles into the library:
//   BuildResourceGenerator PACKAGE_DIR OUTPUT_DIR CATALOGUE_JSON DEMO_WORDS_JSON HELP_WORDS_JSON TEMPLATE_FILE...
// - EmbeddedTemplates.swift: each template file's text, keyed by its file name;
// - EmbeddedMessages.swift: the message catalogue (messages/catalogue.json) as a table sorted by key;
// - EmbeddedDemoWords.swift: the Chinese words of the demo ward (messages/demo-ward.zh-Hans.json);
// - EmbeddedHelpWords.swift: the words of --help (messages/help.json);
// - BuildCommit.swift: the commit checked out in PACKAGE_DIR (or "unknown" outside a git checkout).
// It runs at build time only, on the project's own files; a failure stops the build with its reason.

/// A Swift string literal that holds `text` exactly: a raw multi-line literal whose `#` delimiter is longer than
/// any run of `#` after a quote in the text, so nothing in a template can end it early or be read as an escape.
func literal(_ text: String) -> String {
    var longest = 0
    var run = 0
    var afterQuote = false
    for character in text {
        if character == "\"" {
            afterQuote = true
            run = 0
        } else if character == "#", afterQuote {
            run += 1
            longest = max(longest, run)
        } else {
            afterQuote = false
            run = 0
        }
    }
    // The escape `\#...(` would also need more hashes than any run after a backslash: count those too.
    var backslashRun = 0
    var afterBackslash = false
    for character in text {
        if character == "\\" {
            afterBackslash = true
            backslashRun = 0
        } else if character == "#", afterBackslash {
            backslashRun += 1
            longest = max(longest, backslashRun)
        } else {
            afterBackslash = false
            backslashRun = 0
        }
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

/// The commit checked out in `package`, from its `.git` (a folder, or a worktree's file naming one).
func commit(of package: URL) -> String {
    var git = package.appendingPathComponent(".git")
    if let text = try? String(contentsOf: git, encoding: .utf8), text.hasPrefix("gitdir:") {
        git = URL(fileURLWithPath: text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: package)
    }
    guard let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8) else { return "unknown" }
    let trimmed = head.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.hasPrefix("ref:") else { return String(trimmed.prefix(12)) }
    let ref = trimmed.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
    var common = git
    if let text = try? String(contentsOf: git.appendingPathComponent("commondir"), encoding: .utf8) {
        common = URL(fileURLWithPath: text.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: git)
    }
    if let loose = try? String(contentsOf: common.appendingPathComponent(ref), encoding: .utf8) {
        return String(loose.trimmingCharacters(in: .whitespacesAndNewlines).prefix(12))
    }
    if let packed = try? String(contentsOf: common.appendingPathComponent("packed-refs"), encoding: .utf8) {
        for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
            return String(line.prefix(12))
        }
    }
    return "unknown"
}

let arguments = CommandLine.arguments
guard arguments.count >= 6 else {
    FileHandle.standardError.write(Data("usage: BuildResourceGenerator PACKAGE_DIR OUTPUT_DIR CATALOGUE_JSON DEMO_WORDS_JSON HELP_WORDS_JSON TEMPLATE_FILE...\n".utf8))
    exit(2)
}
let package = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])

/// A JSON file of the package compiled in as `enum <name> { static let json }`; an unreadable file stops the build.
func embeddedJSON(_ path: String, what: String, name: String, about: String) -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("error: cannot read \(what) \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    let file = URL(fileURLWithPath: path).lastPathComponent
    return """
        // Generated at build time from messages/\(file) by the EmbedBuildResources plugin. Do not edit it here.

        /// \(about), compiled in.
        enum \(name) {
            static let json: String = \(literal(text))
        }

        """
}

/// A Swift string literal on one line that holds `text` exactly: quotes, backslashes and control characters
/// escaped, everything else (Chinese included) as it is.
func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\\u{\(String(scalar.value, radix: 16))}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

/// The message catalogue as the table `MessageCatalogue` searches (see `MessageCatalogue.columns`): a row of five
/// slots a message, sorted by key: the key, the English text (or plural "one" and "other"), the Chinese likewise.
/// The file is checked as `MessageCatalogue(json:)` checks it; anything else stops the build with its reason.
func messageTable(_ path: String) -> String {
    func fail(_ reason: String) -> Never {
        FileHandle.standardError.write(Data("error: the message catalogue \(path) cannot be compiled: \(reason)\n".utf8))
        exit(1)
    }
    guard let data = FileManager.default.contents(atPath: path),
        let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let table = root["messages"] as? [String: Any]
    else { fail("it is not a JSON object with a \"messages\" object") }
    let languages = ["en", "zh-Hans"]
    var rows: [String] = []
    for key in table.keys.sorted() {
        guard let texts = table[key] as? [String: Any] else { fail("\(key) is not an object of languages") }
        if let unknown = texts.keys.first(where: { !languages.contains($0) }) { fail("\(key) has an unknown language \(unknown)") }
        var slots = [quoted(key)]
        for language in languages {
            switch texts[language] {
            case nil:
                slots += ["nil", "nil"]
            case let single as String:
                slots += [quoted(single), "nil"]
            case let forms as [String: String]:
                guard let one = forms["one"], let other = forms["other"], forms.count == 2 else {
                    fail("\(key) in \(language) is neither a string nor {\"one\", \"other\"}")
                }
                slots += [quoted(one), quoted(other)]
            default:
                fail("\(key) in \(language) is neither a string nor {\"one\", \"other\"}")
            }
        }
        rows.append("        " + slots.joined(separator: ", ") + ",")
    }
    return """
        // Generated at build time from messages/catalogue.json by the EmbedBuildResources plugin. Do not edit it here.

        /// The message catalogue (every word a person reads, English and Simplified Chinese), compiled in as the
        /// table `MessageCatalogue` searches: five slots a message, sorted by key (see `MessageCatalogue.columns`).
        enum EmbeddedMessages {
            static let table: [String?] = [
        \(rows.joined(separator: "\n"))
            ]
        }

        """
}
let messages = messageTable(arguments[3])
let demoWords = embeddedJSON(
    arguments[4], what: "the demo ward's words", name: "EmbeddedDemoWords",
    about: "The demo ward's free texts in Simplified Chinese (English text -> Chinese)")
let helpWords = embeddedJSON(
    arguments[5], what: "the words of --help", name: "EmbeddedHelpWords",
    about: "The words of --help, by command and argument (English and Simplified Chinese)")

var entries: [String] = []
for path in arguments.dropFirst(6) {
    let file = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("error: cannot read the template \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    entries.append("        \"\(file.lastPathComponent)\": \(literal(text)),")
}
let templates = """
    // Generated at build time from templates/ by the EmbedBuildResources plugin. Do not edit: edit templates/.

    /// The default handoff templates, compiled in: file name -> template text.
    enum EmbeddedTemplates {
        static let files: [String: String] = [
    \(entries.isEmpty ? "    :" : entries.joined(separator: "\n"))
        ]
    }

    """
let build = """
    // Generated at build time by the EmbedBuildResources plugin.

    /// The commit this program was built from ("unknown" when it was not built from a git checkout).
    enum BuildCommit {
        static let id = "\(commit(of: package))"
    }

    """
/// Writes `text` to `file` unless it already holds exactly that: an unchanged file keeps its time, so the
/// library is not compiled again when the tool runs again for another build configuration.
func write(_ text: String, to file: URL) throws {
    let data = Data(text.utf8)
    if FileManager.default.contents(atPath: file.path) == data { return }
    try data.write(to: file, options: .atomic)
}

do {
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try write(templates, to: output.appendingPathComponent("EmbeddedTemplates.swift"))
    try write(messages, to: output.appendingPathComponent("EmbeddedMessages.swift"))
    try write(build, to: output.appendingPathComponent("BuildCommit.swift"))
    try write(demoWords, to: output.appendingPathComponent("EmbeddedDemoWords.swift"))
    try write(helpWords, to: output.appendingPathComponent("EmbeddedHelpWords.swift"))
} catch {
    FileHandle.standardError.write(Data("error: cannot write the generated sources in \(output.path): \(error)\n".utf8))
    exit(1)
}
