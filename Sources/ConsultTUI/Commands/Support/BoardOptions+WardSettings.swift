import ConsultBoard
import Foundation

extension BoardOptions {
    /// The board's ward settings (shipped defaults extended by the ward's own: a folder board's `ward/*.json`, a
    /// database board's rows); a broken setting is one clear line naming it and the entry at fault.
    /// `store`: the board the command opened (each opening of a board in a database is a connection of its own).
    func wardSettings(of store: any BoardStoring) throws -> WardSettings {
        do throws(WardSettingsError) { return try store.wardSettings() } catch { throw CLIError.passedOn(error.shown) }
    }
}
