import ConsultBoard
import Foundation
import Testing

/// Issue 15's "done when": in zh-Hans mode, a terminal session through every screen and form of the Chinese demo
/// ward shows no English UI text, names, drug names and free text aside.
///
/// Each screen is captured and every ASCII word on it is looked up: a word of the board's own data (names, ids,
/// units, the notes and orders as written, lab test ids: anything in the board's files), a drug name of the
/// terminology, or a word of the short allowlist below passes; any other English word fails the test.
@Suite(
    .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"),
    .disabled("unfinished (h15ui): keys that do not change the screen (Enter on the board's first row, 7/8 on some tabs, Escape after a form that saved) wait 30 s; each step needs the Chinese text its screen shows to wait for"))
struct ChineseWalkTests {
    /// Words a Chinese ward writes in Latin letters, each with why.
    static let allowed: Set<String> = [
        // ISNCSCI and its scores, as the Chinese ISNCSCI (2019) writes them: AIS, NLI, UEMS/LEMS, ZPP, VAC/DAP.
        "isncsci", "ais", "asia", "nli", "uems", "lems", "zpp", "vac", "dap",
        // Record and lab abbreviations Chinese records use as they are.
        "mrn", "egfr", "crcl", "ckd", "epi", "aki", "kdigo", "mri", "ct", "ivig", "bp", "map", "fvc", "spo", "inr",
        "acr", "asra", "nsf", "pde", "sc", "iv", "qd", "bid", "tid", "qid", "q12h", "q8h", "q6h", "prn", "hb",
        "xa", "lmwh", "doac", "rrt", "picc", "dvt", "uti", "gbs",
        // Units.
        "mmhg", "ml", "min", "kg", "mg", "umol", "mmol", "l", "dl", "g", "h", "m", "cm", "c", "iu",
        // Key names on the key help and in hints.
        "tab", "esc", "enter", "space", "pgup", "pgdn", "home", "end", "ctrl", "shift", "y", "n",
        // The keys themselves (single letters) and flags of a value: H high, L low, HH/LL critical.
        "a", "b", "d", "e", "f", "j", "k", "p", "q", "s", "v", "x", "hh", "ll",
        // The product's name and its command names quoted in hints.
        "consultboard", "consult", "board", "discharge", "summary", "readmit",
    ]

    /// The ASCII words of `screen` that are neither data nor allowed.
    static func english(_ screen: String, data: Set<String>) -> Set<String> {
        var found: Set<String> = []
        var word = ""
        func flush() {
            let lower = word.lowercased()
            if lower.first?.isLetter == true, !allowed.contains(lower), !data.contains(lower) {
                found.insert(word)
            }
            word = ""
        }
        for character in screen {
            if character.isASCII, character.isLetter || character.isNumber { word.append(character) } else { flush() }
        }
        flush()
        return found
    }

    /// Every ASCII word of the board's files (its data as the ward wrote it) and of the terminology's drug names.
    static func dataWords(board: String) throws -> Set<String> {
        var text = ""
        for file in try FileManager.default.subpathsOfDirectory(atPath: board) {
            if let content = try? String(contentsOfFile: board + "/" + file, encoding: .utf8) { text += content + "\n" }
        }
        for drug in Terminology.standard.drugs.values { text += " " + drug.id + " " + drug.names.joined(separator: " ") }
        var words: Set<String> = []
        var word = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber { word.append(character) } else {
                if !word.isEmpty { words.insert(word) }
                word = ""
            }
        }
        return words
    }

    @Test func throughEveryScreenAndFormOfTheChineseDemo() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let made = try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", board], environment: ["CONSULT_BOARD_LANG": "zh-Hans"])
        #expect(made.status == 0, "\(made)")
        let data = try Self.dataWords(board: board)
        let tmux = try TmuxSession(
            ["tui", "--board", board, "--author", "dr.li"],
            environment: ["CONSULT_BOARD_LANG": "zh-Hans", "LANG": "C.UTF-8", "CONSULT_BOARD_AMBIGUOUS": "narrow"], keeping: folder)
        var screen = try tmux.waitFor(text: "按床号排序")
        var seen: [String: Set<String>] = [:]
        func look(_ name: String) throws {
            // `press` waited for the key's screen: curses draws it in one refresh.
            screen = try tmux.capture()
            let words = Self.english(screen, data: data)
            if !words.isEmpty { seen[name] = words }
        }
        /// Sends `keys` one at a time, waiting for each to change the screen.
        func press(_ keys: String...) throws {
            for key in keys {
                let before = try tmux.capture()
                try tmux.send(key)
                try tmux.waitFor("the screen to answer \(key)") { $0 != before }
            }
        }

        try look("board")
        for key in ["?", "f", "a", "D", "c", "v"] {
            try press(key)
            try look("board \(key)")
            try press("Escape")
        }
        try press("Enter")
        for tab in 1...8 {
            try press("\(tab)")
            try look("tab \(tab)")
            if (2...6).contains(tab) {
                for key in ["a", "Enter"] {
                    try press(key)
                    try look("tab \(tab) \(key)")
                    try press("Escape")
                }
            }
        }
        try press("1")
        for key in ["?", "n", "a", "c", "e", "!", "A", "x", "v", "C", "L", "P", "p"] {
            try press(key)
            try look("patient \(key)")
            try press("Escape")
        }
        try press("f")
        try look("flowsheet")
        try press("Tab")
        try look("flowsheet renal")
        try press("Enter")
        try look("chart")

        let report = seen.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted().joined(separator: " "))" }
        #expect(seen.isEmpty, "English words on the Chinese screens:\n\(report.joined(separator: "\n"))")
    }
}
