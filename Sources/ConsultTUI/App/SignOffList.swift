import ConsultBoard
import Foundation

extension AppState {
    /// The sign-off list (`c` on the board): this author's unsigned drafts kept on disk, and the notes awaiting a
    /// cosignature (上级医师审签) that concern them: every one for an attending, their own for anyone else. Shown
    /// in the document overlay, so it scrolls, saves and prints like the handoff preview.
    mutating func showSignOffList() -> [Effect] {
        let format = TimeFormat(timeZone: timeZone)
        var lines: [String] = ["Unsigned drafts (yours, kept in the board's drafts/ folder)", ""]
        if keptDrafts.isEmpty {
            lines.append("  none")
        }
        for draft in keptDrafts {
            let name = board.patients[draft.mrn].map { Sanitizer.line($0.patient.name) } ?? draft.mrn
            let first = Sanitizer.line(String(draft.text.split(separator: "\n").first ?? ""))
            lines.append("  \(format.short(draft.savedAt))  \(name) (\(Sanitizer.line(draft.mrn)))  \(Note.kind(service: draft.service, type: draft.type)): \(first)")
        }
        let me = board.roster.member(named: author)
        let attending = me?.role == .attending
        let waiting = AwaitingCosignature.notes(on: board).filter { attending || $0.note.author == author }
        lines += ["", attending ? "Notes awaiting your cosignature (上级医师审签)" : "Your notes awaiting an attending's cosignature (上级医师审签)", ""]
        if board.roster.isEmpty { lines.append("  (this board has no ward roster: no note needs a cosignature)") }
        if waiting.isEmpty && !board.roster.isEmpty { lines.append("  none") }
        for item in waiting {
            let name = board.patients[item.mrn].map { Sanitizer.line($0.patient.name) } ?? item.mrn
            lines.append("  \(item.note.id)  \(format.short(item.note.at))  \(name) (\(Sanitizer.line(item.mrn)))  \(item.note.kind) by \(Sanitizer.line(item.note.author))")
        }
        if attending && !waiting.isEmpty { lines += ["", "  cosign with: consult-board note cosign NOTE-ID"] }
        let text = lines.joined(separator: "\n") + "\n"
        preview = PreviewState(title: "Sign-off", lines: lines, text: text)
        status = nil
        return []
    }
}
