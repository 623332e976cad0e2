/// How a vocabulary value reads on screen in the language of the moment.
///
/// The journal, `--json` and ids keep the raw value (`signed-off`); people read `shown` ("signed-off" in English,
/// "已结束" in Chinese). Every case of every vocabulary has a catalogue key `value.<Type>.<raw value>`
/// (`VocabularyWordsTests` checks that).
extension Vocabulary {
    public var shown: String { tr(Self.catalogueKey(rawValue)) }

    /// The catalogue key of a raw value of this vocabulary.
    public static func catalogueKey(_ rawValue: String) -> String { "value.\(Self.self).\(rawValue)" }
}

extension Service {
    /// The badge of the board's patient list, in the language of the moment ("NEU", "神内").
    public var shownBadge: String { tr("badge.Service.\(rawValue)") }

    /// The other names a Chinese ward types for the service, its department's usual names ("病房", "放射科"): the
    /// catalogue's `typed.Service.<value>`, "、" between names. Input only; the screens show `shown`.
    public var typedChineseWords: [String] {
        Localisation.with(.simplifiedChinese) { tr("typed.Service.\(rawValue)") }.split(separator: "、").map(String.init)
    }
}

extension Note {
    /// "neurology consult note" in English, "神经内科会诊记录" in Chinese.
    public var shownKind: String {
        Localisation.language == .english ? kind : service.shown + type.shown
    }
}

extension Vocabulary {
    /// The value's words, chosen when they are shown (for text a pure function builds: `ShownText`).
    public var shownText: ShownText { .message(key: Self.catalogueKey(rawValue), arguments: [:], count: nil) }
}

extension AlertSeverity {
    /// The severity as an alert's heading says it ("URGENT", "紧急").
    public var shownWord: String {
        switch self {
        case .urgent: tr("alert.severity.urgent")
        case .warning: tr("alert.severity.warning")
        case .info: tr("alert.severity.info")
        }
    }
}

extension Vocabulary {
    /// `label` in English ("spine surgery", word for word what English documents always printed), the catalogue's
    /// words in other languages: for documents built in the language of the moment (the handoff).
    public var shownLabel: String { labelText.shown }
}

extension Vocabulary {
    /// The raw value in English (what the journal and `audit` have always said: "signed-off"), the catalogue's words
    /// in other languages.
    public var rawValueText: ShownText { .englishOr(rawValue, shownText) }
    /// `label` in English, the catalogue's words in other languages (`shownLabel`, chosen when shown).
    public var labelText: ShownText { .englishOr(label, shownText) }
}
