import Foundation

/// Makes stored text harmless before a terminal or a document sees it.
///
/// Notes are stored exactly as written; only what is *shown* is sanitised. Terminal control characters (ESC and
/// the rest of C0 and C1, DEL) become visible Unicode control pictures ("␛[31m"), so an injected escape sequence
/// reads as text instead of acting on the terminal; bidirectional overrides and isolates (which can make text
/// read in a different order than it is stored, CVE-2021-42574) are removed; tabs become a space.
public enum Sanitizer {
    /// For multi-line text: keeps line breaks (CR LF, CR, and the Unicode line/paragraph separators all become LF).
    public static func multiline(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    /// For one line (list rows, headers): line breaks become a space.
    public static func line(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0A where previousWasCR:
                continue  // the LF of a CR LF pair: the CR already made the line break
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x85:
                out.append(keepNewlines ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x00..<0x20:
                out.append(Unicode.Scalar(0x2400 + v) ?? "?")  // control pictures: ␀ ... ␛ ...
            case 0x7F:
                out.append("\u{2421}")  // ␡
            case 0x80..<0xA0:
                out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue  // bidi embeddings, overrides, isolates and marks
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
