import Foundation

/// Finds the default handoff template of a format.
///
/// For each format, the first of:
/// 1. the folder named by `$CONSULT_BOARD_TEMPLATES` (a ward's own templates win wherever the program runs from;
///    a folder that does not exist is an error, never quietly passed over);
/// 2. the `templates/` folder of the source tree the program was built in: walking up from the executable's
///    real path (symlinks resolved), the first folder with a `templates/handoff.*` file. This is what makes
///    `.build/debug/consult-board` and `swift run` use the repository's templates as they are edited;
/// 3. the ward's folders on an installed system, `/etc/consult-board/templates`, then
///    `/usr/local/share/consult-board/templates`;
/// 4. the templates compiled into the program (`EmbeddedTemplates`, generated from `templates/` at build time),
///    so an installed program always has them.
///
/// A folder that holds some formats and not others gives the formats it holds; the others come from the next place.
public enum TemplateLocator {
    public static let environmentVariable = "CONSULT_BOARD_TEMPLATES"
    /// Where a ward puts its own templates on a server where the program is installed, in the order searched.
    public static let wardDirectories = ["/etc/consult-board/templates", "/usr/local/share/consult-board/templates"]

    /// Where the default template of a format comes from.
    public enum Source: Equatable, Sendable, CustomStringConvertible {
        /// A templates folder holding the format's file.
        case folder(URL)
        /// The copy compiled into the program.
        case builtIn

        public var description: String {
            switch self {
            case let .folder(url): url.path
            case .builtIn: "the templates built into consult-board"
            }
        }

        /// The same place, however its URL was spelt (a folder URL may or may not end in a slash).
        public static func == (a: Source, b: Source) -> Bool {
            switch (a, b) {
            case let (.folder(x), .folder(y)): x.standardizedFileURL.path == y.standardizedFileURL.path
            case (.builtIn, .builtIn): true
            default: false
            }
        }
    }

    /// Where the default template for `format` comes from. `wardDirectories` is a parameter for tests.
    public static func source(
        for format: HandoffFormat, executablePath: String, environment: [String: String],
        wardDirectories: [String] = wardDirectories
    ) throws(HandoffError) -> Source {
        for folder in try candidates(executablePath: executablePath, environment: environment, wardDirectories: wardDirectories)
        where FileManager.default.fileExists(atPath: folder.appendingPathComponent(format.templateFileName).path) {
            return .folder(folder)
        }
        return .builtIn
    }

    /// The folders to look in, in order: the environment's, the source tree's, the ward's.
    static func candidates(
        executablePath: String, environment: [String: String], wardDirectories: [String]
    ) throws(HandoffError) -> [URL] {
        var folders: [URL] = []
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fromEnvironment, isDirectory: &isFolder), isFolder.boolValue else {
                throw .templateFolderNotFound(variable: environmentVariable, path: fromEnvironment)
            }
            folders.append(URL(fileURLWithPath: fromEnvironment))
        }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent("templates")
            if holdsTemplates(candidate) {
                folders.append(candidate)
                break
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        folders += wardDirectories.map { URL(fileURLWithPath: $0) }
        return folders
    }

    /// The built-in text of the default template for `format`.
    static func builtInSource(for format: HandoffFormat) -> String? {
        EmbeddedTemplates.files[format.templateFileName]
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
