import Foundation

/// What one person has seen of one board: for each patient, the journal sequence number up to which they have
/// looked at the patient (on the board list) and at each area of the patient's record (the patient view's tabs).
///
/// Kept per person outside the board (see `ReadMarksFile`), never in the shared journal: what a person has read
/// is theirs, and reading changes nothing on the ward's record.
public struct ReadMarks: Codable, Sendable, Equatable {
    public static let formatName = "consult-board.read-marks"
    public static let currentVersion = 1

    public var format = ReadMarks.formatName
    public var version = ReadMarks.currentVersion
    /// The board these marks are about (`ReadMarksFile.boardKey`), so that a file is never applied to another.
    public var board: String
    /// Whose marks these are: the name this person signs with (on a roster board, the signed-in name).
    public var reader: String
    /// Changes up to this sequence count as seen on every patient: the board's revision when the marks started.
    public var baseline: Int
    public var patients: [MRN: PatientReadMark] = [:]

    public init(board: String, reader: String, baseline: Int) {
        self.board = board
        self.reader = reader
        self.baseline = baseline
    }

    /// Up to where the patient has been looked at on the board list.
    public func seen(_ mrn: MRN) -> Int {
        max(baseline, patients[mrn]?.seen ?? 0)
    }

    /// Up to where an area of the patient's record has been looked at.
    public func seen(_ mrn: MRN, area: ChangeArea) -> Int {
        max(baseline, patients[mrn]?.areas[area.rawValue] ?? 0)
    }

    /// The patient was opened (or is open) at board revision `revision`: everything of theirs up to it is seen
    /// on the board list.
    public mutating func markSeen(_ mrn: MRN, through revision: Int) {
        guard revision > seen(mrn) else { return }
        patients[mrn, default: PatientReadMark()].seen = revision
    }

    /// An area of the patient's record was shown at board revision `revision`.
    public mutating func markSeen(_ mrn: MRN, area: ChangeArea, through revision: Int) {
        guard revision > seen(mrn, area: area) else { return }
        patients[mrn, default: PatientReadMark()].areas[area.rawValue] = revision
    }

    /// Whether the marks can be trusted for this board and reader (a file copied from another board or person
    /// cannot).
    public func belongs(toBoard key: String, reader name: String) -> Bool {
        format == Self.formatName && board == key && reader == name && baseline >= 0
    }
}

/// What one person has seen of one patient.
public struct PatientReadMark: Codable, Sendable, Equatable {
    /// Up to this journal sequence the patient has been looked at (the board list's mark).
    public var seen = 0
    /// Up to which sequence each area (`ChangeArea` raw value) has been looked at; an area not listed counts
    /// from the marks' baseline.
    public var areas: [String: Int] = [:]

    public init(seen: Int = 0, areas: [String: Int] = [:]) {
        self.seen = seen
        self.areas = areas
    }
}
