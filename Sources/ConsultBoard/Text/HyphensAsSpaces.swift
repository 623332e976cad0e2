extension String {
    /// Every hyphen a space ("spine-surgery" -> "spine surgery"), character by character (a hyphen carrying a
    /// combining mark is another character and stays): what `replacingOccurrences(of: "-", with: " ")` gives,
    /// without Foundation's bridging through `NSString`. The labels of vocabularies are spelled for every note the
    /// handoff lists, and that bridging was an eighth of the whole-ward handoff's CPU (`perf`, the benchmark board).
    var hyphensAsSpaces: String {
        // ASCII (every label's spelling): each byte is its own character, so bytes can be swapped directly.
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8.map { $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self) }
        return String(map { $0 == "-" ? " " : $0 })
    }
}
