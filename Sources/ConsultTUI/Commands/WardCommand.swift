import ArgumentParser
import ConsultBoard

/// `consult-board ward show|set|clear`: the ward's own clinical numbers (reference ranges, consult clock, SCI rule
/// thresholds), on a folder board or a board in a database alike (docs/clinical.md, "The ward's own numbers").
struct WardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ward", abstract: "Show or set the ward's own clinical numbers (admins set them).",
        discussion: """
            Settings: reference-ranges, consult-clock, sci-thresholds (docs/clinical.md says what each holds). A \
            setting is checked exactly as the board reads it before it is stored; the change is recorded in the \
            journal (who, when, the SHA-256 of the bytes). A folder board keeps it as ward/NAME.json, a board in \
            a database as a row of consult_board.ward_settings.
            """,
        subcommands: [WardShowCommand.self, WardSetCommand.self, WardClearCommand.self])
}

extension WardSettingName {
    /// The setting a person named, or the library's refusal listing the names.
    static func parse(_ text: String) throws(BoardError) -> WardSettingName {
        guard let name = WardSettingName(argument: text) else {
            throw .invalidValue(field: "NAME", value: text, valid: "\(known)")
        }
        return name
    }
}
