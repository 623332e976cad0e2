/// A ward settings file that cannot be used, said so the person editing it can fix it.
public enum WardSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case invalid(file: String, entry: String, problem: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "cannot read the ward settings file \(file): \(reason)"
        case let .invalid(file, entry, problem): "ward settings file \(file), \(entry): \(problem)"
        }
    }
}
