/// A trend in one line of block characters, lowest value ▁ to highest █: "▁▂▅█▇".
///
/// The eight heights are the Unicode block elements U+2581-U+2588, one display column each, so a sparkline
/// fits beside a value in a list, a handoff line or a narrow terminal. Equal values draw a level line at mid
/// height (a flat trend is not "all lowest").
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The last `width` of `values` (oldest first) as a sparkline; empty for no values.
    public static func of(_ values: [Double], width: Int = 12) -> String {
        let shown = values.suffix(max(0, width)).filter(\.isFinite)
        guard let low = shown.min(), let high = shown.max() else { return "" }
        let span = high - low
        return String(shown.map { value -> Character in
            guard span > 0 else { return blocks[3] }
            let level = Int(((value - low) / span * Double(blocks.count - 1)).rounded())
            return blocks[min(max(level, 0), blocks.count - 1)]
        })
    }
}
