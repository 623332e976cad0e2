import ConsultBoard
import Foundation

/// The clinical facts the board and the Overview show beside the record: latest key values now; derived
/// facts (eGFR, AKI stage, ISNCSCI classification, safety alerts) come from the library's Clinical module.
///
/// One place adapts the clinical API to what the views draw, so the views never compute clinical facts.
enum ClinicalPanel {
    /// How many safety alerts of this patient are open (not acknowledged).
    static func openAlertCount(_ record: PatientRecord, now: Date) -> Int { 0 }

    /// Short lines for the board's summary pane: the latest key observations.
    static func summaryLines(_ record: PatientRecord, now: Date) -> [[(String, Style)]] {
        var spans: [(String, Style)] = []
        for test in ["creatinine", "temperature"] {
            guard let latest = record.labs(named: test).last else { continue }
            if !spans.isEmpty { spans.append(("  ", .plain)) }
            spans.append(("\(test): ", .muted))
            spans.append(("\(latest.value.formatted()) \(Sanitizer.line(latest.unit))", .plain))
        }
        return spans.isEmpty ? [] : [spans]
    }

    /// Sections for the Overview tab (alerts, renal function, fever, ISNCSCI); empty until there is something to say.
    static func overview(_ record: PatientRecord, now: Date, time: TimeFormat, into doc: inout Document) {}
}
