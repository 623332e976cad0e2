import Foundation

/// What the person entering a lab value or vital sign must hear at once: a value dated before the latest of its
/// test on the board does not become the latest, so the board, its charts' last point and every rule go on reading
/// the other one. A year typed wrong ("2025-12-03" for "2026-12-03") hid a new creatinine that way, without a word,
/// as a future date once did. A value that is only older than the admission is not said: results brought in at
/// admission are, and the value is then the latest, shown with its date. Said by `lab add` on stderr and by the
/// TUI's lab form before it saves; feeds (HL7, FHIR) send earlier results on purpose and are not asked.
public enum LabEntryCheck {
    /// The lines to say (none, or one).
    public static func warnings(for labID: RecordID, in record: PatientRecord, timeZone: TimeZone = .current) -> [ShownText] {
        guard let lab = record.labs.first(where: { $0.id == labID }) else { return [] }
        func time(_ date: Date) -> String { ClinicalTime.format(date, in: timeZone) }
        var lines: [ShownText] = []
        let later = record.labs.filter { $0.test == lab.test && $0.id != lab.id && $0.at > lab.at }
        if let latest = later.max(by: { $0.at < $1.at }) {
            lines.append(.tr("labEntry.beforeTheLatest", [
                "id": "\(lab.id)", "test": LabTestWords.text(lab.test), "time": "\(time(lab.at))", "latest": "\(latest.id)",
                "value": "\(ClinicalNumber.format(latest.value, maxDecimals: 2)) \(Sanitizer.line(latest.unit))",
                "latestTime": "\(time(latest.at))",
            ]))
        }
        return lines
    }
}
