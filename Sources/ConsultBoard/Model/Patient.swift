import Foundation

/// Who the patient is and how ill: the part of the record the patient list and the handoff one-liner show.
public struct Patient: Codable, Sendable, Equatable {
    public var mrn: MRN
    /// Any Unicode, Chinese included; drawn by display columns.
    public var name: String
    public var age: Int
    public var sex: Sex
    public var bed: String
    public var weightKg: Double?
    /// Free text as the ward records it ("penicillin (rash)"); empty means none recorded, not "no allergies".
    public var allergies: String
    public var admittedAt: Date
    public var diagnosis: String
    /// The I-PASS one-line summary.
    public var summary: String
    public var severity: Severity
    /// Active problems, most important first.
    public var problems: [String]
    /// Discharges, transfers and readmissions, oldest first (`nil` until the first: older boards read unchanged).
    /// Whether the patient is on the ward follows from the last one (see `isOnWard`).
    public var movements: [PatientMovement]?
    /// When the injury happened (a spinal cord injury), if recorded: the acute-injury rules (the MAP target)
    /// count their days from it, else from admission. `nil` on older boards and when not known.
    public var injuredAt: Date?

    public init(
        mrn: MRN, name: String, age: Int, sex: Sex, bed: String, weightKg: Double? = nil, allergies: String = "",
        admittedAt: Date, diagnosis: String, summary: String = "", severity: Severity = .stable, problems: [String] = [],
        movements: [PatientMovement]? = nil, injuredAt: Date? = nil
    ) {
        self.mrn = mrn
        self.name = name
        self.age = age
        self.sex = sex
        self.bed = bed
        self.weightKg = weightKg
        self.allergies = allergies
        self.admittedAt = admittedAt
        self.diagnosis = diagnosis
        self.summary = summary
        self.severity = severity
        self.problems = problems
        self.movements = movements
        self.injuredAt = injuredAt
    }
}
