import Foundation
import OrderedCollections

/// The whole board: a ward's patients and everything recorded about them, at one revision.
///
/// A value: the store builds it by replaying the journal (from a checkpoint), and every change goes through
/// `apply(_:context:)`, which validates before it mutates.
public struct Board: Sendable, Equatable {
    public var ward: String
    public var createdAt: Date
    /// The sequence number of the last change applied (0 for a board with no changes yet).
    public var revision: Int
    /// Patients in admission order, by MRN.
    public var patients: OrderedDictionary<MRN, PatientRecord>
    /// Which patient holds each record, so a command naming only a record id finds it in O(1).
    public private(set) var recordIndex: [RecordID: MRN]
    /// The ward roster: who may sign as whom, with which role and key (empty: single-user behaviour).
    public var roster = Roster()

    public init(ward: String = "", createdAt: Date = Date(timeIntervalSince1970: 0), revision: Int = 0) {
        self.ward = ward
        self.createdAt = createdAt
        self.revision = revision
        self.patients = [:]
        self.recordIndex = [:]
    }

    /// A board made of whole patient records (from a checkpoint or an imported document).
    public init(ward: String, createdAt: Date, revision: Int, records: [PatientRecord]) {
        self.init(ward: ward, createdAt: createdAt, revision: revision)
        // A large ward holds a hundred thousand records: size the index once instead of growing it step by step.
        recordIndex.reserveCapacity(records.reduce(0) { $0 + $1.labs.count + $1.notes.count + 64 })
        for record in records {
            patients[record.mrn] = record
            index(record)
        }
    }

    /// The patient holding a record, if the record exists.
    public func patient(holding id: RecordID) -> MRN? { recordIndex[id] }

    mutating func register(_ id: RecordID, for mrn: MRN) { recordIndex[id] = mrn }

    private mutating func index(_ record: PatientRecord) {
        let mrn = record.mrn
        for consult in record.consults { recordIndex[consult.id] = mrn }
        for order in record.orders { recordIndex[order.id] = mrn }
        for result in record.results { recordIndex[result.id] = mrn }
        for lab in record.labs { recordIndex[lab.id] = mrn }
        for complication in record.complications { recordIndex[complication.id] = mrn }
        for note in record.notes {
            recordIndex[note.id] = mrn
            for addendum in note.addenda { recordIndex[addendum.id] = mrn }
        }
        for action in record.actions { recordIndex[action.id] = mrn }
        for contingency in record.contingencies { recordIndex[contingency.id] = mrn }
        for exam in record.exams { recordIndex[exam.id] = mrn }
        for acknowledgement in record.acknowledgements { recordIndex[acknowledgement.id] = mrn }
        for allergy in record.allergies { recordIndex[allergy.id] = mrn }
        for device in record.deviceList { recordIndex[device.id] = mrn }
        for contact in record.contactList { recordIndex[contact.id] = mrn }
    }

    /// The patients on the ward (not discharged or transferred out; see `departedPatients`) sorted for the ward
    /// list: by bed (natural order, so bed 2 comes before bed 10).
    public var patientsByBed: [PatientRecord] {
        patients.values.filter(\.patient.isOnWard).sorted { $0.patient.bed.localizedStandardCompare($1.patient.bed) == .orderedAscending }
    }

    /// Patients sorted unstable first, then by bed.
    public var patientsBySeverity: [PatientRecord] {
        patientsByBed.enumerated().sorted { a, b in
            a.element.patient.severity != b.element.patient.severity
                ? a.element.patient.severity < b.element.patient.severity : a.offset < b.offset
        }.map(\.element)
    }
}

/// Who made a change, when, and its place in the journal.
public struct ChangeContext: Sendable, Equatable {
    /// The journal sequence number; new records take their ids from it.
    public var sequence: Int
    public var author: String
    public var at: Date
    /// Whether the change is being replayed from the journal (accepted long ago) rather than made now.
    ///
    /// Checks that depend on clinical knowledge that may change between releases (is this alert current under
    /// today's rule set? is this exam valid under today's ISNCSCI parser?) run only for new changes: a change the
    /// board once accepted must always replay, or one rule update could make a whole board unreadable.
    public var isReplay: Bool
    /// The login of the process making the change (`OSUser.login`), which the roster checks the author and the
    /// role against; `nil` in replays and for callers that do not say (then a board with a roster refuses).
    public var writer: String?
    /// The ward's settings the checks of new changes use (acknowledging an alert checks it is current under the
    /// ward's rule numbers); the shipped ones unless the store read the board's `ward/` files.
    public var settings: WardSettings {
        get { chosenSettings ?? .shipped }
        set { chosenSettings = newValue }
    }
    /// The settings a caller set; `nil` means the shipped ones, which are decoded (the reference ranges are
    /// JSON compiled in) only when a check asks for them: most changes (a note, a lab, a move) never do, and
    /// decoding them was about a tenth of the work of every `note add` (issue 9, docs/benchmark.md).
    private var chosenSettings: WardSettings?

    public init(sequence: Int, author: String, at: Date, isReplay: Bool = false, writer: String? = nil) {
        self.sequence = sequence
        self.author = author
        self.at = at
        self.isReplay = isReplay
        self.writer = writer
    }

    /// Equal when every field is, the settings compared as the checks see them (unset is the shipped ones).
    public static func == (lhs: ChangeContext, rhs: ChangeContext) -> Bool {
        lhs.sequence == rhs.sequence && lhs.author == rhs.author && lhs.at == rhs.at && lhs.isReplay == rhs.isReplay
            && lhs.writer == rhs.writer && lhs.settings == rhs.settings
    }
}
