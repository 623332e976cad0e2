import ConsultBoard
import Foundation
import Testing

/// The command line's human output in Simplified Chinese: every word the CLI itself prints comes from the
/// catalogue, so on the Chinese demo ward no English UI word is left (data kept as stored aside), and `--json`
/// is the same bytes in both languages.
@Suite struct ChineseCLIOutputTests {
    /// The human-output commands, each run on the Chinese demo board.
    static let commands: [[String]] = [
        ["patients"], ["show", "SCI-0001"], ["show", "SCI-0002"], ["alerts", "SCI-0001"], ["critical", "list"],
        ["consult", "report"], ["staff", "list"], ["terms", "lookup", "依诺肝素钠40 mg皮下注射q12h"],
        ["terms", "lookup", "xyzzy"], ["exam", "list", "SCI-0001"], ["handoff"], ["audit", "SCI-0001"],
    ]

    /// Words that are not English UI words although they are ASCII: units, codes, standards, the program's name.
    static let allowed: Set<String> = [
        "mg", "kg", "ml", "mL", "dL", "mmol", "umol", "µmol", "min", "mmHg", "bpm", "h", "L", "g", "IU", "U", "kPa", "ATC", "ACR",
        "ISNCSCI", "AIS", "NLI", "ZPP", "MAP", "eGFR", "CrCl", "CKD", "EPI", "KDIGO", "AKI", "consult", "board", "syslog",
        "I", "PASS", "qd", "bid", "tid", "qid", "q12h", "q8h", "q6h", "q4h", "prn", "iv", "po", "sc", "im", "ivgtt", "stat",
        "UEMS", "LEMS", "LT", "PP", "HH", "LL", "ASIA",
        // Names of standards and formulas Chinese clinicians write as they are (ASRA 2018, Cockcroft-Gault, PDE-5).
        "ASRA", "PDE", "Cockcroft", "Gault", "PICC", "XR", "US",
        "SCI", "MRI", "CT", "MR", "LMWH", "DVT", "VTE", "UTI", "ICU", "FHIR", "HL7", "json", "JSON", "pg", "dump",
    ]

