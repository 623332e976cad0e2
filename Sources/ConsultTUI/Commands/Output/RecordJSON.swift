import ConsultBoard
import Foundation

/// A patient's record as `show --json` prints it: the record exactly as stored, with the facts derived for each
/// item beside it (a lab's `flag`), so a script reads both without computing them again.
///
/// The stored record is encoded first and the derived keys are added to the same objects, so every stored field
/// (including any added later) is printed as it is.
struct RecordJSON: Encodable {
    var record: PatientRecord
    var settings: WardSettings

    private enum Keys: String, CodingKey { case labs }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        let ranges = settings.referenceRanges
        try c.encode(record.labs.map { FlaggedLab(lab: $0, flag: ranges.flag($0, of: record.patient)) }, forKey: .labs)
    }
}

/// A lab value with its `flag` (absent when the test has no range in that unit).
struct FlaggedLab: Encodable {
    var lab: LabValue
    var flag: LabFlag?

    private enum Keys: String, CodingKey { case flag }

    func encode(to encoder: any Encoder) throws {
        try lab.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(flag, forKey: .flag)
    }
}
