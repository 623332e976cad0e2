import Foundation

/// A closed vocabulary stored as its raw string: services, statuses, kinds.
///
/// Parsing from user input goes through `parse(_:field:)`, which accepts the canonical spelling in any case
/// and, on failure, names every valid value so the user can correct the command at once.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {
    /// How the value reads on screen and in the handoff ("spine surgery").
    var label: String { get }
}

extension Vocabulary {
    public var label: String { rawValue.hyphensAsSpaces }

    /// Every valid spelling, comma separated, for error messages.
    public static var validValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Every valid value in the reader's words, for the refusal of a typed one: the spellings in English ("ward,
    /// neurology"); in Chinese each with the words the screens show ("ward（本病区）、neurology（神经内科）"), either of
    /// which may be typed (before, a Chinese ward was shown only the English spellings). Chosen when shown, so the
    /// refusal's English `description` (logs, HL7 acknowledgements) stays English whatever the reader's language.
    public static var validValuesText: ShownText {
        allCases.map { value in
            ShownText.byLanguage(
                english: value.rawValue,
                chinese: Localisation.with(.simplifiedChinese) { tr("vocabulary.validValue", ["raw": value.rawValue, "shown": value.shown]) })
        }.joined(.tr("text.enumeration"))
    }

    /// Parses user input (case-insensitive; spaces and underscores may stand for hyphens), or the value's Chinese
    /// words as the screens show them ("女", "神经内科", "已结束"), in either language: a Chinese ward types what it
    /// reads. Words two values share are not taken (the error lists the values).
    ///
    /// The key is built in the standard library: Foundation's trimming and `replacingOccurrences` went through
    /// `NSString`, whose first use cost every `note add` three of the Swift runtime's scans of all its protocol
    /// conformance records (issue 9).
    public static func parse(_ text: String, field: String) throws(BoardError) -> Self {
        var scalars = String.UnicodeScalarView()
        for scalar in text.trimmingSpaces.lowercased().unicodeScalars {
            scalars.append(scalar == "_" || scalar == " " ? "-" : scalar)
        }
        let key = String(scalars)
        if let value = allCases.first(where: { $0.rawValue.lowercased() == key }) { return value }
        if let value = byChineseWords(text.trimmingSpaces) { return value }
        throw .invalidValue(field: field, value: text, valid: validValuesText)
    }

    /// The one value whose Chinese words (its catalogue words, a service's badge and the names a ward types for it)
    /// are `words`.
    static func byChineseWords(_ words: String) -> Self? {
        guard words.hasHanCharacter else { return nil }
        let matching = Localisation.with(.simplifiedChinese) {
            allCases.filter { value in
                value.shown == words
                    || (value as? Service).map { $0.shownBadge == words || $0.typedChineseWords.contains(words) } == true
            }
        }
        return matching.count == 1 ? matching.first : nil
    }
}

/// The services that write on the board: the ward team and the consulting services.
public enum Service: String, Vocabulary {
    case ward
    case neurology
    case spineSurgery = "spine-surgery"
    case imaging
    case nephrology
    case infectiousDisease = "infectious-disease"
    case vascular
    case rehabilitation
    case endocrinology
    case hepatology
    case anesthesiology
    case pharmacy
    case nursing

    /// A short badge for the board's patient list ("NEU", "SPS").
    public var badge: String {
        switch self {
        case .ward: "WRD"
        case .neurology: "NEU"
        case .spineSurgery: "SPS"
        case .imaging: "IMG"
        case .nephrology: "NEP"
        case .infectiousDisease: "ID"
        case .vascular: "VAS"
        case .rehabilitation: "REH"
        case .endocrinology: "END"
        case .hepatology: "HEP"
        case .anesthesiology: "ANE"
        case .pharmacy: "PHA"
        case .nursing: "NUR"
        }
    }
}

/// Biological sex as used by the renal equations (CKD-EPI, Cockcroft-Gault).
public enum Sex: String, Vocabulary {
    case female = "F"
    case male = "M"
    public var label: String { self == .female ? "female" : "male" }
}

/// I-PASS illness severity (Starmer et al., I-PASS handoff bundle, NEJM 2014).
public enum Severity: String, Vocabulary, Comparable {
    case stable, watcher, unstable

    /// Sorting rank: unstable first.
    public var rank: Int {
        switch self {
        case .unstable: 0
        case .watcher: 1
        case .stable: 2
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
