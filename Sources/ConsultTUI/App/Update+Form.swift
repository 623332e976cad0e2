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
            if form.isChanged {
                confirmation = Confirmation(purpose: .discardForm, message: tr("confirm.discardForm"))
            } else {
                self.form = nil
            }
            return []
        default:
            if !form.edit(key), form.fields.indices.contains(form.focus), form.fields[form.focus].isChoice {
                let label = form.fields[form.focus].label
                switch key {
                case .char: say(tr("status.choiceTyped", ["field": label]), .info)
                case .paste: say(tr("status.choicePasted", ["field": label]), .info)
                default: break
                }
            }
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
            say(filter.isActive ? tr("status.showing", ["filter": filter.summary]) : tr("status.showingAll"), .info)
            return []
        }
        do throws(FormError) {
            let command = try Forms.command(for: form, now: now, timeZone: timeZone)
            if case let .admitPatient(admit) = command, admit.allowSharedBed != true,
                let neighbour = board.patients.values.first(where: { Self.sameBed($0.patient.bed, admit.patient.bed) })
            {
                // The board refuses a shared bed unless confirmed: ask here, where the user can answer.
                var shared = admit
                shared.allowSharedBed = true
                confirmation = Confirmation(
                    purpose: .sharedBed(.admitPatient(shared)),
                    message: tr("confirm.sharedBed", [
                        "bed": Sanitizer.line(admit.patient.bed), "name": Sanitizer.line(neighbour.patient.name), "mrn": neighbour.mrn,
                    ]))
                return []
            }
            saving = .form
            return [.apply([command], summary: form.savedSummary)]
        } catch {
            say(error.description, .error)
            return []
        }
    }

    /// Whether two beds are one bed as the ward writes them (as the board compares them).
    static func sameBed(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A save refused because someone else changed the record meanwhile: the board as it is now comes in, and an
    /// update form keeps what this user typed with the other version shown under each field that differs.
    mutating func receiveConflict(board newBoard: Board, entries: [JournalEntry], message: String) {
        board = newBoard
        appendToHistory(entries)
        saving = nil
        guard var form else {
            say(message, .error)
            return
        }
        let patient = form.purpose.existingRecordPatient(on: newBoard)
        let revision = patient.flatMap { newBoard.patients[$0]?.revision }
        if case let .updatePatient(mrn) = form.purpose, let record = newBoard.patients[mrn] {
            form.showTheirs(Forms.headerValues(record.patient), revision: record.revision)
            say(message + tr("status.staleMerge"), .error)
        } else {
            form.expectedRevision = revision
            say(message + tr("status.staleLook"), .error)
        }
        self.form = form
    }
}
