import Foundation

/// Text an attacker (or a paste from the wrong window) could store on the board, and the checks that it reaches
/// a terminal or a document only as harmless, visible characters.
enum HostileText {
    /// Clears the screen (CSI 2 J).
    static let clearScreen = "\u{1B}[2J"
    /// Sets the terminal's title (OSC 0), ended by BEL.
    static let setTitle = "\u{1B}]0;title\u{07}"
    /// Writes to the clipboard (OSC 52): "echo pwned", base64.
    static let clipboard = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}"
    /// Leaves the alternate screen (where a TUI draws) and shows the cursor.
    static let leaveAlternateScreen = "\u{1B}[?1049l\u{1B}[?25h"
    /// A device control string, ended by ST.
    static let deviceControl = "\u{1B}P+q544e\u{1B}\\"
    /// The 8-bit (C1) form of CSI, which some terminals still obey.
    static let c1Introducer = "\u{9B}31m"
    /// Right-to-left override (Trojan Source, CVE-2021-42574) and an isolate.
    static let bidi = "\u{202E}cba\u{202C} \u{2067}isolated\u{2069}"

    /// Every trick in one string, with a bare CR (which would return the cursor and overwrite the line), BEL and
    /// backspace.
    static let mixed =
        "before " + clearScreen + "mid " + setTitle + clipboard + leaveAlternateScreen + deviceControl + c1Introducer
        + " bell\u{07} back\u{08}"
        + " cr\rover " + bidi + " end"

    /// One very long line (20,000 columns).
    static let longLine = String(repeating: "long-line ", count: 2_000)

    /// The scalars that must never reach a terminal: C0 controls but LF, DEL, C1, and the bidi controls.
    static func forbiddenInTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// What in `output` a terminal would act on (empty when harmless), for the failure message.
    static func terminalProblems(in output: Data) -> [String] {
        var problems: [String] = []
        if output.contains(0x1B) { problems.append("raw ESC byte") }
        if output.contains(0x07) { problems.append("raw BEL byte") }
        let text = String(decoding: output, as: UTF8.self)
        let bad = Set(text.unicodeScalars.filter(forbiddenInTerminal).map { String(format: "U+%04X", $0.value) })
        if !bad.isEmpty { problems.append("control scalars \(bad.sorted())") }
        return problems
    }

    /// What in a JSON document is raw (JSON must escape every control character; bidi marks are data there).
    static func jsonProblems(in output: Data) -> [String] {
        let raw = Set(output.filter { $0 < 0x20 && $0 != 0x0A }.map { String(format: "0x%02X", $0) })
        return raw.isEmpty ? [] : ["raw control bytes \(raw.sorted())"]
    }
}
