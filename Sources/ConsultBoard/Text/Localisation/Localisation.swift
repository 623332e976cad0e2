import Foundation

/// The language and the ambiguous-width setting the words and the layout of this process (or this task) use.
///
/// The program sets both once at start (`setProcessDefaults`), from `--lang`, `CONSULT_BOARD_LANG`,
/// `CONSULT_BOARD_AMBIGUOUS` and the locale. A task can change them for itself with
/// `Localisation.$language.withValue(.simplifiedChinese) { ... }`: tests render both languages side by side that
/// way. A task-local value wins over the process's, and worker threads (which do not inherit task-locals) see the
/// process's.
public enum Localisation {
    /// The language of the current task, when it chose one.
    @TaskLocal public static var taskLanguage: Language?
    /// The ambiguous-width setting of the current task, when it chose one.
    @TaskLocal public static var taskAmbiguousWide: Bool?

    /// The language words are shown in now.
    public static var language: Language { taskLanguage ?? process.value.language }

    /// Whether East Asian Ambiguous characters (• ↑ → … ✓ · box drawing, accented Latin) take two columns now.
    public static var ambiguousIsWide: Bool { taskAmbiguousWide ?? process.value.ambiguousWide }

    /// Sets what every thread of the process uses unless a task chose otherwise.
    public static func setProcessDefaults(language: Language, ambiguousWide: Bool) {
        process.set(Defaults(language: language, ambiguousWide: ambiguousWide))
    }

    /// Runs `body` with `language` (and optionally the width setting) for the current task only.
    public static func with<T>(_ language: Language, ambiguousWide: Bool? = nil, _ body: () throws -> T) rethrows -> T {
        try $taskLanguage.withValue(language) {
            try $taskAmbiguousWide.withValue(ambiguousWide ?? taskAmbiguousWide) { try body() }
        }
    }

    struct Defaults: Sendable {
        var language: Language = .english
        var ambiguousWide = false
    }

    private static let process = LockedValue(Defaults())
}

/// A value several threads read and one start-up sets.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func set(_ value: Value) { lock.withLock { stored = value } }
}
