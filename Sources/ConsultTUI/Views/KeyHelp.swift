import ConsultBoard

/// The keys of each screen, as the help overlay lists them and the footer shows the main ones.
///
/// The words come from the message catalogue (`help.*`, `footer.*`), so the lists are built when asked for, in
/// the language of the moment. Kept next to the views but written from `update`'s key handling: when a key is added there, add it here.
enum KeyHelp {
    struct Entry: Sendable {
        var keys: String
        var what: String
        /// The short word the footer shows for the screen's main keys (`nil`: only in the help).
        var footer: String?
        init(_ keys: String, _ what: String, footer: String? = nil) {
            self.keys = keys
            self.what = what
            self.footer = footer
        }
    }

    /// The title and keys of what has focus now.
    static func entries(for state: AppState) -> (title: String, entries: [Entry]) {
        if state.editor != nil { return (tr("help.screen.editor"), editor) }
        if state.form != nil { return (tr("help.screen.form"), form) }
        if state.examWorksheet != nil { return (WorksheetWords.title, worksheet) }
        if state.preview != nil { return (tr("help.screen.preview"), preview) }
        if state.filterInput != nil, case .patient = state.screen { return (tr("help.screen.noteSearch"), noteSearch) }
        if state.filterInput != nil { return (tr("help.screen.filter"), filter) }
        switch state.screen {
        case .board: return (tr("help.screen.board"), board)
        case .patient: return (tr("help.screen.patient", ["tab": state.tab.title]), patient(state.tab))
        }
    }

    static var board: [Entry] {
        [
            Entry("↑↓ j k", tr("help.moveThroughThePatients"), footer: tr("footer.move")),
            Entry("PgUp PgDn Home End", tr("help.moveAPageToTheFirst")),
            Entry("Enter → l", tr("help.openThePatient"), footer: tr("footer.open")),
            Entry("J K", tr("help.scrollTheSelectedPatientSSummary")),
            Entry("/", tr("help.filterByNameMrnOrBed"), footer: tr("footer.filter")),
            Entry("f", tr("help.filterByConsultingServiceOrSeverity")),
            Entry("Esc", tr("help.clearTheFilter")),
            Entry("s", tr("help.sortByBedOrBySeverity"), footer: tr("footer.sort")),
            Entry("n", tr("help.writeANoteForTheSelected"), footer: tr("footer.note")),
            Entry("a", tr("help.admitAPatient")),
            Entry("Space", tr("help.markForHandoff")),
            Entry("p", tr("help.previewMarkedHandoff"), footer: tr("footer.handoff")),
            Entry("D", tr("help.departedPatients")),
            Entry("c", tr("help.signOffList")),
            Entry("v", tr("help.criticalValueStepWard")),
            Entry("?", tr("help.thisHelp"), footer: tr("footer.help")),
            Entry("q Ctrl-C", tr("help.quit"), footer: tr("footer.quit")),
            Entry(tr("helpKeys.mouse"), tr("help.clickARowToSelectIt")),
            Entry(tr("helpKeys.badges"), tr("help.badgeMarks")),
            Entry("• ⚠", tr("help.changedAndAlerts")),
        ]
    }

    static var noteSearch: [Entry] {
        [
            Entry(tr("helpKeys.type"), tr("help.noteSearchType"), footer: tr("footer.search")),
            Entry("Enter", tr("help.noteSearchKeep"), footer: tr("footer.keep")),
            Entry("Esc", tr("help.clearTheFilter"), footer: tr("footer.clear")),
        ]
    }

    static var filter: [Entry] {
        [
            Entry(tr("helpKeys.type"), tr("help.narrowTheListToNamesMrns"), footer: tr("footer.filter")),
            Entry("Enter", tr("help.keepTheFilterAndSelectThe"), footer: tr("footer.keep")),
            Entry("Esc", tr("help.clearTheFilter"), footer: tr("footer.clear")),
            Entry("↑↓", tr("help.moveThroughTheMatches")),
        ]
    }

