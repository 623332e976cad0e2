import Foundation

// The payloads of the domain commands. Each is exactly what a user asked for; the store adds who, when and the
// sequence number (which gives new records their ids) in the journal entry around it.

/// Creates the board (the first entry of every journal).
public struct CreateBoard: Codable, Sendable, Equatable {
    public var ward: String
    public init(ward: String) { self.ward = ward }
}

public struct AdmitPatient: Codable, Sendable, Equatable {
    public var patient: Patient
    /// Confirms admitting into a bed another patient lies in (`nil` or false: refused).
    public var allowSharedBed: Bool?
    /// The feed message an admission came from (`hl7:ADT|HOSP|MSG9`, an ADT^A01), absent when typed.
    public var source: String?
    public init(patient: Patient, allowSharedBed: Bool? = nil, source: String? = nil) {
        self.patient = patient
        self.allowSharedBed = allowSharedBed
        self.source = source
    }
}

/// Changes the parts of the patient's header that move during a stay. `nil` leaves a field as it is.
public struct UpdatePatient: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var bed: String?
    public var weightKg: Double?
    public var allergies: String?
    public var diagnosis: String?
    public var summary: String?
    public var severity: Severity?
    public var problems: [String]?
    /// The revision of the patient's record the user saw (`PatientRecord.revision`): when set, the change is
    /// refused if the record has changed since. `nil`: no check (old journals, scripts that do not ask).
    public var expectedRevision: Int?
    /// Confirms moving into a bed another patient lies in (`nil` or false: refused, as at admission).
    public var allowSharedBed: Bool?
    /// When the injury happened (`Patient.injuredAt`); never in the future.
    public var injuredAt: Date?
    public init(
        mrn: MRN, bed: String? = nil, weightKg: Double? = nil, allergies: String? = nil, diagnosis: String? = nil,
        summary: String? = nil, severity: Severity? = nil, problems: [String]? = nil, expectedRevision: Int? = nil,
        allowSharedBed: Bool? = nil, injuredAt: Date? = nil
    ) {
        self.allowSharedBed = allowSharedBed
        self.injuredAt = injuredAt
        self.mrn = mrn
        self.bed = bed
        self.weightKg = weightKg
        self.allergies = allergies
        self.diagnosis = diagnosis
        self.summary = summary
        self.severity = severity
        self.problems = problems
        self.expectedRevision = expectedRevision
    }
}

public struct AddNote: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var service: Service
    public var type: NoteType
    public var text: String
    /// The TUI draft this note was signed from (`NoteDraft.id`), so that a draft whose note is already in the
    /// journal is removed, never offered again (exactly-once signing).
    public var draftID: String?
    public init(mrn: MRN, service: Service, type: NoteType, text: String, draftID: String? = nil) {
        self.mrn = mrn
        self.service = service
        self.type = type
        self.text = text
        self.draftID = draftID
    }
}

public struct AddAddendum: Codable, Sendable, Equatable {
    public var noteID: RecordID
    public var text: String
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    /// The TUI draft this addendum was signed from (see `AddNote.draftID`).
    public var draftID: String?
    public init(noteID: RecordID, text: String, expectedRevision: Int? = nil, draftID: String? = nil) {
        self.noteID = noteID
        self.text = text
        self.expectedRevision = expectedRevision
        self.draftID = draftID
    }
}

public struct MarkNoteInError: Codable, Sendable, Equatable {
    public var noteID: RecordID
    public var reason: String
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(noteID: RecordID, reason: String, expectedRevision: Int? = nil) {
        self.noteID = noteID
        self.reason = reason
        self.expectedRevision = expectedRevision
    }
}

public struct RequestConsult: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var service: Service
    public var question: String
    public var urgency: Urgency
    public init(mrn: MRN, service: Service, question: String, urgency: Urgency = .routine) {
        self.mrn = mrn
        self.service = service
        self.question = question
        self.urgency = urgency
    }
}

public struct SetConsultStatus: Codable, Sendable, Equatable {
    public var consultID: RecordID
    public var status: ConsultStatus
    public var reason: String?
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(consultID: RecordID, status: ConsultStatus, reason: String? = nil, expectedRevision: Int? = nil) {
        self.consultID = consultID
        self.status = status
        self.reason = reason
        self.expectedRevision = expectedRevision
    }
}

public struct AddRecommendation: Codable, Sendable, Equatable {
    public var consultID: RecordID
    public var text: String
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(consultID: RecordID, text: String, expectedRevision: Int? = nil) {
        self.consultID = consultID
        self.text = text
        self.expectedRevision = expectedRevision
    }
}

public struct AddOrder: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var service: Service
    public var kind: OrderKind
    public var text: String
    public var medication: MedicationDetails?
    public var imaging: ImagingDetails?
    /// Orders start active unless entered as a draft.
    public var status: OrderStatus
    public init(
        mrn: MRN, service: Service, kind: OrderKind, text: String, medication: MedicationDetails? = nil,
        imaging: ImagingDetails? = nil, status: OrderStatus = .active
    ) {
        self.mrn = mrn
        self.service = service
        self.kind = kind
        self.text = text
        self.medication = medication
        self.imaging = imaging
        self.status = status
    }
}

