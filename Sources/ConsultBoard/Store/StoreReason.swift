import Foundation

/// Why a file of the board is damaged or cannot be used, built once where it is found: `english` is what
/// `description`, logs and other programs read (word for word what it always was), `words` the same in the
/// reader's language.
///
/// Two reasons are the same when their English is (a reason written as a plain string literal, as older code
/// and tests write it, equals the catalogue's words for it). A reason written as a plain string stays English in
/// every language, so a new one shows up as English in the Chinese tests until it is given words.
public struct StoreReason: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public let words: ShownText

    public init(_ words: ShownText) { self.words = words }

    public init(stringLiteral value: String) { words = .plain(value) }

    public init(stringInterpolation: DefaultStringInterpolation) { words = .plain(String(stringInterpolation: stringInterpolation)) }

    /// The reason in English, for what other programs read.
    public var english: String { words.english }

    /// The reason in the language of the moment.
    public var shown: String { words.shown }

    public var description: String { english }

    /// The catalogue message `key` as a reason.
    public static func tr(_ key: String, _ arguments: [String: ShownText] = [:]) -> StoreReason { StoreReason(.tr(key, arguments)) }

    /// Words built elsewhere (a system error's, a database's) as a reason.
    public static func words(_ words: ShownText) -> StoreReason { StoreReason(words) }

    /// The journal holds no line: the board's creation was interrupted.
    static var emptyJournal: StoreReason { StoreReason(.tr("store.reason.emptyJournal")) }

    /// A file the board needs is not there.
    static var missingFile: StoreReason { StoreReason(.tr("store.reason.missingFile")) }

    /// `board.json` is gone but the journal is there.
    static var metaMissing: StoreReason { StoreReason(.tr("store.reason.metaMissing")) }

    /// A checkpoint file's bytes are not those its manifest's hash names.
    static var hashDiffers: StoreReason { StoreReason(.tr("store.reason.checkpointFileHash")) }

    /// A checkpoint file that cannot be decoded, and the decoder's first problem with it.
    static func unreadable(_ problem: DecodingProblem) -> StoreReason {
        StoreReason(.tr("store.reason.cannotBeRead", ["problem": problem.words]))
    }

    public static func == (lhs: StoreReason, rhs: StoreReason) -> Bool { lhs.english == rhs.english }

    public func hash(into hasher: inout Hasher) { hasher.combine(english) }
}

extension ShownText {
    /// Words a type already says in the language of the moment (`BoardError.shown`, whose English is its
    /// `description`), taken now in each language: for a refusal that travels inside a damage reason.
    static func said(_ words: () -> String) -> ShownText {
        .byLanguage(english: Localisation.with(.english, words), chinese: Localisation.with(.simplifiedChinese, words))
    }
}
