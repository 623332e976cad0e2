import Foundation

/// How many terminal columns text takes: the one width function of the canvas, the editor and the handoff.
///
/// Follows Unicode Standard Annex #11 (East Asian Width): Wide (W) and Fullwidth (F) characters take two
/// columns, combining and format characters none, everything else one. Emoji shown in emoji presentation
/// (Unicode Technical Standard #51) take two. Width is measured per grapheme cluster (what a user sees as one
/// character), so "é" written as e + combining accent is one column and a family emoji is two. East Asian
/// Ambiguous characters (A: • → … ✓ · box drawing, é) take two columns when `Localisation.ambiguousIsWide`
/// (a CJK terminal), one otherwise.
public enum DisplayWidth {
    /// Columns taken by a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns taken by one grapheme cluster (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }  // VARIATION SELECTOR-16 asks for emoji presentation.
            let w = of(scalar)
            if width == 0 { width = w }
        }
        return width
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0xA1 { return 1 }  // ASCII fast path.
        if v < 0x300 { return AmbiguousWidth.isAmbiguous(v) && Localisation.ambiguousIsWide ? 2 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels and final consonants join the syllable.
        if scalar.properties.isEmojiPresentation { return 2 }
        if isWide(v) { return 2 }
        // East Asian Ambiguous: as wide as the terminal draws it (`CONSULT_BOARD_AMBIGUOUS`, the locale).
        return AmbiguousWidth.isAmbiguous(v) && Localisation.ambiguousIsWide ? 2 : 1
    }

    /// East Asian Width W or F (Unicode 15 EastAsianWidth.txt, the ranges that matter for ward text).
    private static func isWide(_ v: UInt32) -> Bool {
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed
        0x3400...0x4DBF,  // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF,  // CJK Unified Ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo Extended-A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18CFF,  // Tangut
        0x1B000...0x1B2FF,  // Kana supplement and extended
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK Extensions B-F
        0x30000...0x3FFFD,  // CJK Extension G and later
    ]
}
