/// A ward settings file that cannot be used, said so the person editing it can fix it.
///
/// The reason and the problem are words (`ShownText`): the ward reads them in its language (`shown`);
/// `description` is the English, as logs and scripts have always read it.
public enum WardSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: ShownText)
    case invalid(file: String, entry: String, problem: ShownText)

    public var text: ShownText {
        switch self {
        case let .unreadable(file, reason): .tr("ward.error.unreadable", ["file": .plain(file), "reason": reason])
        case let .invalid(file, entry, problem): .tr("ward.error.invalid", ["file": .plain(file), "entry": .plain(entry), "problem": problem])
        }
    }

    public var description: String { text.english }

    /// The refusal in the language of the moment.
    public var shown: String { text.shown }
}
