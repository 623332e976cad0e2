import Foundation

/// Sends a finished handoff to the system printer through CUPS's `lp` (or BSD `lpr`).
///
/// The whole document is written to a private temporary file first and handed to the print command in one
/// job, so the printer gets all of it or, when the command fails, nothing.
public struct HandoffPrinter: Sendable {
    /// The print command found, for example `/usr/bin/lp`.
    public let command: URL

    /// Finds `lp`, else `lpr`, in the `PATH` of `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(HandoffError) {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for name in ["lp", "lpr"] {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    command = candidate
                    return
                }
            }
        }
        throw .noPrinter
    }

    /// Prints `text` as one job titled `title`; returns what the print command said (its job id).
    @discardableResult
    public func print(_ text: String, title: String) throws(HandoffError) -> String {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("consult-board-handoff-\(UUID().uuidString).txt")
        try HandoffFile.write(text, to: file.path)
        defer { try? FileManager.default.removeItem(at: file) }
        let isLpr = command.lastPathComponent == "lpr"
        let outcome: ChildProcess.Outcome
        do throws(ChildProcess.StartError) {
            outcome = try ChildProcess.run(
                command.path, isLpr ? ["-T", title, file.path] : ["-t", title, "--", file.path])
        } catch {
            throw .printFailed(command: command.path, status: -1, message: error.reason)
        }
        let said = outcome.stdout
        let message = Sanitizer.line(String(decoding: outcome.stderr, as: UTF8.self)).trimmingCharacters(in: .whitespaces)
        guard outcome.ending == .exited(0) else {
            let status: Int32 = if case let .exited(status) = outcome.ending { status } else { -1 }
            throw .printFailed(command: command.path, status: status, message: message)
        }
        return Sanitizer.line(String(decoding: said, as: UTF8.self)).trimmingCharacters(in: .whitespaces)
    }
}
