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
        if !form.candidates.isEmpty, let handled = completionKey(key, form: &form) {
            self.form = form
            return handled
        }
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

    /// Keys of the drug list under the order form's drug field; `nil` when the key is the form's, not the list's.
    private func completionKey(_ key: Key, form: inout FormState) -> [Effect]? {
        let count = form.candidates.count
        switch key {
        case .down:
            form.completion = min((form.completion ?? -1) + 1, count - 1)
            return []
        case .up where form.completion != nil:
            form.completion = form.completion == 0 ? nil : (form.completion ?? 1) - 1
            return []
        case .enter, .tab:
            return form.takeCompletion() ? [] : nil
        case .escape where form.completion != nil:
            form.completion = nil
            return []
        default:
            return nil
        }
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
                // A discharged patient's bed is free (the board checks only patients on the ward).
                let neighbour = board.patients.values.first(where: { $0.patient.isOnWard && Self.sameBed($0.patient.bed, admit.patient.bed) })
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
            if case let .updatePatient(update) = command, update.allowSharedBed != true, let bed = update.bed,
                let neighbour = board.patients.values.first(where: { $0.mrn != update.mrn && Self.sameBed($0.patient.bed, bed) })
            {
                // Moving into a taken bed: asked as at admission.
                var shared = update
                shared.allowSharedBed = true
                confirmation = Confirmation(
                    purpose: .sharedBed(.updatePatient(shared)),
                    message: tr("confirm.sharedBedMove", ["bed": Sanitizer.line(bed), "name": Sanitizer.line(neighbour.patient.name), "mrn": neighbour.mrn]))
                return []
            }
            if case .addOrder = command, let warning = entryWarning(command) {
                // Said before the order is saved: the user cancels (n, back to the form) or saves with the alert raised.
                confirmation = Confirmation(purpose: .orderWithAlert(command), message: warning + tr("confirm.orderWithAlert"))
                return []
            }
            if case .addLab = command, let warning = labEntryWarning(command) {
                // Said before the value is saved: the user corrects the time (n) or saves it as dated.
                confirmation = Confirmation(purpose: .labWithWarning(command), message: warning + tr("confirm.labWithWarning"))
                return []
            }
            saving = .form
            return [.apply([command], summary: form.savedSummary)]
        } catch {
            say(error.description, .error)
            return []
        }
    }

    /// What the order would raise at entry (an allergy or class cross-reactivity, an unrecognised drug, contrast
    /// the contrast field denies), found by applying it to a copy of the board; `nil` when nothing.
    func entryWarning(_ command: BoardCommand) -> String? {
        // Refused by the board: it says why on save.
        guard case let .addOrder(order) = command, let (id, record) = trialApply(command, mrn: order.mrn) else { return nil }
        let alerts = settings.safetyRules.evaluate(record, now: now, timeZone: timeZone)
            .filter { OrderEntryCheck.entryRules.contains($0.ruleID) && $0.triggeringRecords.contains(id) && $0.isOpen }
        guard !alerts.isEmpty else { return nil }
        return alerts.map { alert in
            let severity = switch alert.severity {
            case .urgent: tr("orderEntry.urgent")
            case .warning: tr("orderEntry.warning")
            case .info: tr("orderEntry.info")
            }
            return tr("orderEntry.alert", ["severity": severity, "message": alert.shownMessage])
        }.joined(separator: " · ")
    }

    /// What a lab value's date would hide (`DatedEntryCheck`), found by applying it to a copy of the board; `nil`
    /// when nothing, or when the board refuses it (it says why on save).
    func labEntryWarning(_ command: BoardCommand) -> String? {
        guard case let .addLab(lab) = command, let (id, record) = trialApply(command, mrn: lab.mrn) else { return nil }
        let lines = DatedEntryCheck.warnings(forLab: id, in: record, timeZone: timeZone)
        return lines.isEmpty ? nil : lines.map(\.shown).joined(separator: " ")
    }

    /// The command applied to a copy of the board: the new record's id and the patient's record after it.
    private func trialApply(_ command: BoardCommand, mrn: MRN) -> (RecordID, PatientRecord)? {
        var trial = board
        do throws(BoardError) {
            guard let id = try trial.apply(command, context: ChangeContext(sequence: board.revision + 1, author: author, at: now)),
                let record = trial.patients[mrn]
            else { return nil }
            return (id, record)
        } catch {
            return nil
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
        takeInUnread(entries)
        saving = nil
        guard var form else {
            say(message, .error)
            return
        }
        let patient = form.purpose.existingRecordPatient(on: newBoard)
        let revision = patient.flatMap { newBoard.patients[$0]?.revision }
        if case let .updatePatient(mrn) = form.purpose, let record = newBoard.patients[mrn] {
            form.showTheirs(Forms.headerValues(record.patient, timeZone: timeZone), revision: record.revision)
            say(message + tr("status.staleMerge"), .error)
        } else {
            form.expectedRevision = revision
            say(message + tr("status.staleLook"), .error)
        }
        self.form = form
    }
}
