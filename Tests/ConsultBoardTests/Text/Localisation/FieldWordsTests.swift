import Foundation
import Testing
@testable import ConsultBoard

/// A refusal names the field it refuses in the reader's language: every field name a check writes has Chinese
/// words in the catalogue, and a Chinese refusal shows them instead of the English name.
@Suite struct FieldWordsTests {
    /// Every `field: "..."` literal the sources write (names built at run time, with `\(`, are not literals).
    static func fieldNamesInSources() throws -> Set<String> {
        try SourceFiles.captures(of: #"\bfield: "([^"\\\n]+)""#, under: "Sources")
    }

    /// An option (`--now`) or a code (`AE`) is written the same in every language.
    static func isWrittenAsItIs(_ name: String) -> Bool {
        name.hasPrefix("-") || name.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// The field keys the catalogue may hold: those the sources name.
    static func keys() throws -> Set<String> {
        Set(try fieldNamesInSources().filter { !isWrittenAsItIs($0) }.map(FieldWords.key))
    }

    @Test func everyFieldNameTheChecksWriteHasChineseWords() throws {
        let names = try Self.fieldNamesInSources()
        #expect(names.count > 50, "the scan found \(names.count) field names: is the pattern still right?")
        for name in names.sorted() where !Self.isWrittenAsItIs(name) {
            let words = MessageCatalogue.builtIn.messages[FieldWords.key(name)]
            #expect(words?[.simplifiedChinese] != nil, "the field \"\(name)\" has no Chinese words (add \(FieldWords.key(name)) to messages/catalogue.json)")
            #expect(words?[.english] == .single(name), "\(FieldWords.key(name)) must say \"\(name)\" in English")
        }
    }

    @Test func aChineseRefusalNamesTheFieldInChinese() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let error = BoardError.futureTime(field: "sample time", value: now.addingTimeInterval(86400), now: now)
        let chinese = Localisation.with(.simplifiedChinese) { error.shown }
        #expect(chinese.contains("采样时间"), "\(chinese)")
        #expect(!chinese.contains("sample time"), "\(chinese)")
        let english = Localisation.with(.english) { error.shown }
        #expect(english.contains("sample time"), "\(english)")
        #expect(english == error.description)
    }

    @Test func aNameWithoutWordsIsShownAsItIsWritten() {
        let chinese = Localisation.with(.simplifiedChinese) { FieldWords.shown("--now") }
        #expect(chinese == "--now")
    }
}
