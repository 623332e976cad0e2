import Testing
@testable import ConsultBoard

@Suite struct PinyinSearchTests {
    @Test(arguments: [
        "wjg", "wang", "wangjianguo", "wangjg", "wjianguo", "王j", "王jg", "jianguo", "jg", "guo", "WJG", "Wang Jian Guo",
        "wang'jian'guo", "王建国", "建",
    ])
    func findsWangJianguoHoweverItIsTyped(_ query: String) {
        #expect(PinyinSearch.matches(query, in: "王建国"), "\(query)")
    }

    @Test(arguments: ["wjx", "zhang", "wangjianguox", "wg", "li", "王x", "x"])
    func doesNotFindWhatIsNotThere(_ query: String) {
        #expect(!PinyinSearch.matches(query, in: "王建国"), "\(query)")
    }

    @Test func everyReadingOfAHeteronymCounts() {
        // 单 is dan (单位), shan (a surname) and chan (单于).
        #expect(PinyinSearch.matches("shanli", in: "单立"))
        #expect(PinyinSearch.matches("danli", in: "单立"))
        #expect(PinyinReadings.of("单").contains("shan"))
    }

    @Test func uUmlautIsTypedAsV() {
        #expect(PinyinReadings.of("吕").contains("lv"))
        #expect(PinyinSearch.matches("lvxm", in: "吕秀梅"))
        #expect(PinyinSearch.matches("lüxiumei", in: "吕秀梅"))
    }

    @Test func latinTextMatchesAsASubstring() {
        #expect(PinyinSearch.matches("meif", in: "Lin Meifang"))
        #expect(PinyinSearch.matches("SCI-00", in: "sci-0001"))
        #expect(!PinyinSearch.matches("lm", in: "Lin Meifang"), "initials are for Chinese characters only")
        #expect(PinyinSearch.matches("", in: "anything"))
    }

    @Test func mixedScriptNamesAndNotes() {
        #expect(PinyinSearch.matches("yinuo", in: "依诺肝素 40 mg"))
        #expect(PinyinSearch.matches("yngs", in: "依诺肝素 40 mg"))
        #expect(PinyinSearch.matches("40mg", in: "依诺肝素 40 mg"))
    }

    @Test func theTableCoversTheCommonIdeographs() {
        // Every character of the demo ward's and the tests' Chinese names has a reading.
        for character in "王秀英建国李秀兰张伟林美芳陈刘杨黄赵周吴徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".unicodeScalars {
            #expect(!PinyinReadings.of(character).isEmpty, "\(character)")
        }
        #expect(PinyinReadings.of("A").isEmpty)
    }
}
