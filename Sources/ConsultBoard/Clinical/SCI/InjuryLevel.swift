import Foundation

/// The level of a spinal cord injury, for the rules that depend on it (autonomic dysreflexia at T6 or above,
/// respiratory failure in cervical injury): from the latest classifiable ISNCSCI exam's neurological level of
/// injury, else from the diagnosis ("C4-5 cord injury", "T4 AIS A paraplegia").
public struct InjuryLevel: Sendable, Equatable {
    /// The most rostral level the source allows (an ISNCSCI level may be ambiguous, "C5,C6*": the safety rules
    /// count the higher one).
    public var segment: ISNCSCISegment
    /// "ISNCSCI E-12 (2026-11-20 08:00): C5" or "diagnosis: C4-5 cord injury".
    /// What the level rests on, in the reader's words ("ISNCSCI E-3: neurological level C4", "diagnosis: ...").
    public var basisText: ShownText
    /// `basisText` in English.
    public var basis: String { basisText.english }

    public var name: String { segment.name }
    /// C1 to T6: autonomic dysreflexia can occur (Consortium for Spinal Cord Medicine, 2001).
    public var isT6OrAbove: Bool { segment.index <= Self.t6 }
    /// C1 to C8.
    public var isCervical: Bool { segment.index <= Self.c8 }

    static let t6 = 13
    static let c8 = 7

    /// The patient's injury level, if the record gives one.
    public static func of(_ record: PatientRecord, neuro: NeuroCourse) -> InjuryLevel? {
        for classified in neuro.exams.reversed() {
            if let level = fromExam(classified) { return level }
        }
        return fromDiagnosis(record.patient.diagnosis)
    }

    /// The level one classified exam gives: none when it could not be classified or its neurological level names
    /// no segment ("INT": intact).
    static func fromExam(_ classified: NeuroCourse.ClassifiedExam) -> InjuryLevel? {
        guard case let .success(result) = classified.classification else { return nil }
        let levels = result.neurologicalLevel.split(whereSeparator: { ",; ".contains($0) })
            .compactMap { ISNCSCISegment(name: $0.replacingOccurrences(of: "*", with: "")) }
            .filter { $0 != .intact }
        return levels.min().map {
            InjuryLevel(segment: $0, basisText: .tr("injuryLevel.fromExam", ["id": "\(classified.exam.id)", "level": "\(result.neurologicalLevel)"]))
        }
    }

    /// The highest cervical or thoracic level written in a diagnosis that names a cord injury.
    public static func fromDiagnosis(_ diagnosis: String) -> InjuryLevel? {
        // The terminology's "spinal cord injury" condition, not negated ("C5 fracture, no cord injury" is none).
        guard Terminology.active.conditions(in: diagnosis).contains(where: { $0.id == "spinal cord injury" }) else { return nil }
        var best: ISNCSCISegment?
        let characters = Array(diagnosis.uppercased())
        for (index, letter) in characters.enumerated() where letter == "C" || letter == "T" {
            if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { continue }
            let digits = String(characters[(index + 1)...].prefix { $0.isASCII && $0.isNumber })
            guard (1...2).contains(digits.count), let segment = ISNCSCISegment(name: "\(letter)\(digits)"),
                segment.index <= 19
            else { continue }
            if best.map({ segment < $0 }) ?? true { best = segment }
        }
        return best.map {
            InjuryLevel(segment: $0, basisText: .tr("injuryLevel.fromDiagnosis", ["diagnosis": "\(Sanitizer.line(diagnosis))"]))
        }
    }
}