    static func asciiWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, CharacterSet.letters.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else {
                if word.count > 1 { words.insert(word) }
                word = ""
            }
        }
        if word.count > 1 { words.insert(word) }
        return words
    }

    /// The values that name someone or something rather than say something: people (`author`, `…By`, `login`),
    /// ids, journal kinds, an alert's rule and key. Of an alert nothing else is data: its message and data are
    /// English in JSON and must be the reader's words in the text.
    static func identityValues(of json: Any) -> [String] {
        switch json {
        case let array as [Any]: return array.flatMap(identityValues(of:))
        case let object as [String: Any]:
            return object.flatMap { key, value -> [String] in
                let names = ["author", "by", "login", "rule", "key", "id", "name", "drug", "source"]
                // A journal kind (note.error) names an entry; a record's kind (medication) is a vocabulary value.
                let journalKind = key == "kind" && (value as? String)?.contains(".") == true
                if let text = value as? String, names.contains(key) || key.hasSuffix("By") || journalKind { return [text] }
                return identityValues(of: value)
            }
        default: return []
        }
    }

    /// Every string value (not key) of a JSON document.
    static func stringValues(of json: Any) -> [String] {
        switch json {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(stringValues(of:))
        case let object as [String: Any]: object.values.flatMap(stringValues(of:))
        default: []
        }
    }

    @Test func humanOutputHasNoEnglishUIWordsInChinese() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("zh")
        let zh = ["CONSULT_BOARD_LANG": "zh-Hans", "CONSULT_BOARD_AUTHOR": "dr.chen"]
        let created = try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", board])
        #expect(created.status == 0, "\(created)")
        let added = try ConsultBoardProcess.run(["staff", "add", "--name", "陈医生", "--login", NSUserName(), "--role", "attending", "--board", board], environment: zh)
        #expect(added.status == 0, "\(added)")
        // Data: every word the board stores (names, ids, vocabulary values, drug and test names, rule ids...),
        // read from its JSON, is allowed in the human output.
        var data: Set<String> = []
        var identities: Set<String> = []
        for json in [["export", "--board", board], ["patients", "--json", "--board", board], ["audit", "--json", "--board", board]]
            + ["SCI-0001", "SCI-0002", "SCI-0003"].map({ ["alerts", $0, "--json", "--board", board] })
            + [["terms", "lookup", "依诺肝素钠40 mg皮下注射q12h", "--json"], ["terms", "lookup", "xyzzy", "--json"], ["critical", "list", "--json", "--board", board],
               ["staff", "list", "--json", "--board", board]]
        {
            let outcome = try ConsultBoardProcess.run(json, environment: zh)
            guard let document = try? JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) else {
                Issue.record("\(json) printed no JSON: \(outcome)")
                continue
            }
            // The values only: the keys are English and would hide English labels. Of an alert, only its ids
            // (rule, key): its message and data are English in JSON and must be the reader's words in the text.
            identities.formUnion(Self.identityValues(of: document).flatMap(Self.asciiWords).map { $0.lowercased() })
            if json.first != "alerts" {
                data.formUnion(Self.stringValues(of: document).flatMap(Self.asciiWords).map { $0.lowercased() })
            }
        }
        // A vocabulary value (a status, a service, a severity) is stored English but shown in the reader's words:
        // its raw value is not data the Chinese text may show.
        let vocabulary = Set(MessageCatalogue.builtIn.messages.keys.filter { $0.hasPrefix("value.") }
            .flatMap { Self.asciiWords(String($0.split(separator: ".", maxSplits: 2).last ?? "")) }.map { $0.lowercased() })
        data.subtract(vocabulary)
        // Who did it and which record or rule it is are shown as stored, even where a word is also a vocabulary
        // value (the author lab.system, the journal kind note.error).
        data.formUnion(identities)
        // `validate` lists the store's findings as other programs read them (English, docs/localisation.md); its
        // verdict is the command's own words.
        let validate = try ConsultBoardProcess.run(["validate", "--board", board], environment: zh)
        let verdict = validate.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(validate.status == 0 && Self.asciiWords(verdict).isEmpty && verdict.hasPrefix("完好"), "\(validate)")
        for command in Self.commands {
            let outcome = try ConsultBoardProcess.run(command + ["--board", board], environment: zh)
            #expect(outcome.status == 0, "\(command): \(outcome)")
            // Data words are matched whatever their case (a severity is stored "urgent" and shown URGENT).
            // Not words: a hash (hex digits), a word cut short by the layout ("umo…"), a command in a pointer.
            let text = outcome.stdout
                .replacingOccurrences(of: #"[0-9a-f]{16,}"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"[A-Za-z]+…"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"consult-board [a-z]+"#, with: " ", options: .regularExpression)
            let english = Self.asciiWords(text).filter {
                !data.contains($0.lowercased()) && !Self.allowed.contains($0)
            }
            #expect(english.isEmpty, "\(command.joined(separator: " ")) shows English in zh-Hans: \(english.sorted())\n\(outcome.stdout)")
        }
    }

    @Test func jsonIsTheSameBytesInBothLanguages() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("zh")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--lang", "zh-Hans", "--board", board]).status == 0)
        // (`alerts --json` is left out: its messages count minutes from the moment of the run.)
        let commands: [[String]] = [
            ["patients", "--json"], ["show", "SCI-0001", "--json"], ["critical", "list", "--json"],
            ["consult", "report", "--json"], ["staff", "list", "--json"], ["terms", "lookup", "依诺肝素钠", "--json"],
            ["patients", "--discharged", "--json"], ["exam", "list", "SCI-0001", "--json"],
        ]
        for command in commands {
            let english = try ConsultBoardProcess.run(command + ["--board", board], environment: ["CONSULT_BOARD_LANG": "en"])
            let chinese = try ConsultBoardProcess.run(command + ["--board", board, "--lang", "zh-Hans"])
            #expect(english.status == 0 && !english.stdout.isEmpty, "\(command): \(english)")
            #expect(english.stdout == chinese.stdout, "\(command.joined(separator: " ")) --json differs between the languages")
        }
    }
}
