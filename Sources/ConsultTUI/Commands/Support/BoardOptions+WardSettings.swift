import ConsultBoard
import Foundation

extension BoardOptions {
    /// The board's ward settings (shipped defaults extended by `<board>/ward/*.json`); a broken ward file is one
    /// clear line naming the file and the entry.
    func wardSettings() throws -> WardSettings {
        do { return try WardSettings.load(board: URL(fileURLWithPath: try boardPath())) } catch let error as WardSettingsError {
            throw CLIError(error.description)
        }
    }
}
