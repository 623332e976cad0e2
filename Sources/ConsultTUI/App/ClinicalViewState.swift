import ConsultBoard

/// The flowsheet (`f`) and the trend chart (`t`) of the open patient, drawn over the patient screen.
struct ClinicalViewState: Sendable, Equatable {
    enum Mode: Sendable, Equatable {
        case flowsheet
        /// One test over time; `fromFlowsheet`: Esc goes back to the flowsheet rather than closing.
        case chart(test: String, fromFlowsheet: Bool)
    }

    var mode: Mode
    var preset: FlowsheetPreset = .vitals
    /// The selected row of the flowsheet.
    var row = 0
    /// How many of the newest time columns are scrolled off to the right (0: the newest is shown).
    var olderBy = 0
}
