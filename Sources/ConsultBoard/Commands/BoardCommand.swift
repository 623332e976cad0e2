import Foundation

/// A change a user asks of the board: the one door through which the CLI and the TUI change anything.
///
/// A command is validated against the board's current state (`Board.apply`) and, when accepted, recorded in the
/// journal as it is, inside an entry that says who, when and with which sequence number. Replaying the journal's
/// commands in order rebuilds the board exactly.
///
/// In the journal a command is an object `{"kind": "note.add", "payload": {...}}`, where `kind` is one of
/// `BoardCommand.Kind` and `payload` the matching struct.
public enum BoardCommand: Sendable, Equatable {
    case createBoard(CreateBoard)
    case admitPatient(AdmitPatient)
    case updatePatient(UpdatePatient)
    case addNote(AddNote)
    case addAddendum(AddAddendum)
    case markNoteInError(MarkNoteInError)
    case requestConsult(RequestConsult)
    case setConsultStatus(SetConsultStatus)
    case addRecommendation(AddRecommendation)
    case addOrder(AddOrder)
    case setOrderStatus(SetOrderStatus)
    case addLab(AddLab)
    case addResult(AddResult)
    case setResultStatus(SetResultStatus)
    case addComplication(AddComplication)
    case setComplicationStatus(SetComplicationStatus)
    case addAction(AddAction)
    case completeAction(CompleteAction)
    case addContingency(AddContingency)
    case addExam(AddExam)
    case acknowledgeAlert(AcknowledgeAlert)
    case receiveCriticalValue(ReceiveCriticalValue)
    case notifyCriticalValue(NotifyCriticalValue)
    case closeCriticalValue(CloseCriticalValue)
    case recordDose(RecordDose)
    case addAllergy(AddAllergy)
    case setAllergyStatus(SetAllergyStatus)
    case recordNoKnownAllergies(RecordNoKnownAllergies)
    case setCodeStatus(SetCodeStatus)
    case addDevice(AddDevice)
    case removeDevice(RemoveDevice)
    case addContact(AddContact)
    case acknowledgeHandoff(AcknowledgeHandoff)
    /// Fills a new board with the patients of an export document (see `ImportBoard`).
    case importBoard(ImportBoard)
    /// Records a repair that set damaged journal lines aside (see `RecordRepair`); changes no patient.
    case recordRepair(RecordRepair)
    // A patient's stay: discharge, transfer, readmission (see StayPayloads.swift).
    case dischargePatient(DischargePatient)
    case transferBed(TransferBed)
    case readmitPatient(ReadmitPatient)
    case transferOut(TransferOut)
    case transferIn(TransferIn)
    case transferRecord(TransferRecord)
    case updateDemographics(UpdateDemographics)
    /// The ward roster (see `Roster`): add or change a person, change the board's identity settings.
    case addStaff(AddStaff)
    case setStaff(SetStaff)
    case setRosterPolicy(SetRosterPolicy)
    /// An attending cosigns a note that awaits it.
    case cosignNote(CosignNote)
    /// The ward set (or cleared) one of its settings files (see `RecordWardSetting`); changes no patient.
    case recordWardSetting(RecordWardSetting)

