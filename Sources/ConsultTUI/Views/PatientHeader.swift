import ConsultBoard

/// The patient's second header line(s): the allergies, whole, then the diagnosis and weight.
///
/// Allergies are never cut off (a clinician decides on them): they wrap onto as many lines as they need, and the
/// content below moves down (`Layout.patientHeaderRows`). The diagnosis follows on the last allergy line when it
/// fits there at least in part, and is what gets shortened (the Overview shows it whole).
enum PatientHeader {
    /// Fewer columns than this left after the allergies: the diagnosis goes on a line of its own.
    static let minimumDiagnosisColumns = 16

    /// The lines, each at most `width` columns (the caller draws them from column 1).
    static func lines(_ record: PatientRecord, width: Int) -> [String] {
        let width = max(20, width)
        var lines = TextLayout.wrap(tr("patient.allergiesLine", ["allergies": Sanitizer.line(BoardView.shownAllergies(record))]), width: width)
        var diagnosis = tr("patient.diagnosisLine", ["diagnosis": Sanitizer.line(record.patient.diagnosis)])
        if let weight = record.patient.weightKg { diagnosis += " · \(weight.formatted()) kg" }
        let last = lines.last ?? ""
        let room = width - DisplayWidth.of(last) - 3
        if lines.count == 1 && room >= minimumDiagnosisColumns || room >= DisplayWidth.of(diagnosis) {
            lines[lines.count - 1] = TextLayout.truncate(last + " · " + diagnosis, width: width)
        } else {
            lines.append(TextLayout.truncate(diagnosis, width: width))
        }
        return lines
    }

    /// How many rows the lines take on a screen `width` wide (at least 1).
    static func rows(_ record: PatientRecord?, width: Int) -> Int {
        guard let record else { return 1 }
        return max(1, lines(record, width: width - 2).count)
    }
}
