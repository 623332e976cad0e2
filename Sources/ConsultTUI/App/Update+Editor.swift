import ConsultBoard

extension AppState {
    /// Opens the note editor for a patient, the cursor in the text, the service set to the one this author
    /// last wrote for.
    mutating func openEditor(for mrn: MRN) {
        editor = EditorState(purpose: .note(mrn), service: defaultService(for: mrn))
    }

    mutating func openEditor(addendumTo noteID: RecordID, mrn: MRN) {
        guard let note = board.patients[mrn]?.notes.first(where: { $0.id == noteID }) else { return }
        editor = EditorState(purpose: .addendum(noteID: noteID, mrn: mrn), service: note.service, type: note.type)
    }

    /// The service this author last wrote a note for: remembered from this session, else found on the board
    /// (this patient first, then the others, newest notes first), else the ward.
    func defaultService(for mrn: MRN) -> Service {
        if let lastService { return lastService }
        if let note = board.patients[mrn]?.notes.last(where: { $0.author == author }) { return note.service }
        var latest: Note?
        for record in board.patients.values {
            if let note = record.notes.last(where: { $0.author == author }), note.at > (latest?.at ?? .distantPast) {
                latest = note
            }
        }
        return latest?.service ?? .ward
    }

    /// Keys of the note editor. Enter is always a newline (pasted text cannot save a note); Ctrl-S saves.
    mutating func handleEditorKey(_ key: Key) -> [Effect] {
        guard var editor else { return [] }
        let effects = editorKey(key, editor: &editor)
        // The key may have closed the editor (Esc on an empty note); only an open editor is written back.
        if self.editor != nil { self.editor = editor }
        return effects
    }

    private mutating func editorKey(_ key: Key, editor: inout EditorState) -> [Effect] {
        switch key {
        case .ctrl("s"):
            guard !editor.body.isBlank else {
                say(tr("status.noteEmpty"), .error)
                return []
            }
            saving = .editor
            let what = if case .addendum = editor.purpose { tr("status.addendumSaved") } else { tr("status.noteSaved") }
            return [.apply([editor.command], summary: what)]
        case .escape:
            if editor.focus != .body {
                editor.focus = .body
            } else if editor.body.isBlank {
                self.editor = nil
                return []
            } else {
                confirmation = Confirmation(purpose: .discardEditor, message: tr("confirm.discardNote"))
            }
            return []
        case .tab, .backTab:
            let fields = editor.fields
            let index = fields.firstIndex(of: editor.focus) ?? 0
            editor.focus = fields[(index + (key == .tab ? 1 : fields.count - 1)) % fields.count]
            return []
        default:
            break
        }
        if editor.focus == .body {
            editor.handleBodyKey(key, wrapWidth: layout.editorWrapWidth, pageRows: layout.editorBodyHeight)
            return []
        }
        switch key {
        case .left, .up: editor.cycleChoice(forward: false)
        case .right, .down, .char(" "): editor.cycleChoice(forward: true)
        case .enter: editor.focus = .body
        case .char, .paste:
            // Typed or pasted text never changes the service or the note type (it was meant for the note).
            say(tr("status.editorChoices"), .info)
        default: break
        }
        return []
    }
}
