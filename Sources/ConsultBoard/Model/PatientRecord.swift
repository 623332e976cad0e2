import Foundation

/// Everything the board holds about one patient.
public struct PatientRecord: Codable, Sendable, Equatable {
    public var patient: Patient
    public var consults: [Consult] = []
    public var orders: [Order] = []
    public var results: [DiagnosticResult] = []
    /// Labs and vitals in the order they were entered (use `labs(named:)` for a time-sorted series).
    public var labs: [LabValue] = []
    public var complications: [Complication] = []
    public var notes: [Note] = []
    public var actions: [ActionItem] = []
    public var contingencies: [Contingency] = []
    public var exams: [ExamRecord] = []
    public var acknowledgements: [AlertAcknowledgement] = []
    /// Critical-value tasks (see `criticalTasks`); `nil` until the first, so boards written before read unchanged.
    public var criticalValues: [CriticalValueTask]?
    /// Structured allergies, in the order recorded (statuses kept: inactive and entered-in-error stay listed).
    public var allergies: [AllergyRecord] = []
    /// "No known drug allergies", when someone has said so (cleared when an allergy is recorded).
    public var noKnownAllergies: NoKnownAllergiesStatement?
    /// Code status statements, oldest first (`currentCodeStatus`); `nil` until the first.
    public var codeStatus: [CodeStatusEntry]?
    /// Lines, drains, catheters and tubes (`deviceList`, `devicesIn`); `nil` until the first.
    public var devices: [DeviceRecord]?
    /// Key contacts (`contactList`); `nil` until the first.
    public var contacts: [ContactRecord]?
    /// Acknowledged handovers, oldest first (`lastHandover`); `nil` until the first.
    public var handovers: [HandoverAcknowledgement]?
    /// The journal sequence number of the last change to this patient (for "unread changes" and live refresh).
    public var revision: Int = 0
    /// Header changes with who and when (`headerChangeList`); `nil` until the first.
    public var headerChanges: [HeaderChange]?

    public init(patient: Patient) {
        self.patient = patient
    }

    public var mrn: MRN { patient.mrn }

    /// Reads records written before structured allergies and critical-value tasks existed (no such keys).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        patient = try c.decode(Patient.self, forKey: .patient)
        consults = try c.decode([Consult].self, forKey: .consults)
        orders = try c.decode([Order].self, forKey: .orders)
        results = try c.decode([DiagnosticResult].self, forKey: .results)
        labs = try c.decode([LabValue].self, forKey: .labs)
        complications = try c.decode([Complication].self, forKey: .complications)
        notes = try c.decode([Note].self, forKey: .notes)
        actions = try c.decode([ActionItem].self, forKey: .actions)
        contingencies = try c.decode([Contingency].self, forKey: .contingencies)
        exams = try c.decode([ExamRecord].self, forKey: .exams)
        acknowledgements = try c.decode([AlertAcknowledgement].self, forKey: .acknowledgements)
        allergies = try c.decodeIfPresent([AllergyRecord].self, forKey: .allergies) ?? []
        noKnownAllergies = try c.decodeIfPresent(NoKnownAllergiesStatement.self, forKey: .noKnownAllergies)
        criticalValues = try c.decodeIfPresent([CriticalValueTask].self, forKey: .criticalValues)
        codeStatus = try c.decodeIfPresent([CodeStatusEntry].self, forKey: .codeStatus)
        devices = try c.decodeIfPresent([DeviceRecord].self, forKey: .devices)
        contacts = try c.decodeIfPresent([ContactRecord].self, forKey: .contacts)
        handovers = try c.decodeIfPresent([HandoverAcknowledgement].self, forKey: .handovers)
        revision = try c.decode(Int.self, forKey: .revision)
        headerChanges = try c.decodeIfPresent([HeaderChange].self, forKey: .headerChanges)
    }

    /// The series of one test, oldest first.
    public func labs(named test: String) -> [LabValue] {
        let name = KnownTest.named(test)?.name ?? test
        return labs.filter { $0.test == name }.sorted { $0.at < $1.at }
    }

    /// The ISNCSCI exams, oldest first.
    public var examsByTime: [ExamRecord] { exams.sorted { $0.at < $1.at } }

    /// The latest consult of each service, for the board's badges.
    public var latestConsultByService: [Service: Consult] {
        var latest: [Service: Consult] = [:]
        for consult in consults where latest[consult.service].map({ $0.requestedAt <= consult.requestedAt }) ?? true {
            latest[consult.service] = consult
        }
        return latest
    }
}