public struct SetOrderStatus: Codable, Sendable, Equatable {
    public var orderID: RecordID
    public var status: OrderStatus
    public var reason: String?
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(orderID: RecordID, status: OrderStatus, reason: String? = nil, expectedRevision: Int? = nil) {
        self.orderID = orderID
        self.status = status
        self.reason = reason
        self.expectedRevision = expectedRevision
    }
}

public struct AddLab: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var test: String
    public var value: Double
    public var unit: String
    public var at: Date
    /// Confirms a test name spelt almost like a known test is meant as a new test (`nil` or false: refused).
    public var newTest: Bool?
    /// The hours a urine output was collected over (required for `urine-output`, refused for anything else).
    public var periodHours: Double?
    /// The feed message a value came from (`hl7:LAB|HOSP|MSG00042#1`), absent when typed: the board refuses a
    /// second value from the same message, so a resent message is never recorded twice.
    public var source: String?
    public init(
        mrn: MRN, test: String, value: Double, unit: String, at: Date, newTest: Bool? = nil, periodHours: Double? = nil,
        source: String? = nil
    ) {
        self.mrn = mrn
        self.test = test
        self.value = value
        self.unit = unit
        self.at = at
        self.newTest = newTest
        self.periodHours = periodHours
        self.source = source
    }
}

public struct AddResult: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var kind: ResultKind
    public var summary: String
    public var findings: String
    public var region: String?
    public var levels: String?
    public var status: ResultStatus
    public var orderID: RecordID?
    public init(
        mrn: MRN, kind: ResultKind, summary: String, findings: String = "", region: String? = nil,
        levels: String? = nil, status: ResultStatus = .final, orderID: RecordID? = nil
    ) {
        self.mrn = mrn
        self.kind = kind
        self.summary = summary
        self.findings = findings
        self.region = region
        self.levels = levels
        self.status = status
        self.orderID = orderID
    }
}

public struct SetResultStatus: Codable, Sendable, Equatable {
    public var resultID: RecordID
    public var status: ResultStatus
    public var reason: String?
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(resultID: RecordID, status: ResultStatus, reason: String? = nil, expectedRevision: Int? = nil) {
        self.resultID = resultID
        self.status = status
        self.reason = reason
        self.expectedRevision = expectedRevision
    }
}

public struct AddComplication: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var kind: ComplicationKind
    public var summary: String
    public var details: ComplicationDetails
    public var onset: Date
    public init(mrn: MRN, kind: ComplicationKind, summary: String, details: ComplicationDetails = .init(), onset: Date) {
        self.mrn = mrn
        self.kind = kind
        self.summary = summary
        self.details = details
        self.onset = onset
    }
}

public struct SetComplicationStatus: Codable, Sendable, Equatable {
    public var complicationID: RecordID
    public var status: ComplicationStatus
    public var reason: String?
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(complicationID: RecordID, status: ComplicationStatus, reason: String? = nil, expectedRevision: Int? = nil) {
        self.complicationID = complicationID
        self.status = status
        self.reason = reason
        self.expectedRevision = expectedRevision
    }
}

public struct AddAction: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var text: String
    public var owner: String?
    public var due: Date?
    public init(mrn: MRN, text: String, owner: String? = nil, due: Date? = nil) {
        self.mrn = mrn
        self.text = text
        self.owner = owner
        self.due = due
    }
}

public struct CompleteAction: Codable, Sendable, Equatable {
    public var actionID: RecordID
    /// The revision the user saw (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int?
    public init(actionID: RecordID, expectedRevision: Int? = nil) {
        self.actionID = actionID
        self.expectedRevision = expectedRevision
    }
}

public struct AddContingency: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var condition: String
    public var action: String
    public init(mrn: MRN, condition: String, action: String) {
        self.mrn = mrn
        self.condition = condition
        self.action = action
    }
}

public struct AddExam: Codable, Sendable, Equatable {
    public var mrn: MRN
    /// The exam in the flat ISNCSCI notation (see `ExamRecord`).
    public var values: [String: String]
    /// When the patient was examined; the time of the change when not given.
    public var examinedAt: Date?
    public init(mrn: MRN, values: [String: String], examinedAt: Date? = nil) {
        self.mrn = mrn
        self.values = values
        self.examinedAt = examinedAt
    }
}

public struct AcknowledgeAlert: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var alertKey: String
    public var reason: String
    public init(mrn: MRN, alertKey: String, reason: String) {
        self.mrn = mrn
        self.alertKey = alertKey
        self.reason = reason
    }
}

/// Records a structured allergy (`allergy add`).
public struct AddAllergy: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var substance: String
    public var reaction: String?
    public var severity: AllergySeverity?
    public init(mrn: MRN, substance: String, reaction: String? = nil, severity: AllergySeverity? = nil) {
        self.mrn = mrn
        self.substance = substance
        self.reaction = reaction
        self.severity = severity
    }
}

/// Marks a structured allergy inactive or entered in error, with the reason (`allergy set`).
public struct SetAllergyStatus: Codable, Sendable, Equatable {
    public var allergyID: RecordID
    public var status: AllergyStatus
    public var reason: String
    public init(allergyID: RecordID, status: AllergyStatus, reason: String) {
        self.allergyID = allergyID
        self.status = status
        self.reason = reason
    }
}

/// States "no known drug allergies" (`allergy none`): refused while an active allergy is recorded.
public struct RecordNoKnownAllergies: Codable, Sendable, Equatable {
    public var mrn: MRN
    public init(mrn: MRN) { self.mrn = mrn }
}
