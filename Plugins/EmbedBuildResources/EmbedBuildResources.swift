import Foundation
import PackagePlugin

/// Compiles the default handoff templates, the message catalogue and the build's commit into the library.
///
/// `messages/catalogue.json` (every word a person reads, English and Simplified Chinese side by side) becomes
/// `EmbeddedMessages.swift` the same way, so the catalogue file stays the one source of the words; the Chinese
/// words of the demo ward (`messages/demo-ward.zh-Hans.json`) become `EmbeddedDemoWords.swift`, and the words of
/// `--help` (`messages/help.json`) `EmbeddedHelpWords.swift`.
///
/// `templates/` stays the one source of the default templates: at build time every `templates/handoff.*.mustache`
/// and `templates/discharge-summary.*.mustache`
/// becomes a string in `EmbeddedTemplates.swift`, so an installed `consult-board` needs no template folder next to
/// it. The commit the program was built from (read from the checkout's `.git`, when there is one) becomes
/// `BuildCommit.swift`, for `consult-board --version`. Both files are rebuilt when a template or the checked-out
/// commit changes.
@main
struct EmbedBuildResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let templates = package.appending(path: "templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path(percentEncoded: false))) ?? []
        let templateFiles = names.filter { ($0.hasPrefix("handoff.") || $0.hasPrefix("discharge-summary.")) && $0.hasSuffix(".mustache") }.sorted()
            .map { templates.appending(path: $0) }
        let catalogue = package.appending(path: "messages/catalogue.json")
        let demoWords = package.appending(path: "messages/demo-ward.zh-Hans.json")
        let helpWords = package.appending(path: "messages/help.json")
        let output = context.pluginWorkDirectoryURL
        let generator = try context.tool(named: "BuildResourceGenerator").url
        let git = GitFiles(package: package)
        return [
            .buildCommand(
                displayName: "Embedding the default handoff templates, the message catalogue and the build's commit",
                executable: generator,
                arguments: [package.path(percentEncoded: false), output.path(percentEncoded: false)]
                    + ([catalogue, demoWords, helpWords] + templateFiles).map { $0.path(percentEncoded: false) },
                inputFiles: [catalogue, demoWords, helpWords] + templateFiles + git.watched,
                outputFiles: [
                    output.appending(path: "EmbeddedTemplates.swift"), output.appending(path: "EmbeddedMessages.swift"),
                    output.appending(path: "BuildCommit.swift"), output.appending(path: "EmbeddedDemoWords.swift"),
                    output.appending(path: "EmbeddedHelpWords.swift"),
                ]
            )
        ]
    }
}

/// The files of a git checkout whose change means a new commit is checked out (so the commit is read again).
struct GitFiles {
    let watched: [URL]

    init(package: URL) {
        let fm = FileManager.default
        var gitDirectory = package.appending(path: ".git")
        // In a worktree `.git` is a file naming the real git folder.
        if let text = try? String(contentsOf: gitDirectory, encoding: .utf8), text.hasPrefix("gitdir:") {
            let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDirectory = URL(fileURLWithPath: path, relativeTo: package)
        }
        var files = [gitDirectory.appending(path: "HEAD")]
        if let head = try? String(contentsOf: gitDirectory.appending(path: "HEAD"), encoding: .utf8), head.hasPrefix("ref:") {
            let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            var common = gitDirectory
            if let text = try? String(contentsOf: gitDirectory.appending(path: "commondir"), encoding: .utf8) {
                common = URL(fileURLWithPath: text.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: gitDirectory)
            }
            files.append(common.appending(path: ref))
            files.append(common.appending(path: "packed-refs"))
        }
        watched = files.filter { fm.fileExists(atPath: $0.path(percentEncoded: false)) }
    }
}
