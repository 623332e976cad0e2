import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board ward set NAME FILE|-`
struct WardSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set one of the ward's settings from a JSON file (- reads standard input).")

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("reference-ranges, consult-clock or sci-thresholds.", valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp("The JSON file, or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        let setting = try WardSettingName.parse(name)
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw CLIError.unreadableFile(file: file, reason: error.localizedDescription)
            }
        }
        // Checked here with the person's own file name, so the refusal points at what they can edit; the store
        // checks again before it writes anything.
        do throws(WardSettingsError) { try setting.check(data, source: file == "-" ? "(standard input)" : file) } catch {
            throw CLIError.passedOn(error.shown)
        }
        let store = try options.store()
        try store.setWardSetting(setting, to: data, author: try options.authorName(from: store))
        StandardOutput.changeWasSaved()
        print(tr("cli.ward.saved", ["name": setting.fileName]))
    }
}
