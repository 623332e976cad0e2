import Testing
@testable import ConsultBoard

@Suite struct LanguageChoiceTests {
    @Test func theFlagWinsThenTheVariableThenTheLocale() throws {
        let chineseLocale = ["LANG": "zh_CN.UTF-8"]
        #expect(try Language.resolve(flag: "en", environment: chineseLocale) == .english)
        #expect(try Language.resolve(flag: "zh-Hans", environment: [:]) == .simplifiedChinese)
        #expect(try Language.resolve(flag: nil, environment: ["CONSULT_BOARD_LANG": "en", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(try Language.resolve(flag: nil, environment: ["CONSULT_BOARD_LANG": "zh-Hans"]) == .simplifiedChinese)
        #expect(try Language.resolve(flag: nil, environment: chineseLocale) == .simplifiedChinese)
        #expect(try Language.resolve(flag: nil, environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(try Language.resolve(flag: nil, environment: [:]) == .english)
    }

    @Test func lcAllComesBeforeLcMessagesBeforeLang() throws {
        #expect(try Language.resolve(flag: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(try Language.resolve(flag: nil, environment: ["LC_MESSAGES": "zh_SG.UTF-8", "LANG": "en_US.UTF-8"]) == .simplifiedChinese)
        #expect(try Language.resolve(flag: nil, environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .simplifiedChinese)
    }

    @Test func anUnknownLanguageIsRefusedNamingTheChoices() {
        #expect(throws: LanguageError(value: "fr", source: "--lang")) { try Language.resolve(flag: "fr", environment: [:]) }
        #expect(throws: LanguageError.self) { try Language.resolve(flag: nil, environment: ["CONSULT_BOARD_LANG": "klingon"]) }
        #expect(LanguageError(value: "fr", source: "--lang").description.contains("zh-Hans"))
    }

    @Test func theAmbiguousWidthFollowsTheVariableElseTheLocale() throws {
        #expect(try AmbiguousWidth.resolve(environment: ["CONSULT_BOARD_AMBIGUOUS": "wide"]))
        #expect(try !AmbiguousWidth.resolve(environment: ["CONSULT_BOARD_AMBIGUOUS": "narrow", "LANG": "zh_CN.UTF-8"]))
        #expect(try AmbiguousWidth.resolve(environment: ["LANG": "ja_JP.UTF-8"]))
        #expect(try AmbiguousWidth.resolve(environment: ["LC_ALL": "ko_KR.UTF-8"]))
        #expect(try !AmbiguousWidth.resolve(environment: ["LANG": "en_US.UTF-8"]))
        #expect(throws: AmbiguousWidthError.self) { try AmbiguousWidth.resolve(environment: ["CONSULT_BOARD_AMBIGUOUS": "double"]) }
    }

    @Test func ambiguousCharactersTakeTwoColumnsOnlyWhenWide() {
        let text = "• ↑ → … ✓ ☐ ─ · é"
        #expect(Localisation.with(.english, ambiguousWide: false) { DisplayWidth.of(text) } == 17)
        // • ↑ → … ─ · é are Ambiguous (UAX #11); ✓ and ☐ are Neutral, one column in every terminal that follows it.
        #expect(Localisation.with(.english, ambiguousWide: true) { DisplayWidth.of(text) } == 24)
        // Wide and narrow characters do not change.
        #expect(Localisation.with(.english, ambiguousWide: true) { DisplayWidth.of("王a1") } == 4)
    }

    @Test func aTaskChoosesItsLanguageWithoutChangingAnotherTasks() async {
        async let chinese = Localisation.with(.simplifiedChinese) { tr("tab.orders") }
        async let english = Localisation.with(.english) { tr("tab.orders") }
        #expect(await chinese == "医嘱")
        #expect(await english == "Orders")
    }
}

@Suite struct ISNCSCIWordsTests {
    @Test func theSummaryUsesTheChineseISNCSCITerms() throws {
        let result = ISNCSCIClassification(totals: [
            "neurologicalLevelOfInjury": "C5", "asiaImpairmentScale": "A", "upperMotorTotal": "25", "lowerMotorTotal": "0", "touchTotal": "26", "prickTotal": "21",
        ])
        #expect(Localisation.with(.english) { result.shownSummary } == result.summary)
        #expect(Localisation.with(.simplifiedChinese) { result.shownSummary }
            == "神经损伤平面 C5，ASIA残损分级 A（完全性损伤），上肢运动评分 25，下肢运动评分 0，轻触觉 26，针刺觉 21")
        let undetermined = ISNCSCIClassification(totals: ["neurologicalLevelOfInjury": "C5", "asiaImpairmentScale": "B*,C", "upperMotorTotal": "ND"])
        #expect(Localisation.with(.simplifiedChinese) { undetermined.shownSummary }.contains("ASIA残损分级 B*,C，"))
    }
}
