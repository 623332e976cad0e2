import ConsultBoard

extension AppState {
    /// Opens a form, or says why there is nothing to fill in (a final status, no open actions...).
    mutating func openForm(_ purpose: FormPurpose) {
        switch Forms.make(purpose, state: self) {
        case let .success(form): self.form = form
        case let .failure(error): say(error.description, .error)
        }
    }

    /// Keys of an open form. Tab, Up and Down move between fields; Enter moves on and saves on the last field;
    /// Ctrl-S saves from anywhere; Esc cancels (asking first if something typed would be lost).
    mutating func handleFormKey(_ key: Key) -> [Effect] {
        guard var form else { return [] }
        switch key {
        case .ctrl("s"):
            return submit(form)
        case .enter:
            if form.isOnLastField { return submit(form) }
            form.moveFocus(forward: true)
        case .tab, .down: form.moveFocus(forward: true)
        case .backTab, .up: form.moveFocus(forward: false)
        case .escape:
            if form.hasTypedText {
                confirmation = Confirmation(purpose: .discardForm, message: "Discard this form? Nothing has been saved. (y/n)")
            } else {
                self.form = nil
            }
            return []
        default:
            form.edit(key)
        }
        self.form = form
        return []
    }

    private mutating func submit(_ form: FormState) -> [Effect] {
        if form.purpose == .boardFilter {
            filter = Forms.filter(from: form, keeping: filter)
            self.form = nil
            selectedMRN = visiblePatients.first?.mrn ?? selectedMRN
            boardTop = 0
            say(filter.isActive ? "Showing \(filter.summary)" : "Showing all patients", .info)
            return []
        }
        do throws(FormError) {
            let command = try Forms.command(for: form, now: now, timeZone: timeZone)
            saving = .form
            return [.apply([command], summary: "Saved: \(form.title)")]
        } catch {
            say(error.description, .error)
            return []
        }
    }
}
