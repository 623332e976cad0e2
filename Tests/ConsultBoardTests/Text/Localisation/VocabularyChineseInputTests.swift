import Testing
@testable import ConsultBoard

/// A vocabulary value typed as a Chinese ward reads it on screen is taken, in either language; the raw values stay
/// what scripts use.
@Suite struct VocabularyChineseInputTests {
    @Test func theScreensChineseWordsAreTaken() throws {
        for language in [Language.english, .simplifiedChinese] {
            try Localisation.with(language) { () throws -> Void in
                #expect(try Sex.parse("女", field: "sex") == .female)
                #expect(try Sex.parse("男", field: "sex") == .male)
                #expect(try Service.parse("神经内科", field: "service") == .neurology)
                #expect(try Service.parse(" 脊柱外科 ", field: "service") == .spineSurgery)
                #expect(try Service.parse("神内", field: "service") == .neurology, "the board's badge")
                #expect(try OrderKind.parse("药物", field: "kind") == .medication)
                #expect(try Service.parse("Spine Surgery", field: "service") == .spineSurgery)
            }
        }
    }

    @Test func everyValuesChineseWordsNameItAlone() throws {
        func check<V: Vocabulary>(_: V.Type) throws {
            for value in V.allCases {
                let words = Localisation.with(.simplifiedChinese) { value.shown }
                #expect(try V.parse(words, field: "value") == value, "\(V.self).\(value.rawValue): \(words)")
            }
        }
        try check(Sex.self)
        try check(Service.self)
        try check(OrderKind.self)
        try check(Severity.self)
    }

    @Test func otherWordsAreStillRefusedWithTheValues() {
        #expect { try Service.parse("食堂", field: "service") } throws: {
            isRefusal($0, saying: "unknown service '食堂'; valid: \(Service.validValues)")
        }
    }

    /// A department's usual names are taken too ("病房" was refused for the ward); each names one service.
    @Test func theNamesAWardTypesForADepartmentAreTaken() throws {
        #expect(try Service.parse("病房", field: "service") == .ward)
        #expect(try Service.parse("放射科", field: "service") == .imaging)
        #expect(try Service.parse("药剂科", field: "service") == .pharmacy)
        #expect(try Service.parse("神经科", field: "service") == .neurology)
        var seen: [String: Service] = [:]
        for service in Service.allCases {
            #expect(!service.typedChineseWords.isEmpty, "\(service.rawValue) has no typed names")
            for word in service.typedChineseWords {
                #expect(seen.updateValue(service, forKey: word) == nil, "\(word) names two services")
                #expect(try Service.parse(word, field: "service") == service, "\(word)")
            }
        }
    }

    @Test func aChineseReaderIsShownTheWordsItMayType() {
        let refusal = Localisation.with(.simplifiedChinese) { () -> BoardError? in
            do throws(BoardError) {
                _ = try Service.parse("疼痛科", field: "service")
                return nil
            } catch {
                return error
            }
        }
        guard case let .invalidValue(_, _, words)? = refusal else {
            Issue.record("疼痛科 was not refused: \(String(describing: refusal))")
            return
        }
        let valid = Localisation.with(.simplifiedChinese) { words.shown }
        // What other programs read stays English, though the refusal was made for a Chinese reader.
        #expect(refusal?.description == "unknown service '疼痛科'; valid: \(Service.validValues)")
        #expect(valid.hasPrefix("ward（本病区）、neurology（神经内科）、"), "\(valid)")
        #expect(valid.contains("anesthesiology（麻醉科）"), "\(valid)")
    }
}