    static func patient(_ tab: PatientTab) -> [Entry] {
        var entries: [Entry] = [
            Entry("Tab ⇧Tab ← → h l", tr("help.nextOrPreviousTab"), footer: tr("footer.tabs")),
            Entry("1-8", tr("help.goToATabOverviewHistory")),
            Entry("Esc", tr("help.backToTheBoard"), footer: tr("footer.back")),
            Entry("n", tr("help.writeANote"), footer: tr("footer.note")),
        ]
        switch tab {
        case .overview:
            entries += [
                Entry("↑↓ PgUp PgDn", tr("help.scroll")),
                Entry("a", tr("help.addAnActionItem"), footer: tr("footer.action")),
                Entry("d", tr("help.markAnActionItemDone"), footer: tr("footer.done")),
                Entry("c", tr("help.addAContingencyIfThen")),
                Entry("e", tr("help.updateSeverityBedSummaryProblemsDiagnosis"), footer: tr("footer.edit")),
                Entry("!", tr("help.acknowledgeASafetyAlertWithThe")),
                Entry("A", tr("help.allergyForm")),
                Entry("x", tr("help.dischargeForm")),
                Entry("v", tr("help.criticalValueStep")),
                Entry("C", tr("help.codeStatusForm")),
                Entry("L", tr("help.deviceForm")),
                Entry("P", tr("help.contactForm")),
            ]
        case .history:
            entries += [
                Entry("↑↓ j k", tr("help.selectAChange"), footer: tr("footer.select")),
                Entry("PgUp PgDn J K", tr("help.scrollTheDetail")),
            ]
        default:
            entries += [
                Entry("↑↓ j k Home End", tr("help.selectARecord"), footer: tr("footer.select")),
                Entry("PgUp PgDn J K", tr("help.scrollTheDetail")),
            ]
        }
        switch tab {
        case .consults:
            entries += [
                Entry("a", tr("help.requestAConsult"), footer: tr("footer.request")),
                Entry("Enter s", tr("help.changeTheConsultSStatus"), footer: tr("footer.status")),
                Entry("r", tr("help.addARecommendation")),
            ]
        case .orders:
            entries += [
                Entry("a", tr("help.addAnOrder"), footer: tr("footer.add")), Entry("Enter s", tr("help.changeTheOrderSStatus"), footer: tr("footer.status")),
                Entry("d", tr("help.recordADose")),
            ]
        case .results:
            entries += [Entry("a", tr("help.addAResult"), footer: tr("footer.add")), Entry("Enter s", tr("help.changeTheResultSStatus"), footer: tr("footer.status"))]
        case .labs:
            entries += [Entry("a", tr("help.addALabValueOrVital"), footer: tr("footer.add"))]
        case .complications:
            entries += [
                Entry("a", tr("help.addAComplication"), footer: tr("footer.add")),
                Entry("Enter s", tr("help.resolveOrReopenTheComplication"), footer: tr("footer.status")),
            ]
        case .notes:
            entries += [
                Entry("a", tr("help.writeANote")),
                Entry("/", tr("help.searchNotes"), footer: tr("footer.search")),
                Entry("A", tr("help.addAnAddendumToTheSelected"), footer: tr("footer.addendum")),
                Entry("E", tr("help.markTheSelectedNoteEnteredIn"), footer: tr("footer.inError")),
            ]
        case .overview, .history:
            break
        }
        entries += [
            Entry("p", tr("help.previewThisPatientSHandoffSave")),
            Entry("f", tr("help.flowsheet")),
            Entry("t", tr("help.trendChart")),
            Entry("I", tr("help.worksheet")),
            Entry("?", tr("help.thisHelp"), footer: tr("footer.help")), Entry("q", tr("help.quit")),
        ]
        return entries
    }

    static var editor: [Entry] {
        [
            Entry("Ctrl-S", tr("help.saveAndSignTheNote"), footer: tr("footer.save")),
            Entry("Esc", tr("help.cancelAsksFirstIfTextWould"), footer: tr("footer.cancel")),
            Entry("Tab ⇧Tab", tr("help.moveBetweenTheTextTheService"), footer: tr("footer.fields")),
            Entry("← → ↑ ↓", tr("help.moveTheCursorByCharacterAnd")),
            Entry("Home End", tr("help.startOrEndOfTheLine")),
            Entry("PgUp PgDn", tr("help.aPageUpOrDown")),
            Entry("Backspace Delete", tr("help.deleteACharacter")),
            Entry("Enter", tr("help.newLinePastedTextKeepsIts")),
            Entry(tr("helpKeys.arrowsLetters"), tr("help.onTheServiceOrTypeChoose")),
        ]
    }

    static var preview: [Entry] {
        [
            Entry("↑↓ PgUp PgDn", tr("help.scroll"), footer: tr("footer.scroll")),
            Entry("Home End", tr("help.topBottom")),
            Entry("s", tr("help.saveAsHandoffDateTimeTxt"), footer: tr("footer.save")),
            Entry("P", tr("help.printLpOrLpr"), footer: tr("footer.print")),
            Entry("w", tr("help.printerWidth"), footer: tr("footer.width")),
            Entry("o", tr("help.printOrder")),
            Entry("Esc p q", tr("help.closeThePreview"), footer: tr("footer.close")),
        ]
    }

    static var worksheet: [Entry] {
        [
            Entry("0-5 NT * **", tr("help.worksheet.grade"), footer: tr("footer.grade")),
            Entry("↑↓←→ Tab", tr("help.worksheet.move"), footer: tr("footer.move")),
            Entry("Enter", tr("help.worksheet.down"), footer: tr("footer.down")),
            Entry("Backspace Delete", tr("help.worksheet.erase")),
            Entry("y n", tr("help.worksheet.anal")),
            Entry("Ctrl-S", tr("help.worksheet.save"), footer: tr("footer.save")),
            Entry("Esc", tr("help.worksheet.close"), footer: tr("footer.close")),
        ]
    }

    static var form: [Entry] {
        [
            Entry("Ctrl-S", tr("help.save"), footer: tr("footer.save")),
            Entry("Enter", tr("help.nextFieldSaveOnTheLast"), footer: tr("footer.next")),
            Entry("Tab ↑↓", tr("help.moveBetweenFields"), footer: tr("footer.fields")),
            Entry("← → Space", tr("help.chooseOnAChoiceField"), footer: tr("footer.choose")),
            Entry(tr("helpKeys.letters"), tr("help.onAChoiceFieldJumpTo")),
            Entry("Esc", tr("help.cancelAsksFirstIfTextWould"), footer: tr("footer.cancel")),
        ]
    }
}
