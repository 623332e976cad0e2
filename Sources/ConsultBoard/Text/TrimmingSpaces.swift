import Foundation

extension String {
    /// The text without the spaces and tabs around it (`CharacterSet.whitespaces`), as
    /// `trimmingCharacters(in: .whitespaces)` gives it, but without that copy when there is nothing to trim:
    /// a replay trims two names of every lab, and Foundation's trimming always builds a new string.
    var trimmingSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        let spaces = CharacterSet.whitespaces
        guard spaces.contains(first) || spaces.contains(last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
