import ConsultBoard
import Foundation

/// The editor as a `NoteDraft` (what the run loop keeps on disk while the editor is open) and back.
extension EditorState {
    /// The draft of what is being written; `nil` while nothing is (a blank text is not worth keeping).
    func draft(author: String, at time: Date) -> NoteDraft? {
        guard !body.isBlank else { return nil }
        let noteID: RecordID? = if case let .addendum(noteID, _) = purpose { noteID } else { nil }
        return NoteDraft(author: author, mrn: mrn, noteID: noteID, service: service, type: type, text: body.text, savedAt: time)
    }

    /// The editor a draft was written in, with the cursor at the end of its text.
    init(restoring draft: NoteDraft) {
        let purpose: Purpose = draft.noteID.map { .addendum(noteID: $0, mrn: draft.mrn) } ?? .note(draft.mrn)
        self.init(purpose: purpose, service: draft.service, type: draft.type)
        body = TextInput(draft.text)
    }
}

extension AppState {
    /// The draft of the open editor, if it holds text.
    var noteDraft: NoteDraft? { editor?.draft(author: author, at: now) }

    /// Reopens a draft its author's last TUI left when its terminal closed: the patient, and the editor with the
    /// text as it was. `false` (nothing changed) when the patient, or the note an addendum was for, is no longer
    /// on the board.
    mutating func restore(_ draft: NoteDraft, timeFormat: TimeFormat) -> Bool {
        guard let record = board.patients[draft.mrn] else { return false }
        if let noteID = draft.noteID, !record.notes.contains(where: { $0.id == noteID }) { return false }
        _ = openPatient(draft.mrn)
        editor = EditorState(restoring: draft)
        // Short enough for an 80-column status line.
        say(tr("status.draftBack", ["time": timeFormat.short(draft.savedAt)]), .info)
        return true
    }
}
