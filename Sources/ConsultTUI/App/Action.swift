import ConsultBoard
import Foundation

/// Everything that can happen to the app: the input of `update`.
///
/// Keys and clicks come from the terminal; the rest are the results of effects (a change applied, the board
/// changed by someone else, the audit trail read) coming back into the pure world.
enum Action: Sendable, Equatable {
    case key(Key)
    /// A mouse click on something the last frame drew.
    case click(HitTarget)
    case resize(width: Int, height: Int)
    /// The clock moved on (the run loop sends it now and then; notices expire by it).
    case tick(Date)
    /// Another terminal or a CLI command changed the board: the board as it is now, and the new entries.
    case boardChanged(Board, [JournalEntry])
    /// Someone changed the ward's settings (a `ward.set` entry came in): the settings read again.
    case wardSettingsChanged(WardSettings)
    /// Our own change was accepted: the board after it, and the ids it created or changed.
    case applied(Board, [JournalEntry], ids: [String?], summary: String)
    /// An effect failed; the message is shown on the status line.
    case failed(String)
    /// Our change was refused because someone else changed the record since we looked: the board as it is now,
    /// the entries that brought it there, and the refusal (who and when).
    case conflict(Board, [JournalEntry], message: String)
    /// A patient's audit trail, read for the History tab.
    case historyLoaded(MRN, [JournalEntry])
    /// A handoff preview was written to a file.
    case saved(path: String)
    /// The handoff was rendered for the preview.
    case previewReady(title: String, text: String)
    /// The handoff was sent to the printer; what the print command said.
    case printed(String)
    /// The full verification run at the start of the session finished (see `StartVerification`).
    case verified(ValidationReport)
}

/// Work `update` asks the outside world to do; the effect runner does it and answers with an `Action`.
enum Effect: Sendable, Equatable {
    /// Apply commands to the board through `BoardStore.apply` (the one door), signed by the app's author.
    case apply([BoardCommand], summary: String)
    /// Read one patient's journal entries for the History tab.
    case loadHistory(MRN)
    /// Write text to a file (a handoff preview).
    case writeFile(path: String, contents: String)
    /// Render the I-PASS handoff of these patients (the whole ward when empty) as text of `width` columns, in
    /// `sort` order.
    case renderHandoff(mrns: [MRN], title: String, width: Int, sort: HandoffSort = .bed)
    /// Print text on the system printer (`lp`/`lpr`).
    case print(text: String, title: String)
    /// Leave the app.
    case quit
}
