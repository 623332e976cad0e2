import Foundation

/// Reads exams from a JSON file in the notation of the ISNCSCI conformance file: one exam object, or an array of
/// them, each with the flat exam keys (`c5RightMotor`, `analContraction`, ...).
///
/// Keys that describe a test case rather than the exam are ignored: `id`, `group`, `comments`, `note`, `check`,
/// `totals`, and the names of the classification results (`neurologicalLevelOfInjury`, ...), which some cases
/// carry beside their `totals`. Any other unknown key is an error, so a misspelt score is never silently dropped.
public enum ISNCSCIExamFile {
    /// One exam of the file.
    public struct Entry: Sendable, Equatable {
        /// 1-based position in the file.
        public var position: Int
        /// The case's `id`, when it has one.
        public var id: String?
        /// The exam keys and values (numbers are read as their decimal text).
        public var values: [String: String]

        /// "exam 3 (id 17)", for messages.
        public var label: String { labelText.english }

        /// `label` in words ("第 3 份检查（id 17）").
        public var labelText: ShownText { ISNCSCIExamFile.label(position: position, id: id) }
    }

    /// The keys ignored when reading.
    public static let ignoredKeys: Set<String> = Set(["id", "group", "comments", "note", "check", "totals"])
        .union(ISNCSCIClassification.keys)

    /// The exams of a file, in file order.
    /// "exam 3 (id 17)": how a message names an exam of a file.
    static func label(position: Int, id: String?) -> ShownText {
        let id = id.map { ShownText.plain(Sanitizer.line($0)) }
        return id.map { .tr("isncsci.file.examWithID", ["position": "\(position)", "id": $0]) }
            ?? .tr("isncsci.file.exam", ["position": "\(position)"])
    }

    public static func entries(_ data: Data) throws(ISNCSCIFileError) -> [Entry] {
        let objects: [[String: JSONScalar]]
        do {
            let document = try JSONDecoder().decode(Document.self, from: data)
            objects = document.objects
        } catch {
            throw .notExams(String(describing: error))
        }
        var entries: [Entry] = []
        for (offset, object) in objects.enumerated() {
            let position = offset + 1
            let id = object["id"]?.text
            var values: [String: String] = [:]
            for (key, value) in object where !ignoredKeys.contains(key) {
                switch value {
                case let .string(text): values[key] = text
                case let .integer(number): values[key] = String(number)
                case .null: continue
                case .other:
                    let label = label(position: position, id: id)
                    let error = ISNCSCIError.illegalValue(
                        key: key, value: "(not a text or whole number)", allowed: ["text such as \"4\", \"NT\", \"3*\""])
                    throw .exam(label: label, error)
                }
            }
            entries.append(Entry(position: position, id: id, values: values))
        }
        return entries
    }

    /// Classifies every exam of a file, in file order; throws at the first exam that is not valid, naming it.
    public static func classify(_ data: Data) throws(ISNCSCIFileError) -> [(entry: Entry, classification: ISNCSCIClassification)] {
        var results: [(entry: Entry, classification: ISNCSCIClassification)] = []
        for entry in try entries(data) {
            do {
                results.append((entry, try ISNCSCI.classify(entry.values)))
            } catch {
                throw .exam(label: entry.labelText, error)
            }
        }
        return results
    }

    /// The top level: one exam or an array of exams.
    private struct Document: Decodable {
        var objects: [[String: JSONScalar]]
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let many = try? container.decode([[String: JSONScalar]].self) {
                objects = many
            } else {
                objects = [try container.decode([String: JSONScalar].self)]
            }
        }
    }

    /// A value of the file, as far as exams care.
    enum JSONScalar: Decodable {
        case string(String)
        case integer(Int)
        case null
        case other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else if let number = try? container.decode(Int.self) {
                self = .integer(number)
            } else {
                self = .other
            }
        }

        var text: String? {
            switch self {
            case let .string(text): text
            case let .integer(number): String(number)
            case .null, .other: nil
            }
        }
    }
}

/// Why a file of exams could not be classified.
public enum ISNCSCIFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON, or not an exam object or an array of exam objects.
    case notExams(String)
    /// One exam of the file is not valid; `label` names it ("exam 3 (id 17)").
    case exam(label: ShownText, ISNCSCIError)

    public var description: String {
        switch self {
        case let .notExams(reason):
            "the file is not an ISNCSCI exam object or an array of them: \(reason)"
        case let .exam(label, error):
            "\(label.english): \(error)"
        }
    }
}
