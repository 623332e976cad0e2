/// The Mandarin readings of Chinese characters without tones (王 -> wang, 单 -> dan, shan, chan), for pinyin search.
///
/// The table (`PinyinReadingsData.swift`) is generated from a maintained dictionary by
/// `scripts/generate-pinyin-readings` (its source and licence are named there), never typed by hand.
public enum PinyinReadings {
    /// The toneless readings of `scalar`, ü written both v and u (吕 -> lv, lu); empty for anything that is not a CJK ideograph.
    public static func of(_ scalar: Unicode.Scalar) -> [String] {
        table[scalar] ?? []
    }

    /// The table, read from the generated text on first use (a few milliseconds, once per process).
    static let table: [Unicode.Scalar: [String]] = {
        var table: [Unicode.Scalar: [String]] = [:]
        table.reserveCapacity(30_000)
        for line in data.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let syllable = String(line[..<tab])
            for scalar in line[line.index(after: tab)...].unicodeScalars {
                table[scalar, default: []].append(syllable)
            }
        }
        return table
    }()
}
