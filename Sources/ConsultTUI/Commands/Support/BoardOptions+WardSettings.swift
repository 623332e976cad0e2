import ConsultBoard
import Foundation

extension BoardOptions {
    /// The board's ward settings (shipped defaults extended by `<board>/ward/*.json`); a broken ward file is one
    /// clear line naming the file and the entry. A board in a database has the shipped settings (its ward files
    /// are not kept in the database yet).
    func wardSettings() throws -> WardSettings {
        guard let path = try location().folderPath else { return .shipped }
        do { return try WardSettings.load(board: URL(fileURLWithPath: path)) } catch {
            throw CLIError.passedOn(error.description)
        }
    }
}
