import Foundation

/// Why exam values are not an ISNCSCI exam, in the language of the moment (`error.isncsci.*`). `description`
/// stays English; keys and values from the exam are shown as written (sanitised), segment names as they are.
extension ISNCSCIError {
    public var shown: String {
        switch self {
        case let .unknownKey(key, suggestion):
            tr("error.isncsci.unknownKey", ["key": Sanitizer.line(key)])
                + (suggestion.map { tr("error.isncsci.didYouMean", ["suggestion": $0]) } ?? "")
                + tr("error.isncsci.keysAre", ["pattern": tr("isncsci.keyPattern")])
        case let .illegalValue(key, value, allowed):
            // The exam's name goes with the key: a catalogue piece of its own would read as an English label.
            tr("error.isncsci.illegalValue", ["key": "ISNCSCI " + Sanitizer.line(key), "value": Sanitizer.line(value), "allowed": allowed.joined(separator: ", ")])
        case let .missingValues(keys):
            tr("error.isncsci.missingValues", ["keys": keys.count > 6
                ? tr("error.isncsci.andMore", ["keys": keys.prefix(6).joined(separator: ", "), "more": String(keys.count - 6)])
                : keys.joined(separator: ", ")])
        }
    }
}

extension ISNCSCIFileError {
    /// The refusal in the language of the moment (`description` stays English); the exam's label as written.
    public var shown: String {
        switch self {
        case let .notExams(reason): tr("error.isncsciFile.notExams", ["reason": reason])
        case let .exam(label, error): label.shown + tr("text.colon") + error.shown
        }
    }
}
