import Foundation

/// The Swift sources of the package, read as text: what the catalogue tests scan for keys, field names and bare
/// sentences.
enum SourceFiles {
    /// The package's root folder (this file is Tests/ConsultBoardTests/Text/Localisation/SourceFiles.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every .swift file under `folder` (relative to the root), with its name and text.
    static func texts(under folder: String) -> [(name: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
        var files: [(name: String, text: String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files.append((url.lastPathComponent, text))
        }
        return files
    }

    /// The first capture group of every match of `pattern` in the .swift files under `folder`.
    static func captures(of pattern: String, under folder: String) throws -> Set<String> {
        let regex = try NSRegularExpression(pattern: pattern)
        var found: Set<String> = []
        for (_, text) in texts(under: folder) {
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { found.insert(String(text[range])) }
            }
        }
        return found
    }
}
