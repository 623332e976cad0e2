import ConsultBoard

extension AppState {
    /// Keys of the patient screen: tabs, the selected record, and what can be done to it.
    mutating func handlePatientKey(_ key: Key, mrn: MRN) -> [Effect] {
        guard let record = board.patients[mrn] else {
            screen = .board
            return []
        }
        switch key {
        case .escape, .backspace:
            screen = .board
            keepSelectionVisible()
            return []
        case .tab, .right, .char("l"): return switchTab(to: tab.next, mrn: mrn)
        case .backTab, .left, .char("h"): return switchTab(to: tab.previous, mrn: mrn)
        case let .char(c) where c.isASCII && c.isNumber:
            if let number = c.wholeNumberValue, let target = PatientTab(rawValue: number) { return switchTab(to: target, mrn: mrn) }
            return []
        case .char("n"):
            openEditor(for: mrn)
            return []
        case .char("?"):
            showingHelp = true
            return []
        case .char("p"): return previewHandoff(of: [mrn])
        case .char("f"):
            openFlowsheet()
            return []
        case .char("t"):
            // The selected value's test on the Labs tab; creatinine elsewhere (the ward's most watched trend).
            let selected = tab == .labs ? tabCursors[.labs]?.selectedID.flatMap { id in record.labs.first { $0.id == id }?.test } : nil
            openChart(selected ?? record.labs(named: "creatinine").last?.test ?? "creatinine")
            return []
        case .char("I"):
            openWorksheet(for: mrn)
            return []
        case .char("q"): return requestQuit()
        case .char("/") where tab == .notes:
            filterInput = TextInput(noteSearch)
            return []
        default: break
        }
        if tab == .overview { return handleOverviewKey(key, mrn: mrn) }
        let ids = TabContent.ids(tab, record: record, history: history[mrn], noteSearch: noteQuery)
        var cursor = tabCursors[tab] ?? ListCursor()
        let current = cursor.selectedID.flatMap { ids.firstIndex(of: $0) } ?? 0
        var index = current
        switch key {
        case .up, .char("k"): index = ListViewport.move(current, by: -1, count: ids.count)
        case .down, .char("j"): index = ListViewport.move(current, by: 1, count: ids.count)
        case .wheelUp: index = ListViewport.move(current, by: -3, count: ids.count)
        case .wheelDown: index = ListViewport.move(current, by: 3, count: ids.count)
        case .home, .char("g"): index = 0
        case .end, .char("G"): index = max(0, ids.count - 1)
        case .pageDown, .char("J"): cursor.detailScroll += key == .pageDown ? max(1, layout.detailHeight - 2) : 1
        case .pageUp, .char("K"): cursor.detailScroll = max(0, cursor.detailScroll - (key == .pageUp ? max(1, layout.detailHeight - 2) : 1))
        default:
            return recordAction(key, mrn: mrn, selected: ids.indices.contains(current) ? ids[current] : nil)
        }
        if index != current || cursor.selectedID == nil, ids.indices.contains(index) {
            cursor.selectedID = ids[index]
            cursor.detailScroll = 0
        }
        tabCursors[tab] = cursor
        keepSelectionVisible()
        return []
    }

    /// The Overview tab is one document: it scrolls, and its keys add action items and contingencies.
    mutating func handleOverviewKey(_ key: Key, mrn: MRN) -> [Effect] {
        let page = max(1, layout.documentHeight - 2)
        switch key {
        case .up, .char("k"): overviewScroll = max(0, overviewScroll - 1)
        case .down, .char("j"): overviewScroll += 1
        case .wheelUp: overviewScroll = max(0, overviewScroll - 3)
        case .wheelDown: overviewScroll += 3
        case .pageUp: overviewScroll = max(0, overviewScroll - page)
        case .pageDown: overviewScroll += page
        case .home, .char("g"): overviewScroll = 0
        case .char("a"): openForm(.addAction(mrn))
        case .char("c"): openForm(.addContingency(mrn))
        case .char("d"): openForm(.completeAction(mrn))
        case .char("e"): openForm(.updatePatient(mrn))
        case .char("!"): openForm(.acknowledgeAlert(mrn))
        case .char("A"): openForm(.allergies(mrn))
        case .char("x"): openForm(.discharge(mrn))
        case .char("v"): openForm(.criticalValue(mrn))
        case .char("C"): openForm(.codeStatus(mrn))
        case .char("L"): openForm(.device(mrn))
        case .char("P"): openForm(.addContact(mrn))
        default: break
        }
        return []
    }

    /// Keys that act on the selected record of a list tab, or add a new one.
    mutating func recordAction(_ key: Key, mrn: MRN, selected: String?) -> [Effect] {
        switch (tab, key) {
        case (.consults, .char("a")): openForm(.requestConsult(mrn))
        case (.orders, .char("a")): openForm(.addOrder(mrn))
        case (.results, .char("a")): openForm(.addResult(mrn))
        case (.labs, .char("a")): openForm(.addLab(mrn))
        case (.complications, .char("a")): openForm(.addComplication(mrn))
        case (.notes, .char("a")): openEditor(for: mrn)
        case (.consults, .enter), (.consults, .char("s")): selected.map { openForm(.consultStatus($0)) }
        case (.consults, .char("r")): selected.map { openForm(.recommendation($0)) }
        case (.orders, .enter), (.orders, .char("s")): selected.map { openForm(.orderStatus($0)) }
        case (.orders, .char("d")): selected.map { openForm(.recordDose($0)) }
        case (.results, .enter), (.results, .char("s")): selected.map { openForm(.resultStatus($0)) }
        case (.complications, .enter), (.complications, .char("s")): selected.map { openForm(.complicationStatus($0)) }
        case (.notes, .char("A")):
            if let selected { openEditor(addendumTo: selected, mrn: mrn) }
        case (.notes, .char("E")): selected.map { openForm(.noteInError($0)) }
        default: break
        }
        return []
    }

    mutating func switchTab(to target: PatientTab, mrn: MRN) -> [Effect] {
        tab = target
        unread.seen(mrn, tab: target, revision: board.revision)
        keepSelectionVisible()
        if target == .history, history[mrn] == nil { return [.loadHistory(mrn)] }
        return []
    }

    /// Typing the notes search after `/` on the Notes tab: the list narrows as you type (Enter keeps it, Esc clears).
    mutating func handleNoteSearchKey(_ key: Key, mrn: MRN) -> [Effect] {
        guard var input = filterInput else { return [] }
        switch key {
        case .enter:
            noteSearch = input.text.trimmingCharacters(in: .whitespaces)
            filterInput = nil
        case .escape:
            noteSearch = ""
            filterInput = nil
        default: input.applyLineEditing(key)
        }
        if filterInput != nil { filterInput = input }
        // The first match is selected as the list narrows.
        if let record = board.patients[mrn] {
            let ids = TabContent.ids(.notes, record: record, history: nil, noteSearch: noteQuery)
            tabCursors[.notes] = ListCursor()
            tabCursors[.notes]?.selectedID = ids.first
        }
        keepSelectionVisible()
        return []
    }
}
