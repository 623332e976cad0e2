import Foundation

/// Why a terminology file cannot be used, in words a pharmacist can act on (file, entry, what to change).
///
/// Each problem is kept as words (`ShownText`) so a Chinese ward reads it in Chinese (`shown`); `description` is
/// the English, the same sentences scripts and logs have always read.
public struct TerminologyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ShownText]

    public init(_ problems: [ShownText]) { self.problems = problems }

    /// All the problems as one text: the problem itself when there is one, else their count and the list.
    public var text: ShownText {
        guard problems.count != 1 else { return problems[0] }
        return .tr("terminology.problems", count: problems.count, [
            "count": "\(problems.count)", "list": problems.joined(.tr("text.semicolon")),
        ])
    }

    public var description: String { text.english }

    /// The problems in the reader's language.
    public var shown: String { text.shown }
}

extension ShownText {
    /// "drug 'enoxaparin'": the terminology entry a problem is about.
    static func terminologyEntry(_ kind: TerminologyEntryKind, _ id: String) -> ShownText {
        switch kind {
        case .drugClass: .tr("terminology.entry.class", ["id": .plain(id)])
        case .drug: .tr("terminology.entry.drug", ["id": .plain(id)])
        case .procedure: .tr("terminology.entry.procedure", ["id": .plain(id)])
        case .condition: .tr("terminology.entry.condition", ["id": .plain(id)])
        }
    }
}

/// The kinds of entry a terminology file holds, for naming one in a problem.
enum TerminologyEntryKind: Sendable {
    case drugClass, drug, procedure, condition
}