    /// The journal's name of each command.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case createBoard = "board.create"
        case admitPatient = "patient.admit"
        case updatePatient = "patient.update"
        case addNote = "note.add"
        case addAddendum = "note.addendum"
        case markNoteInError = "note.error"
        case requestConsult = "consult.request"
        case setConsultStatus = "consult.set"
        case addRecommendation = "consult.recommend"
        case addOrder = "order.add"
        case setOrderStatus = "order.set"
        case addLab = "lab.add"
        case addResult = "result.add"
        case setResultStatus = "result.set"
        case addComplication = "complication.add"
        case setComplicationStatus = "complication.set"
        case addAction = "action.add"
        case completeAction = "action.done"
        case addContingency = "contingency.add"
        case addExam = "exam.add"
        case acknowledgeAlert = "alert.ack"
        case receiveCriticalValue = "critical.receive"
        case notifyCriticalValue = "critical.notify"
        case closeCriticalValue = "critical.close"
        case recordDose = "dose.record"
        case addAllergy = "allergy.add"
        case setAllergyStatus = "allergy.set"
        case recordNoKnownAllergies = "allergy.none"
        case setCodeStatus = "code.set"
        case addDevice = "line.add"
        case removeDevice = "line.remove"
        case addContact = "contact.add"
        case acknowledgeHandoff = "handoff.ack"
        case importBoard = "board.import"
        case recordRepair = "board.repair"
        case dischargePatient = "patient.discharge"
        case transferBed = "patient.transfer"
        case readmitPatient = "patient.readmit"
        case transferOut = "patient.transfer-out"
        case transferIn = "patient.transfer-in"
        case transferRecord = "record.transfer-in"
        case updateDemographics = "patient.demographics"
        case addStaff = "staff.add"
        case setStaff = "staff.set"
        case setRosterPolicy = "staff.policy"
        case cosignNote = "note.cosign"
        case recordWardSetting = "ward.set"
    }

    public var kind: Kind {
        switch self {
        case .createBoard: .createBoard
        case .admitPatient: .admitPatient
        case .updatePatient: .updatePatient
        case .addNote: .addNote
        case .addAddendum: .addAddendum
        case .markNoteInError: .markNoteInError
        case .requestConsult: .requestConsult
        case .setConsultStatus: .setConsultStatus
        case .addRecommendation: .addRecommendation
        case .addOrder: .addOrder
        case .setOrderStatus: .setOrderStatus
        case .addLab: .addLab
        case .addResult: .addResult
        case .setResultStatus: .setResultStatus
        case .addComplication: .addComplication
        case .setComplicationStatus: .setComplicationStatus
        case .addAction: .addAction
        case .completeAction: .completeAction
        case .addContingency: .addContingency
        case .addExam: .addExam
        case .acknowledgeAlert: .acknowledgeAlert
        case .receiveCriticalValue: .receiveCriticalValue
        case .notifyCriticalValue: .notifyCriticalValue
        case .closeCriticalValue: .closeCriticalValue
        case .recordDose: .recordDose
        case .addAllergy: .addAllergy
        case .setAllergyStatus: .setAllergyStatus
        case .recordNoKnownAllergies: .recordNoKnownAllergies
        case .setCodeStatus: .setCodeStatus
        case .addDevice: .addDevice
        case .removeDevice: .removeDevice
        case .addContact: .addContact
        case .acknowledgeHandoff: .acknowledgeHandoff
        case .importBoard: .importBoard
        case .recordRepair: .recordRepair
        case .dischargePatient: .dischargePatient
        case .transferBed: .transferBed
        case .readmitPatient: .readmitPatient
        case .transferOut: .transferOut
        case .transferIn: .transferIn
        case .transferRecord: .transferRecord
        case .updateDemographics: .updateDemographics
        case .addStaff: .addStaff
        case .setStaff: .setStaff
        case .setRosterPolicy: .setRosterPolicy
        case .cosignNote: .cosignNote
        case .recordWardSetting: .recordWardSetting
        }
    }

    /// The patient the command names directly, if any. Commands that name a record by id (`order.set O-7`)
    /// return `nil` here; the board finds the patient from the id (`Board.patient(holding:)`).
    public var namedPatient: MRN? {
        switch self {
        case .createBoard, .importBoard, .recordRepair, .addStaff, .setStaff, .setRosterPolicy, .cosignNote, .recordWardSetting: nil
        case let .admitPatient(c): c.patient.mrn
        case let .updatePatient(c): c.mrn
        case let .addNote(c): c.mrn
        case let .requestConsult(c): c.mrn
        case let .addOrder(c): c.mrn
        case let .addLab(c): c.mrn
        case let .addResult(c): c.mrn
        case let .addComplication(c): c.mrn
        case let .addAction(c): c.mrn
        case let .addContingency(c): c.mrn
        case let .addExam(c): c.mrn
        case let .acknowledgeAlert(c): c.mrn
        case let .addAllergy(c): c.mrn
        case let .recordNoKnownAllergies(c): c.mrn
        case let .setCodeStatus(c): c.mrn
        case let .addDevice(c): c.mrn
        case let .addContact(c): c.mrn
        case let .acknowledgeHandoff(c): c.mrn
        case let .dischargePatient(c): c.mrn
        case let .transferBed(c): c.mrn
        case let .readmitPatient(c): c.mrn
        case let .transferOut(c): c.mrn
        case let .transferIn(c): c.patient.mrn
        case let .transferRecord(c): c.mrn
        case let .updateDemographics(c): c.mrn
        case .addAddendum, .markNoteInError, .setConsultStatus, .addRecommendation, .setOrderStatus,
            .setResultStatus, .setComplicationStatus, .completeAction, .receiveCriticalValue, .notifyCriticalValue,
            .closeCriticalValue, .recordDose, .setAllergyStatus, .removeDevice:
            nil
        }
    }

    /// The existing record the command acts on, if it names one by id.
    public var targetRecord: RecordID? {
        switch self {
        case let .addAddendum(c): c.noteID
        case let .markNoteInError(c): c.noteID
        case let .setConsultStatus(c): c.consultID
        case let .addRecommendation(c): c.consultID
        case let .setOrderStatus(c): c.orderID
        case let .setResultStatus(c): c.resultID
        case let .setComplicationStatus(c): c.complicationID
        case let .completeAction(c): c.actionID
        case let .receiveCriticalValue(c): c.labID
        case let .notifyCriticalValue(c): c.labID
        case let .closeCriticalValue(c): c.labID
        case let .recordDose(c): c.orderID
        case let .setAllergyStatus(c): c.allergyID
        case let .removeDevice(c): c.deviceID
        case let .cosignNote(c): c.noteID
        default: nil
        }
    }
}

