import Foundation

extension Terminology {
    /// The name of a ward's extension file in the board folder: `<board>/terminology.json`.
    public static let wardFileName = "terminology.json"

    /// The terminology every evaluation uses unless given another: the built-in one, or the built-in one with the
    /// board's extension merged on top once the board is opened (`activate`). Set once when a process opens a
    /// board; every alert of that process then comes from the same terminology.
    public static var active: Terminology { ActiveTerminology.shared.value }

    /// Starts decoding the built-in terminology on another thread. A command about to read a whole ward and then
    /// evaluate its rules (the terminal UI, `screen`, the handoff) calls it first: the decoding (about a tenth of
    /// `screen`'s CPU on the benchmark board) then runs beside the reading, instead of inside the first evaluation
    /// while the evaluations of every other patient wait for it.
    public static func prepareInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = standard }
    }

    /// Makes `terminology` the one evaluations use from now on.
    public static func activate(_ terminology: Terminology) { ActiveTerminology.shared.set(terminology) }

    /// Makes the terminology of the board at `boardPath` the one evaluations use from now on, like
    /// `activate(forBoard(at:))`, but without decoding anything when the ward has no extension: the built-in
    /// terminology is then decoded by the first evaluation that needs it, so a command that evaluates nothing
    /// (`patients`, `note add`) does not pay for it at start-up. A ward's extension is still read and checked here,
    /// so a broken one refuses the command before it does anything.
    public static func activate(forBoardAt boardPath: String) throws(TerminologyError) {
        let path = URL(fileURLWithPath: boardPath).appendingPathComponent(wardFileName).path
        guard FileManager.default.fileExists(atPath: path) else { return ActiveTerminology.shared.set(nil) }
        activate(try forBoard(at: boardPath))
    }

    /// The built-in terminology with the extension at `path` merged on top.
    public static func withExtension(at path: String) throws(TerminologyError) -> Terminology {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TerminologyError([.tr("terminology.unreadable", ["file": .plain(path), "reason": .plain(error.localizedDescription)])])
        }
        return try standard.merging(try decode(data, name: path), name: path)
    }

    /// The terminology for the board at `boardPath`: the built-in one, merged with `<board>/terminology.json`
    /// when the ward has one. A broken extension is refused, never skipped.
    public static func forBoard(at boardPath: String) throws(TerminologyError) -> Terminology {
        let path = URL(fileURLWithPath: boardPath).appendingPathComponent(wardFileName).path
        guard FileManager.default.fileExists(atPath: path) else { return standard }
        do {
            return try withExtension(at: path)
        } catch {
            throw TerminologyError([.tr("terminology.wardRefused", ["file": .plain(path), "problem": error.text])])
        }
    }
}

/// The process's active terminology behind a lock (read by every evaluation, written once when a board opens).
/// `nil` means the built-in one, which is decoded only when first read (`Terminology.standard` is lazy).
final class ActiveTerminology: @unchecked Sendable {
    static let shared = ActiveTerminology()
    private let lock = NSLock()
    private var current: Terminology?

    var value: Terminology {
        lock.lock()
        defer { lock.unlock() }
        return current ?? Terminology.standard
    }

    /// Makes `terminology` the active one (`nil`: the built-in one).
    func set(_ terminology: Terminology?) {
        lock.lock()
        current = terminology
        lock.unlock()
    }
}
