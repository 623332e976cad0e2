import Foundation

/// Finds the folder of the default handoff templates.
///
/// In order:
/// 1. the folder named by `$CONSULT_BOARD_TEMPLATES` (a ward's own templates win wherever the program runs from);
/// 2. the `templates/` folder of the source tree the program was built in: walking up from the executable's
///    real path (symlinks resolved), the first folder with a `templates/handoff.*` file. This is what makes
///    `.build/debug/consult-board` and `swift run` find the repository's templates;
/// 3. `/usr/local/share/consult-board/templates` (where an installation puts them).
public enum TemplateLocator {
    public static let environmentVariable = "CONSULT_BOARD_TEMPLATES"
    public static let installedDirectory = "/usr/local/share/consult-board/templates"

    /// The first folder holding handoff templates, or an error listing every place searched.
    public static func directory(executablePath: String, environment: [String: String]) throws(HandoffError) -> URL {
        var searched: [String] = []
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            let candidate = URL(fileURLWithPath: fromEnvironment)
            if holdsTemplates(candidate) { return candidate }
            searched.append("\(environmentVariable)=\(fromEnvironment)")
        } else {
            searched.append("\(environmentVariable) (not set)")
        }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent("templates")
            if holdsTemplates(candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        searched.append("templates/ in the folders above \(executable.path)")
        let installed = URL(fileURLWithPath: installedDirectory)
        if holdsTemplates(installed) { return installed }
        searched.append(installedDirectory)
        throw .templatesNotFound(searched: searched)
    }

    /// The running program's own path (on Linux from /proc/self/exe, so a program started through a symlink or
    /// from the PATH is found where it really is).
    public static var currentExecutablePath: String {
        Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    }

    /// Whether `folder` holds at least one `handoff.*` file.
    static func holdsTemplates(_ folder: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
        return names.contains { $0.hasPrefix("handoff.") }
    }
}
