import Foundation

/// What the person entering a dated value must hear at once: a lab value or vital sign dated before the latest of
/// its test, or an ISNCSCI exam dated before the latest exam, does not become the latest, so the board, its
/// charts' last point and every rule go on reading the other one. A year typed wrong ("2025-12-03" for
/// "2026-12-03") hid a new creatinine that way, without a word, as a future date once did. A value that is only
/// older than the admission is not said: results brought in at admission are, and the value is then the latest,
/// shown with its date. Said by `lab add` and `exam add` on stderr and by the TUI's lab form before it saves (the
/// exam worksheet records the time of saving); feeds (HL7, FHIR) send earlier results on purpose and are not asked.
public enum DatedEntryCheck {
    /// The line to say about a lab value, if any.
    public static func warnings(forLab labID: RecordID, in record: PatientRecord, timeZone: TimeZone = .current) -> [ShownText] {
        guard let lab = record.labs.first(where: { $0.id == labID }) else { return [] }
        let later = record.labs.filter { $0.test == lab.test && $0.id != lab.id && $0.at > lab.at }
        guard let latest = later.max(by: { $0.at < $1.at }) else { return [] }
        return [.tr("labEntry.beforeTheLatest", [
            "id": "\(lab.id)", "test": LabTestWords.text(lab.test), "time": "\(ClinicalTime.format(lab.at, in: timeZone))",
            "latest": "\(latest.id)", "value": "\(ClinicalNumber.format(latest.value, maxDecimals: 2)) \(Sanitizer.line(latest.unit))",
            "latestTime": "\(ClinicalTime.format(latest.at, in: timeZone))",
        ])]
    }

    /// The line to say about an ISNCSCI exam, if any: `neuro-deterioration` compares the latest exam with the ones
    /// before it.
    public static func warnings(forExam examID: RecordID, in record: PatientRecord, timeZone: TimeZone = .current) -> [ShownText] {
        guard let exam = record.exams.first(where: { $0.id == examID }) else { return [] }
        let later = record.exams.filter { $0.id != exam.id && $0.at > exam.at }
        guard let latest = later.max(by: { $0.at < $1.at }) else { return [] }
        return [.tr("examEntry.beforeTheLatest", [
            "id": "\(exam.id)", "time": "\(ClinicalTime.format(exam.at, in: timeZone))", "latest": "\(latest.id)",
            "latestTime": "\(ClinicalTime.format(latest.at, in: timeZone))",
        ])]
    }
}
