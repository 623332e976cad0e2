import Foundation

// The payloads of the commands that move a patient: discharge, bed transfer, transfer to and from another
// board, readmission. Each moving command carries the revision the user saw (see `UpdatePatient.expectedRevision`).

/// The patient leaves the ward (`discharge`). Refused while a consult, order or action is open, unless the user
/// carries them over (then they are listed in the discharge summary as carried over); nothing is closed silently.
public struct DischargePatient: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var destination: DischargeDestination
    public var summary: String?
    /// Carries every open consult, live order and open action over (`--carry-over`); `nil` or false: refused
    /// while any is open.
    public var carryOver: Bool?
    /// When the patient left, when it is not the time of the change (an ADT message's event time).
    public var at: Date?
    /// The feed message the discharge came from (`hl7:ADT|HOSP|MSG9`), absent when typed.
    public var source: String?
    public var expectedRevision: Int?
    public init(
        mrn: MRN, destination: DischargeDestination, summary: String? = nil, carryOver: Bool? = nil, at: Date? = nil,
        source: String? = nil, expectedRevision: Int? = nil
    ) {
        self.mrn = mrn
        self.destination = destination
        self.summary = summary
        self.carryOver = carryOver
        self.at = at
        self.source = source
        self.expectedRevision = expectedRevision
    }
}

/// The patient moves to another bed of the ward (`transfer MRN --bed BED`), checked like an admission's bed.
public struct TransferBed: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var bed: String
    public var allowSharedBed: Bool?
    public var source: String?
    public var expectedRevision: Int?
    public init(mrn: MRN, bed: String, allowSharedBed: Bool? = nil, source: String? = nil, expectedRevision: Int? = nil) {
        self.mrn = mrn
        self.bed = bed
        self.allowSharedBed = allowSharedBed
        self.source = source
        self.expectedRevision = expectedRevision
    }
}

/// The patient comes back after a discharge or a transfer out (`readmit MRN [--bed BED]`), into the bed given or
/// the one left (checked like an admission's bed).
public struct ReadmitPatient: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var bed: String?
    public var allowSharedBed: Bool?
    public var at: Date?
    public var source: String?
    public var expectedRevision: Int?
    public init(
        mrn: MRN, bed: String? = nil, allowSharedBed: Bool? = nil, at: Date? = nil, source: String? = nil,
        expectedRevision: Int? = nil
    ) {
        self.mrn = mrn
        self.bed = bed
        self.allowSharedBed = allowSharedBed
        self.at = at
        self.source = source
        self.expectedRevision = expectedRevision
    }
}

/// The patient moves to another board (`transfer MRN --to-board BOARD`): on this board the record stays with its
/// whole journal history, read-only like a discharge, with a transfer entry naming the other ward. Open items
/// are handled as at discharge.
public struct TransferOut: Codable, Sendable, Equatable {
    public var mrn: MRN
    /// The other board's ward name.
    public var toBoard: String
    public var carryOver: Bool?
    public var expectedRevision: Int?
    public init(mrn: MRN, toBoard: String, carryOver: Bool? = nil, expectedRevision: Int? = nil) {
        self.mrn = mrn
        self.toBoard = toBoard
        self.carryOver = carryOver
        self.expectedRevision = expectedRevision
    }
}

/// A patient arrives from another board (the other half of `transfer --to-board`): the header as it was there,
/// with a transfer entry naming the source. The records follow as `TransferRecord` commands of the same change,
/// each given a new id on this board (see `TransferPlan`).
public struct TransferIn: Codable, Sendable, Equatable {
    public var patient: Patient
    /// The source board's ward name.
    public var fromBoard: String
    /// The bed on this board (checked like an admission's bed).
    public var bed: String
    public var allowSharedBed: Bool?
    public init(patient: Patient, fromBoard: String, bed: String, allowSharedBed: Bool? = nil) {
        self.patient = patient
        self.fromBoard = fromBoard
        self.bed = bed
        self.allowSharedBed = allowSharedBed
    }
}

/// One record of a patient transferred in, as it was written on the source board (author and time kept), given
/// this board's id for the change's sequence number. References to other records of the transfer (a result's
/// order, an addendum's note, a critical value's lab) already name their new ids.
public struct TransferRecord: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var consult: Consult?
    public var order: Order?
    public var result: DiagnosticResult?
    public var lab: LabValue?
    public var complication: Complication?
    public var note: Note?
    /// An addendum, with the note it belongs to (`noteID`, the note's id on this board).
    public var addendum: Addendum?
    public var noteID: RecordID?
    public var action: ActionItem?
    public var contingency: Contingency?
    public var exam: ExamRecord?
    public var acknowledgement: AlertAcknowledgement?
    public var allergy: AllergyRecord?
    public var criticalValue: CriticalValueTask?
    public var noKnownAllergies: NoKnownAllergiesStatement?
    /// The FHIR resource the record comes from (`fhir:<fullUrl>`) when it is added to a patient already on the
    /// board by `import --format fhir --patient` rather than carried with a transfer (see `FHIRPatientImport`).
    public var importedFrom: String?

    public init(mrn: MRN) { self.mrn = mrn }
}
