import ArgumentParser
import ConsultBoard

/// `consult-board ward clear NAME`
struct WardClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Clear one of the ward's settings: the shipped numbers apply again.")

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("reference-ranges, consult-clock or sci-thresholds.", valueName: "name"))
    var name: String

    func run() throws {
        let setting = try WardSettingName.parse(name)
        let store = try options.store()
        let set: [WardSettingFile]
        do throws(WardSettingsError) { set = try store.wardSettingFiles() } catch { throw CLIError.passedOn(error.shown) }
        guard set.contains(where: { $0.name == setting }) else {
            print(tr("cli.ward.notSet", ["name": setting.fileName]))
            return
        }
        try store.setWardSetting(setting, to: nil, author: try options.authorName(from: store))
        StandardOutput.changeWasSaved()
        print(tr("cli.ward.cleared", ["name": setting.fileName]))
    }
}