extension BoardCommand: Codable {
    private enum CodingKeys: String, CodingKey { case kind, payload }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(Kind.self, forKey: .kind)
        func payload<T: Decodable>(_: T.Type) throws -> T { try c.decode(T.self, forKey: .payload) }
        switch kind {
        case .createBoard: self = .createBoard(try payload(CreateBoard.self))
        case .admitPatient: self = .admitPatient(try payload(AdmitPatient.self))
        case .updatePatient: self = .updatePatient(try payload(UpdatePatient.self))
        case .addNote: self = .addNote(try payload(AddNote.self))
        case .addAddendum: self = .addAddendum(try payload(AddAddendum.self))
        case .markNoteInError: self = .markNoteInError(try payload(MarkNoteInError.self))
        case .requestConsult: self = .requestConsult(try payload(RequestConsult.self))
        case .setConsultStatus: self = .setConsultStatus(try payload(SetConsultStatus.self))
        case .addRecommendation: self = .addRecommendation(try payload(AddRecommendation.self))
        case .addOrder: self = .addOrder(try payload(AddOrder.self))
        case .setOrderStatus: self = .setOrderStatus(try payload(SetOrderStatus.self))
        case .addLab: self = .addLab(try payload(AddLab.self))
        case .addResult: self = .addResult(try payload(AddResult.self))
        case .setResultStatus: self = .setResultStatus(try payload(SetResultStatus.self))
        case .addComplication: self = .addComplication(try payload(AddComplication.self))
        case .setComplicationStatus: self = .setComplicationStatus(try payload(SetComplicationStatus.self))
        case .addAction: self = .addAction(try payload(AddAction.self))
        case .completeAction: self = .completeAction(try payload(CompleteAction.self))
        case .addContingency: self = .addContingency(try payload(AddContingency.self))
        case .addExam: self = .addExam(try payload(AddExam.self))
        case .acknowledgeAlert: self = .acknowledgeAlert(try payload(AcknowledgeAlert.self))
        case .receiveCriticalValue: self = .receiveCriticalValue(try payload(ReceiveCriticalValue.self))
        case .notifyCriticalValue: self = .notifyCriticalValue(try payload(NotifyCriticalValue.self))
        case .closeCriticalValue: self = .closeCriticalValue(try payload(CloseCriticalValue.self))
        case .recordDose: self = .recordDose(try payload(RecordDose.self))
        case .addAllergy: self = .addAllergy(try payload(AddAllergy.self))
        case .setAllergyStatus: self = .setAllergyStatus(try payload(SetAllergyStatus.self))
        case .recordNoKnownAllergies: self = .recordNoKnownAllergies(try payload(RecordNoKnownAllergies.self))
        case .setCodeStatus: self = .setCodeStatus(try payload(SetCodeStatus.self))
        case .addDevice: self = .addDevice(try payload(AddDevice.self))
        case .removeDevice: self = .removeDevice(try payload(RemoveDevice.self))
        case .addContact: self = .addContact(try payload(AddContact.self))
        case .acknowledgeHandoff: self = .acknowledgeHandoff(try payload(AcknowledgeHandoff.self))
        case .importBoard: self = .importBoard(try payload(ImportBoard.self))
        case .recordRepair: self = .recordRepair(try payload(RecordRepair.self))
        case .dischargePatient: self = .dischargePatient(try payload(DischargePatient.self))
        case .transferBed: self = .transferBed(try payload(TransferBed.self))
        case .readmitPatient: self = .readmitPatient(try payload(ReadmitPatient.self))
        case .transferOut: self = .transferOut(try payload(TransferOut.self))
        case .transferIn: self = .transferIn(try payload(TransferIn.self))
        case .transferRecord: self = .transferRecord(try payload(TransferRecord.self))
        case .updateDemographics: self = .updateDemographics(try payload(UpdateDemographics.self))
        case .addStaff: self = .addStaff(try payload(AddStaff.self))
        case .setStaff: self = .setStaff(try payload(SetStaff.self))
        case .setRosterPolicy: self = .setRosterPolicy(try payload(SetRosterPolicy.self))
        case .cosignNote: self = .cosignNote(try payload(CosignNote.self))
        case .recordWardSetting: self = .recordWardSetting(try payload(RecordWardSetting.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case let .createBoard(p): try c.encode(p, forKey: .payload)
        case let .admitPatient(p): try c.encode(p, forKey: .payload)
        case let .updatePatient(p): try c.encode(p, forKey: .payload)
        case let .addNote(p): try c.encode(p, forKey: .payload)
        case let .addAddendum(p): try c.encode(p, forKey: .payload)
        case let .markNoteInError(p): try c.encode(p, forKey: .payload)
        case let .requestConsult(p): try c.encode(p, forKey: .payload)
        case let .setConsultStatus(p): try c.encode(p, forKey: .payload)
        case let .addRecommendation(p): try c.encode(p, forKey: .payload)
        case let .addOrder(p): try c.encode(p, forKey: .payload)
        case let .setOrderStatus(p): try c.encode(p, forKey: .payload)
        case let .addLab(p): try c.encode(p, forKey: .payload)
        case let .addResult(p): try c.encode(p, forKey: .payload)
        case let .setResultStatus(p): try c.encode(p, forKey: .payload)
        case let .addComplication(p): try c.encode(p, forKey: .payload)
        case let .setComplicationStatus(p): try c.encode(p, forKey: .payload)
        case let .addAction(p): try c.encode(p, forKey: .payload)
        case let .completeAction(p): try c.encode(p, forKey: .payload)
        case let .addContingency(p): try c.encode(p, forKey: .payload)
        case let .addExam(p): try c.encode(p, forKey: .payload)
        case let .acknowledgeAlert(p): try c.encode(p, forKey: .payload)
        case let .receiveCriticalValue(p): try c.encode(p, forKey: .payload)
        case let .notifyCriticalValue(p): try c.encode(p, forKey: .payload)
        case let .closeCriticalValue(p): try c.encode(p, forKey: .payload)
        case let .recordDose(p): try c.encode(p, forKey: .payload)
        case let .addAllergy(p): try c.encode(p, forKey: .payload)
        case let .setAllergyStatus(p): try c.encode(p, forKey: .payload)
        case let .recordNoKnownAllergies(p): try c.encode(p, forKey: .payload)
        case let .setCodeStatus(p): try c.encode(p, forKey: .payload)
        case let .addDevice(p): try c.encode(p, forKey: .payload)
        case let .removeDevice(p): try c.encode(p, forKey: .payload)
        case let .addContact(p): try c.encode(p, forKey: .payload)
        case let .acknowledgeHandoff(p): try c.encode(p, forKey: .payload)
        case let .importBoard(p): try c.encode(p, forKey: .payload)
        case let .recordRepair(p): try c.encode(p, forKey: .payload)
        case let .dischargePatient(p): try c.encode(p, forKey: .payload)
        case let .transferBed(p): try c.encode(p, forKey: .payload)
        case let .readmitPatient(p): try c.encode(p, forKey: .payload)
        case let .transferOut(p): try c.encode(p, forKey: .payload)
        case let .transferIn(p): try c.encode(p, forKey: .payload)
        case let .transferRecord(p): try c.encode(p, forKey: .payload)
        case let .updateDemographics(p): try c.encode(p, forKey: .payload)
        case let .addStaff(p): try c.encode(p, forKey: .payload)
        case let .setStaff(p): try c.encode(p, forKey: .payload)
        case let .setRosterPolicy(p): try c.encode(p, forKey: .payload)
        case let .cosignNote(p): try c.encode(p, forKey: .payload)
        case let .recordWardSetting(p): try c.encode(p, forKey: .payload)
        }
    }
}
