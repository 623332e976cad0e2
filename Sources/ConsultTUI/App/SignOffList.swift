import ConsultBoard
import Foundation

extension AppState {
    /// The sign-off list (`c` on the board): this author's unsigned drafts kept on disk, and the notes awaiting a
    /// cosignature (上级医师审签) that concern them: every one for an attending, their own for anyone else. Shown
    /// in the document overlay, so it scrolls, saves and prints like the handoff preview.
    mutating func showSignOffList() -> [Effect] {
        let format = TimeFormat(timeZone: timeZone)
        var lines: [String] = [tr("signOff.drafts"), ""]
        if keptDrafts.isEmpty {
            lines.append("  " + tr("signOff.none"))
        }
        for draft in keptDrafts {
            let name = board.patients[draft.mrn].map { Sanitizer.line($0.patient.name) } ?? draft.mrn
            let first = Sanitizer.line(String(draft.text.split(separator: "\n").first ?? ""))
            lines.append("  \(format.short(draft.savedAt))  \(name) (\(Sanitizer.line(draft.mrn)))  \(Note.kind(service: draft.service, type: draft.type)): \(first)")
        }
        let me = board.roster.member(named: author)
        let attending = me?.role == .attending
        let waiting = AwaitingCosignature.notes(on: board).filter { attending || $0.note.author == author }
        lines += ["", attending ? tr("signOff.awaitingYours") : tr("signOff.awaitingAttending"), ""]
        if board.roster.isEmpty { lines.append("  " + tr("signOff.noRoster")) }
        if waiting.isEmpty && !board.roster.isEmpty { lines.append("  " + tr("signOff.none")) }
        for item in waiting {
            let name = board.patients[item.mrn].map { Sanitizer.line($0.patient.name) } ?? item.mrn
            lines.append("  \(item.note.id)  \(format.short(item.note.at))  \(name) (\(Sanitizer.line(item.mrn)))  " + tr("signOff.noteBy", ["kind": item.note.kind, "author": Sanitizer.line(item.note.author)]))
        }
        if attending && !waiting.isEmpty { lines += ["", "  " + tr("signOff.cosignWith")] }
        let text = lines.joined(separator: "\n") + "\n"
        preview = PreviewState(title: tr("signOff.title"), lines: lines, text: text)
        status = nil
        return []
    }
}
