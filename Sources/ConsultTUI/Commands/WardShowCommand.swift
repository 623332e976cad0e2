import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board ward show [NAME] [--json]`: the settings in force and where each comes from (shipped, or the
/// ward's, with who set it and when as the journal records it). With NAME, the ward's JSON as stored as well.
struct WardShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the ward's settings in force and where each comes from.")

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("One setting (default: all three).", valueName: "name"))
    var name: String?

    @Flag(help: "Print the settings as JSON.")
    var json = false

    /// One setting as `--json` prints it (stable field names).
    struct Shown: Encodable {
        var name: String
        var file: String
        /// `shipped` or `ward`.
        var from: String
        var sha256: String?
        /// The journal's record of the change that set these bytes (`nil`: none found: edited by hand).
        var setBy: String?
        var setAt: Date?
        var setByRole: String?
        var content: String?
    }

    func run() throws {
        let only = try name.map { (text) throws(BoardError) in try WardSettingName.parse(text) }
        let store = try options.store()
        let files: [WardSettingFile]
        do throws(WardSettingsError) {
            files = try store.wardSettingFiles()
            _ = try WardSettings.from(files)  // a broken setting is named, as every view that uses it would
        } catch { throw CLIError.passedOn(error.shown) }
        let traces = try Self.journalTraces(store, needed: files.contains { $0.setBy == nil })
        var shown: [Shown] = []
        for setting in WardSettingName.allCases where only == nil || only == setting {
            guard let file = files.first(where: { $0.name == setting }) else {
                shown.append(Shown(name: setting.rawValue, file: setting.fileName, from: "shipped"))
                continue
            }
            var item = Shown(
                name: setting.rawValue, file: setting.fileName, from: "ward", sha256: file.sha256, setBy: file.setBy, setAt: file.setAt,
                setByRole: file.setByRole, content: only == nil ? nil : String(decoding: file.data, as: UTF8.self))
            if item.setBy == nil, let trace = traces[setting], trace.sha256 == file.sha256 {
                item.setBy = trace.author
                item.setAt = trace.at
            }
            shown.append(item)
        }
        if json { return try JSONOutput.print(["settings": shown]) }
        for item in shown { print(Self.line(item)) }
        if let content = shown.first?.content { print(Sanitizer.multiline(content)) }
    }

    static func line(_ item: Shown) -> String {
        guard item.from == "ward" else { return tr("cli.ward.shipped", ["name": item.file]) }
        guard let author = item.setBy, let at = item.setAt else { return tr("cli.ward.unrecorded", ["name": item.file]) }
        let role = item.setByRole.map { tr("cli.ward.role", ["role": Sanitizer.line($0)]) } ?? ""
        return tr("cli.ward.set", [
            "name": item.file, "author": Sanitizer.line(author), "time": ISO8601DateFormatter().string(from: at), "role": role,
        ])
    }

    /// The newest `ward.set` entry of each setting in the journal (a folder board's files carry no author).
    static func journalTraces(_ store: any BoardStoring, needed: Bool) throws -> [WardSettingName: (sha256: String?, author: String, at: Date)] {
        guard needed else { return [:] }
        var traces: [WardSettingName: (sha256: String?, author: String, at: Date)] = [:]
        for entry in try store.entries(since: 0, patient: nil) {
            if case let .recordWardSetting(c) = entry.command { traces[c.name] = (c.sha256, entry.author, entry.at) }
        }
        return traces
    }
}
