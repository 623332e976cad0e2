@testable import ConsultTUI
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
    .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
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
        "tab", "esc", "enter", "space", "pgup", "pgdn", "home", "end", "ctrl", "shift", "del", "y", "n",
        // The keys themselves (single letters) and flags of a value: H high, L low, HH/LL critical.
        "a", "b", "d", "e", "f", "i", "j", "k", "o", "p", "q", "s", "t", "v", "w", "x", "hh", "ll",
        // ISNCSCI: NT (not testable) is written as it is in the Chinese worksheet.
        "nt",
        // I-PASS, the handoff's name as the Chinese template titles it (I-PASS 交接班).
        "pass",
        // The board's drafts/ folder, named as it is on disk (the sign-off list says where drafts are kept).
        "drafts",
        // Cut at a column's edge: "Esc" at the end of the flowsheet's title rule at 100 columns, "mmHg" in its
        // 16-column name column.
        "es", "mmh",
        // The product's name and its command names quoted in hints.
        "consultboard", "consult", "board", "discharge", "summary", "readmit",
    ]

    /// The spinal segments (C1-C8, T1-T12, L1-L5, S1, S2, S3, S4-5) as the Chinese ISNCSCI worksheet writes them.
    static let segments: Set<String> = Set((1...8).map { "c\($0)" } + (1...12).map { "t\($0)" } + (1...5).map { "l\($0)" } + (1...5).map { "s\($0)" })

    /// A word cut by an ellipsis where a list column ends ("DV…" of DVT) is the start of a data word, not English.
    static func isCutDataWord(_ word: String, next: Character?, data: Set<String>) -> Bool {
        next == "…" && data.contains { $0.hasPrefix(word) }
    }

    /// The ASCII words of `screen` that are neither data nor allowed.
    static func english(_ screen: String, data: Set<String>) -> Set<String> {
        var found: Set<String> = []
        var word = ""
        func flush(next: Character?) {
            let lower = word.lowercased()
            if lower.first?.isLetter == true, !allowed.contains(lower), !segments.contains(lower), !data.contains(lower),
                !isCutDataWord(lower, next: next, data: data.union(allowed))
            {
                found.insert(word)
            }
            word = ""
        }
        for character in screen {
            if character.isASCII, character.isLetter || character.isNumber { word.append(character) } else { flush(next: character) }
        }
        flush(next: nil)
        return found
    }

    /// Every ASCII word of the values in the board's files (its data as the ward wrote it: the JSON values, not
    /// the field names, which are English words the screens must not show) and of the terminology's drug names.
    static func dataWords(board: String) throws -> Set<String> {
        var text = ""
        func collect(_ value: Any) {
            switch value {
            case let string as String: text += " " + string
            case let number as NSNumber: text += " " + number.stringValue
            case let array as [Any]: array.forEach(collect)
            case let object as [String: Any]: object.values.forEach(collect)
            default: break
            }
        }
        for file in try FileManager.default.subpathsOfDirectory(atPath: board) {
            guard let content = try? String(contentsOfFile: board + "/" + file, encoding: .utf8) else { continue }
            // A JSON file, or JSON lines (the journal).
            for piece in [content] + content.split(separator: "\n").map(String.init) {
                if let json = try? JSONSerialization.jsonObject(with: Data(piece.utf8), options: [.fragmentsAllowed]) { collect(json) }
            }
        }
        for drug in Terminology.standard.drugs.values { text += " " + drug.id + " " + drug.names.joined(separator: " ") }
        // An alert's key ("anticoagulant-spinal-procedure:O-192+O-361") is an id: the acknowledge form quotes it
        // beside the Chinese message, the board records it, and `alerts ack` takes it.
        for rule in SafetyRuleSet.current.rules { text += " " + rule.id }
        var words: Set<String> = []
        var word = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber { word.append(character) } else {
                if !word.isEmpty { words.insert(word) }
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }

    /// The catalogue's Chinese for `key`, so the walk waits for what the screen is meant to show, not a copy of it.
    static func zh(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Localisation.with(.simplifiedChinese) { tr(key, arguments) }.trimmingCharacters(in: .whitespaces)
    }

    /// The longest run of the catalogue's Chinese for `key` between its placeholders: what a screen shows
    /// whatever the record.
    static func zhStart(_ key: String) -> String {
        var pieces: [String] = []
        var piece = ""
        var inPlaceholder = false
        for character in zh(key) {
            if character == "{" { inPlaceholder = true; pieces.append(piece); piece = "" } else if character == "}" { inPlaceholder = false } else if !inPlaceholder { piece.append(character) }
        }
        pieces.append(piece)
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.max { $0.count < $1.count } ?? ""
    }

    @Test func throughEveryScreenAndFormOfTheChineseDemo() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let made = try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", board], environment: ["CONSULT_BOARD_LANG": "zh-Hans"])
        #expect(made.status == 0, "\(made)")
        let data = try Self.dataWords(board: board)
        // The board's first patient (by bed), whom Enter opens.
        let first = try #require(BoardStore(path: board).load().patients.values.filter(\.patient.isOnWard).min { $0.patient.bed < $1.patient.bed })
        let patient = ["name": first.patient.name, "mrn": first.mrn]
        let tmux = try TmuxSession(
            ["tui", "--board", board, "--author", "dr.li"], width: 100, height: 32,
            environment: ["CONSULT_BOARD_LANG": "zh-Hans", "LANG": "C.UTF-8", "CONSULT_BOARD_AMBIGUOUS": "narrow"], keeping: folder)
        var seen: [String: Set<String>] = [:]
        func check(_ screen: String, _ name: String) {
            let words = Self.english(screen, data: data)
            if !words.isEmpty { seen[name] = words }
        }
        /// Sends one key and waits for the text its screen or form shows, then checks that screen.
        func step(_ key: String, shows text: String, _ name: String) throws {
            try tmux.send(key)
            check(try tmux.waitFor(text: text), name)
        }
        /// Esc out of what shows `open`: waits until it is gone and the screen underneath shows `back`.
        func escape(from open: String, to back: String) throws {
            try tmux.send("Escape")
            try tmux.waitFor("'\(open)' to close, back to '\(back)'") { !$0.contains(open) && $0.contains(back) }
        }
        /// Opens a form or overlay with `key`, checks it, and leaves it with Esc back to `back`.
        func visit(_ key: String, shows text: String, back: String, _ name: String) throws {
            try step(key, shows: text, name)
            try escape(from: text, to: back)
        }
        let box = "┌─ "

        // The board and what opens over it.
        let onWard = try BoardStore(path: board).load().patients.values.filter(\.patient.isOnWard).count
        func boardCount(_ order: String) -> String {
            Localisation.with(.simplifiedChinese) { tr("board.count", count: onWard, ["order": tr(order)]) }
        }
        let boardShows = boardCount("board.sort.bed")
        check(try tmux.waitFor(text: boardShows), "board")
        try visit("?", shows: Self.zh("help.close"), back: boardShows, "board help")
        try visit("/", shows: Self.zh("board.filter.typing"), back: boardShows, "board filter line")
        try visit("f", shows: box + Self.zh("form.title.filter"), back: boardShows, "board filter form")
        try visit("a", shows: box + Self.zh("form.title.admit"), back: boardShows, "admit form")
        try visit("v", shows: box + Self.zhStart("critical.form.titleWard"), back: boardShows, "ward critical values")
        try visit("n", shows: Self.zh("editor.newNote"), back: boardShows, "note editor from the board")
        try visit("D", shows: Self.zh("discharge.departedTitle"), back: boardShows, "departed patients")
        try visit("c", shows: Self.zh("signOff.title"), back: boardShows, "sign-off list")
        try visit("p", shows: Self.zh("preview.ward"), back: boardShows, "ward handoff preview")
        try step("s", shows: boardCount("board.sort.severity"), "board by severity")
        try step("s", shows: boardShows, "board by bed")

        // The patient's Overview and its forms.
        let overview = Self.zh("overview.admitted")
        try step("Enter", shows: overview, "overview")
        for (key, title) in [
            ("a", box + Self.zh("form.title.addAction")), ("c", box + Self.zh("form.title.addContingency")),
            ("d", box + Self.zh("form.title.completeAction")), ("e", box + Self.zh("form.title.update", patient)),
            ("!", box + Self.zh("form.title.acknowledge")), ("A", box + Self.zh("allergyForm.title", patient)),
            ("x", box + Self.zh("discharge.title", patient).prefix { $0 != "：" }), ("v", box + Self.zh("critical.form.titlePatient", patient)),
            ("C", box + Self.zh("handover.form.codeTitle", patient)), ("L", box + Self.zh("handover.form.deviceTitle", patient)),
            ("P", box + Self.zh("handover.form.contactTitle", patient)),
        ] {
            try visit(key, shows: title, back: overview, "overview \(key)")
        }
        try visit("I", shows: Self.zh("worksheet.title"), back: overview, "ISNCSCI worksheet")
        try visit("n", shows: Self.zh("editor.newNote"), back: overview, "note editor")
        try visit("p", shows: Self.zh("preview.patient", ["name": first.patient.name]), back: overview, "patient handoff preview")
        try visit("?", shows: Self.zh("help.close"), back: overview, "patient help")
        // The flowsheet, its next preset, a value's chart and back; the creatinine chart from the Overview.
        let flowsheet = { (preset: String) in "[" + Self.zh(preset) + "]" }
        let chart = Self.zhStart("chart.latest")
        try step("f", shows: flowsheet("flowsheet.preset.vitals"), "flowsheet")
        try step("Tab", shows: flowsheet("flowsheet.preset.renal"), "flowsheet renal")
        try step("Enter", shows: chart, "chart from the flowsheet")
        try escape(from: chart, to: flowsheet("flowsheet.preset.renal"))
        try escape(from: flowsheet("flowsheet.preset.renal"), to: overview)
        try visit("t", shows: chart, back: overview, "creatinine chart")

        // The record tabs, each with its forms (on the first record of the list).
        let tabs: [(tab: String, shows: String, forms: [(key: String, shows: String)])] = [
            ("2", Self.zh("list.question"), [
                ("a", box + Self.zh("form.title.requestConsult")), ("s", Self.zh("form.label.newStatus")),
                ("r", box + Self.zhStart("form.title.recommendation")),
            ]),
            ("3", Self.zh("list.order"), [("a", box + Self.zh("form.title.addOrder")), ("s", Self.zh("form.label.newStatus"))]),
            ("4", Self.zh("list.impression"), [("a", box + Self.zh("form.title.addResult")), ("s", Self.zh("form.label.newStatus"))]),
            ("5", Self.zh("list.taken"), [("a", box + Self.zh("form.title.addLab"))]),
            ("6", Self.zh("list.onset"), [("a", box + Self.zh("form.title.addComplication")), ("s", Self.zh("form.label.newStatus"))]),
            ("7", Self.zh("list.written"), [
                ("a", Self.zh("editor.newNote")), ("A", Self.zhStart("editor.addendumTo")),
                ("E", Self.zhStart("form.title.noteInError")), ("/", Self.zh("notes.search")),
            ]),
            ("8", Self.zh("list.who"), []),
        ]
        for (tab, shows, forms) in tabs {
            try step(tab, shows: shows, "tab \(tab)")
            for (key, title) in forms { try visit(key, shows: title, back: shows, "tab \(tab) \(key)") }
        }
        // The dose form of the first medication order: Down to it, each step waiting for the selected order's rule.
        let orderIDs = TabContent.ids(.orders, record: first, history: nil)
        let medication = try #require(orderIDs.firstIndex { id in first.orders.contains { $0.id == id && $0.kind == .medication } })
        try step("3", shows: Self.zh("list.order"), "tab 3 again")
        for index in orderIDs.indices.dropFirst().prefix(medication) { try step("Down", shows: "── \(orderIDs[index]) ", "order \(orderIDs[index])") }
        try visit("d", shows: box + Self.zhStart("dose.form.title"), back: Self.zh("list.order"), "dose form")
        try step("1", shows: overview, "overview again")

        let report = seen.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted().joined(separator: " "))" }
        #expect(seen.isEmpty, "English words on the Chinese screens:\n\(report.joined(separator: "\n"))")
    }
}
