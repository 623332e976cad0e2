import Foundation
import Testing
@testable import ConsultBoard

/// The message catalogue (`messages/catalogue.json`) is complete, consistent and used: every key has English and
/// Chinese, the placeholders of the two agree, every key the code asks for exists, and every key is asked for.
@Suite struct MessageCatalogueTests {
    let catalogue = MessageCatalogue.builtIn

    @Test func theCompiledCatalogueIsTheFileInTheRepository() throws {
        let file = try MessageCatalogue(json: Data(contentsOf: SourceFiles.root.appendingPathComponent("messages/catalogue.json")))
        #expect(file.messages == catalogue.messages)
        #expect(catalogue.messages.count > 100)
    }

    /// The compiled table is searched, not walked: every message of the file is found by its key in every
    /// language, with the same forms, and a key it lacks (before the first, between two, after the last) is not.
    @Test func theCompiledTableFindsEveryMessageOfTheFile() throws {
        let file = try MessageCatalogue(json: Data(contentsOf: SourceFiles.root.appendingPathComponent("messages/catalogue.json")))
        for key in file.messages.keys {
            #expect(catalogue.contains(key), "\(key) is not found")
            for language in Language.allCases {
                for count in [nil, 1, 2] as [Int?] {
                    #expect(catalogue.text(key, language: language, count: count) == file.text(key, language: language, count: count),
                            "\(key) in \(language.code)")
                }
            }
        }
        let keys = file.messages.keys.sorted()
        for missing in ["", "0", "zzzz", (keys.first ?? "") + "!", (keys.last ?? "") + "~"] + keys.map({ $0 + "\u{1}" }).prefix(50) {
            #expect(!catalogue.contains(missing), "\(missing) is found")
            #expect(catalogue.text(missing, language: .simplifiedChinese) == missing)
        }
    }

    @Test func everyKeyHasEveryLanguage() {
        for (key, texts) in catalogue.messages {
            for language in Language.allCases {
                let text = texts[language]
                #expect(text != nil, "\(key) has no \(language.code)")
                #expect(text?.forms.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false, "\(key) is blank in \(language.code)")
            }
        }
    }

    @Test func placeholdersAgreeBetweenLanguages() {
        for (key, texts) in catalogue.messages {
            guard let english = texts[.english], let chinese = texts[.simplifiedChinese] else { continue }
            let englishNames = english.forms.map(MessageCatalogue.placeholders(in:))
            let chineseNames = chinese.forms.map(MessageCatalogue.placeholders(in:))
            // Every form of every language names the same placeholders; `count` may be left out of a form
            // ("a patient") because the plural choice already says it.
            let all = Set((englishNames + chineseNames).flatMap { $0 })
            for names in englishNames + chineseNames {
                #expect(names.union(["count"]) == all.union(["count"]), "\(key): placeholders \(names.sorted()) against \(all.sorted())")
            }
            if case .plural = english {} else if case .plural = chinese {
                Issue.record("\(key) has plural forms in Chinese only")
            }
        }
    }

    @Test func chineseTextHoldsChinese() {
        // A Chinese column copied from English (untranslated) is caught: it must hold a CJK character, unless it
        // is a code the two languages share (MRI, CT, a key name).
        let shared: Set<String> = ["value.ResultKind.mri", "value.ResultKind.ct", "value.Modality.MRI", "value.Modality.CT",
                                   // The worksheet's anal rows: the Chinese ISNCSCI worksheet keeps the abbreviations.
                                   "worksheet.row.vac", "worksheet.row.dap",
                                   // eGFR < 30: the Chinese record writes the abbreviation and the figure as they are.
                                   "alert.kidney.lowEGFR", "kidney.eGFR",
                                   // A urine rate: the figure and its unit, as Chinese charts write it.
                                   "aki.urine.rate"]
        for (key, texts) in catalogue.messages where !shared.contains(key) {
            guard let chinese = texts[.simplifiedChinese] else { continue }
            // A form that is only placeholders and punctuation ("{time} {by}") has nothing to translate.
            for form in chinese.forms where form.replacingOccurrences(of: #"\{[^}]*\}"#, with: "", options: .regularExpression).contains(where: \.isLetter) {
                #expect(form.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) },
                        "\(key) in zh-Hans reads \(form)")
            }
        }
    }

    @Test func placeholdersAndPluralsAreFilled() throws {
        let json = #"{"messages": {"n": {"en": {"one": "{count} patient in {ward}", "other": "{count} patients in {ward}"}, "zh-Hans": "{ward}{count} 位患者"}}}"#
        let catalogue = try MessageCatalogue(json: Data(json.utf8))
        #expect(catalogue.text("n", language: .english, arguments: ["ward": "W3"], count: 1) == "1 patient in W3")
        #expect(catalogue.text("n", language: .english, arguments: ["ward": "W3"], count: 6) == "6 patients in W3")
        #expect(catalogue.text("n", language: .simplifiedChinese, arguments: ["ward": "三病区"], count: 6) == "三病区6 位患者")
        #expect(catalogue.text("missing", language: .english) == "missing")
        // A value holding braces is not read again as a placeholder.
        #expect(catalogue.text("n", language: .english, arguments: ["ward": "{count}"], count: 2) == "2 patients in {count}")
    }

    @Test func aBrokenCatalogueIsRefusedWithItsReason() {
        #expect(throws: CatalogueError.self) { try MessageCatalogue(json: Data(#"{"messages": {"k": {"fr": "x"}}}"#.utf8)) }
        #expect(throws: CatalogueError.self) { try MessageCatalogue(json: Data(#"{"messages": {"k": {"en": 3}}}"#.utf8)) }
        #expect(throws: CatalogueError.self) { try MessageCatalogue(json: Data("[]".utf8)) }
    }

    /// Every `tr("key"` the sources write, and the vocabulary keys the code builds from a value's type and raw value.
    static func keysUsedBySources() throws -> Set<String> {
        try SourceFiles.captures(of: #"\btr\("([A-Za-z0-9_.\-]+)""#, under: "Sources")
    }

    @Test func everyKeyTheCodeAsksForExists() throws {
        for key in try Self.keysUsedBySources() {
            #expect(catalogue.messages[key] != nil, "the code asks for \(key), which the catalogue lacks")
        }
    }

    @Test func everyKeyIsUsed() throws {
        let used = try Self.keysUsedBySources().union(VocabularyWords.keys).union(FieldWordsTests.keys())
        for key in catalogue.messages.keys.sorted() {
            #expect(used.contains(key), "\(key) is in the catalogue but nothing shows it")
        }
    }

    @Test func everyVocabularyValueHasWords() {
        for key in VocabularyWords.keys {
            #expect(catalogue.messages[key] != nil, "\(key) (a vocabulary value) has no words")
        }
    }
}

/// The catalogue keys the code builds from vocabulary values (`Vocabulary.shown`, `Service.shownBadge`).
enum VocabularyWords {
    static var keys: Set<String> {
        var keys: Set<String> = []
        func add<V: Vocabulary>(_: V.Type) { for value in V.allCases { keys.insert(V.catalogueKey(value.rawValue)) } }
        add(Severity.self); add(Sex.self); add(Service.self); add(Urgency.self)
        add(ConsultStatus.self); add(OrderStatus.self); add(ResultStatus.self); add(ComplicationStatus.self)
        add(ComplicationKind.self); add(OrderKind.self); add(NoteType.self); add(ResultKind.self)
        add(Contrast.self); add(Modality.self); add(AllergySeverity.self); add(AllergyStatus.self); add(DoseOutcome.self)
        add(ResuscitationStatus.self); add(DeviceKind.self); add(ContactRole.self); add(DischargeDestination.self)
        add(StaffRole.self)
        for service in Service.allCases {
            keys.insert("badge.Service.\(service.rawValue)")
            keys.insert("typed.Service.\(service.rawValue)")
        }
        return keys
    }
}
