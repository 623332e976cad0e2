import Foundation
import Testing
@testable import ConsultBoard

#if canImport(Glibc)
import Glibc
#endif

/// The refusals a ward meets when a file is wrong or the system says no (a terminology extension, a ward
/// settings file, a board address, a full disk, a lost database connection) read in the ward's language, and the
/// English others read stays word for word what it was.
@Suite struct SettingsAndSystemErrorWordsTests {
    /// The ASCII words of a Chinese sentence that are not values, paths, commands or codes it quotes.
    static func englishWords(_ text: String, besides quoted: [String] = []) -> [String] {
        var rest = text
        for value in quoted { rest = rest.replacingOccurrences(of: value, with: " ") }
        // Commands in backticks and JSON names in double quotes are quoted, not worded.
        rest = rest.replacingOccurrences(of: #"`[^`]*`"#, with: " ", options: .regularExpression)
        rest = rest.replacingOccurrences(of: #""[^"]*""#, with: " ", options: .regularExpression)
        rest = rest.replacingOccurrences(of: #"'[^']*'"#, with: " ", options: .regularExpression)
        let allowed: Set<String> = ["JSON", "ASRA", "MAP", "mmHg", "SQLSTATE", "uid", "chmod", "NKDA", "IVIG", "fsync", "UTF"]
        return rest.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
            .filter { $0.count > 1 && !allowed.contains($0) }
    }

    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func aBrokenTerminologyExtensionIsRefusedInTheWardsLanguage() throws {
        let json = #"{"format": 1, "version": "ward 1", "drugs": [{"id": "x-drug", "names": [], "classes": ["no-such-class"]}]}"#
        let file = try Terminology.decode(Data(json.utf8), name: "/b/terminology.json")
        var thrown: TerminologyError?
        do { _ = try Terminology.standard.merging(file, name: "/b/terminology.json") } catch { thrown = error }
        let error = try #require(thrown)
        #expect(error.description.contains("/b/terminology.json: drug 'x-drug' has no names or brands"))
        #expect(error.description.contains("drug 'x-drug' is in unknown class 'no-such-class'"))
        #expect(error.description.hasPrefix("3 problems: "), "\(error.description)")
        Localisation.with(.simplifiedChinese) {
            #expect(error.shown.hasPrefix("3 个问题："), "\(error.shown)")
            #expect(error.shown.contains("药物 'x-drug' 没有通用名或商品名"), "\(error.shown)")
            #expect(Self.englishWords(error.shown, besides: ["/b/terminology.json"]).isEmpty, "\(error.shown)")
        }
    }

    @Test func aWrongWardThresholdIsRefusedInTheWardsLanguage() throws {
        let cases = [
            (#"{"mapLowerLimit": 200}"#, "200 is not plausible: expected a number at least 50 and at most 120 mmHg", "200 不合理：应为不小于 50 且不大于 120 的数值（单位：mmHg）"),
            (#"{"mapDays": "seven"}"#, "expected a number above 0 and at most 30 days, found the text \"seven\"", "（单位：天），实际为 文本 \"seven\""),
            (#"{"mapLowerLimt": 80}"#, "not a setting of this file; the settings are", "不是此文件的设置项"),
            (#"{"mapLowerLimit": 95, "mapUpperLimit": 90}"#, "the MAP lower limit 95 mmHg is above the upper limit 90 mmHg", "MAP 下限 95 mmHg 高于上限 90 mmHg"),
            ("[80]", "(the file must be one JSON object of numbers)", "（文件必须是一个只含数值的 JSON 对象）"),
        ]
        for (json, english, chinese) in cases {
            var thrown: WardSettingsError?
            do { _ = try SCIThresholds.decode(Data(json.utf8), file: "/b/ward/sci-thresholds.json") } catch { thrown = error }
            let error = try #require(thrown, "\(json) is refused")
            #expect(error.description.contains(english), "\(error.description)")
            Localisation.with(.simplifiedChinese) {
                #expect(error.shown.contains(chinese), "\(error.shown)")
                #expect(error.shown.contains("/b/ward/sci-thresholds.json"))
                let quoted = ["/b/ward/sci-thresholds.json", "$.mapDays", "$.mapLowerLimt", "$.mapLowerLimit", "$.mapUpperLimit"]
                    + SCIThresholds.fields.map(\.key)
                #expect(Self.englishWords(error.shown, besides: quoted).isEmpty, "\(error.shown)")
            }
        }
    }

    @Test func aWrongReferenceRangeIsRefusedInTheWardsLanguage() throws {
        let json = #"{"version": "w1", "ranges": [{"test": "potassium", "unit": "mmol/L", "low": 5.5, "high": 3.5, "source": "ward"}]}"#
        var thrown: WardSettingsError?
        do { _ = try ReferenceRangeTable.decode(Data(json.utf8), file: "/b/ward/reference-ranges.json") } catch { thrown = error }
        let error = try #require(thrown)
        #expect(error.description == "ward settings file /b/ward/reference-ranges.json, ranges[0] (potassium mmol/L): low (5.5) is above high (3.5)")
        Localisation.with(.simplifiedChinese) {
            #expect(error.shown == "病区设置文件 /b/ward/reference-ranges.json，ranges[0] (potassium mmol/L)：下限 low（5.5）高于上限 high（3.5）")
        }
    }

    @Test func anUnknownBoardAddressIsRefusedInTheWardsLanguage() throws {
        for text in ["mysql://db/boards", "postgresql://db/a/b", "postgresql://db/boards?board=a&board=b", ""] {
            var thrown: BoardLocationError?
            do { _ = try BoardLocation.parse(text) } catch { thrown = error }
            let error = try #require(thrown, "'\(text)' is refused")
            Localisation.with(.english) { #expect(error.shown == error.description) }
            Localisation.with(.simplifiedChinese) {
                #expect(Self.isChinese(error.shown), "\(error.shown)")
                #expect(error.shown != error.description)
            }
        }
    }

    @Test func aFullDiskIsSaidInTheWardsLanguageAndEnglishIsUnchanged() {
        let error = FileIO.failure("/b/journal.jsonl", "append to", ENOSPC)
        #expect(error.description == "cannot append to /b/journal.jsonl: the disk is full (\(String(cString: strerror(ENOSPC)))); nothing was changed")
        Localisation.with(.simplifiedChinese) {
            #expect(error.shown == "无法追加写入 /b/journal.jsonl：磁盘已满（磁盘已满）；未做任何更改")
        }
        let denied = FileIO.failure("/b/journal.jsonl", "read", EACCES)
        Localisation.with(.simplifiedChinese) { #expect(denied.shown.contains("无法读取 /b/journal.jsonl：权限不足：您无权读取此看板")) }
        // A code without words of its own is named with its number beside the C library's text.
        let odd = FileIO.failure("/b/x", "write", EXDEV)
        Localisation.with(.simplifiedChinese) { #expect(odd.shown.contains("系统错误 \(EXDEV)（")) }
        #expect(odd.description == "cannot write /b/x: \(String(cString: strerror(EXDEV)))")
    }

    @Test func aLostDatabaseIsSaidInTheWardsLanguage() {
        let address = PostgresBoardAddress(connectionURI: "postgresql:///boards", board: "spine3")
        let error = PostgresBoardStore.storeError(.lostConnection(target: "db", message: "server closed the connection"), address: address, doing: "write to")
        #expect(error.description.hasPrefix("cannot write to the board postgresql:///boards?board=spine3: the connection to the board's database db was lost"))
        Localisation.with(.simplifiedChinese) {
            #expect(error.shown.hasPrefix("无法写入看板 postgresql:///boards?board=spine3：与看板数据库 db 的连接已断开（server closed the connection）"), "\(error.shown)")
        }
        // A read lost midway changed nothing, and says so (not "the change may not have been saved").
        let reading = PostgresBoardStore.storeError(.lostConnection(target: "db", message: "server closed the connection"), address: address, doing: "read")
        #expect(reading.description.hasPrefix("cannot read the board postgresql:///boards?board=spine3: the connection to the board's database db was lost while reading"))
        #expect(reading.description.contains("nothing was changed") && !reading.description.contains("may not have been saved"))
        Localisation.with(.simplifiedChinese) { #expect(reading.shown.contains("未做任何更改"), "\(reading.shown)") }
    }

    /// Every verb phrase the store can throw in `StoreError.io` has the reader's words: read from the store's
    /// own code, so a new phrase without words fails here before a Chinese ward reads it in English.
    @Test func everyStoreOperationHasWords() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var phrases: Set<String> = []
        let patterns = [
            #"operation: "([^"\\]+)""#, #"operation: [a-z !=]+\? "([^"\\]+)" : "([^"\\]+)""#,
            #"failure\([^,()]+, "([^"\\]+)""#, #"doing(?: operation: String =|:) "([^"\\]+)""#,
        ]
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            // `doing:` names a database board's operation only in the PostgreSQL store (elsewhere it is a ward move).
            for pattern in patterns where !pattern.hasPrefix("doing") || file.hasPrefix("ConsultBoard/Store/Postgres/") {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    for group in 1..<match.numberOfRanges {
                        guard let range = Range(match.range(at: group), in: text) else { continue }
                        let phrase = String(text[range])
                        // A database board's `doing:` word becomes "<word> the board".
                        phrases.insert(pattern.hasPrefix("doing") ? phrase + " the board" : phrase)
                    }
                }
            }
        }
        #expect(phrases.count > 30, "the scan finds the store's phrases: \(phrases.sorted())")
        for phrase in phrases where !phrase.contains("\\(") {
            #expect(StoreOperationWords.words(phrase) != nil, "'\(phrase)' has no words in StoreOperationWords")
        }
        #expect(StoreOperationWords.words("encode entry 12 for") != nil)
        Localisation.with(.simplifiedChinese) {
            for phrase in phrases where !phrase.contains("\\(") { #expect(Self.isChinese(StoreOperationWords.shown(phrase)), "\(phrase)") }
        }
    }
}
