import Foundation
@testable import ConsultBoard

/// A one-patient board built through `Board.apply`, so every record in a clinical test is one the board accepts.
struct TestWard {
    static let mrn = "SCI-0001"
    /// 2026-11-24 08:00 UTC (a Tuesday): the reference time of the clinical tests.
    static let t0 = Date(timeIntervalSince1970: 1_795_507_200)

    private(set) var board = Board()
    private var sequence = 0

    init(
        age: Int = 60, sex: Sex = .male, weightKg: Double? = 70, diagnosis: String = "C5 AIS B traumatic spinal cord injury",
        summary: String = "", problems: [String] = []
    ) throws {
        try apply(.createBoard(CreateBoard(ward: "Spine 3")), at: Self.t0.addingTimeInterval(-30 * 86400))
        let patient = Patient(
            mrn: Self.mrn, name: "王秀英", age: age, sex: sex, bed: "3-12", weightKg: weightKg,
            admittedAt: Self.t0.addingTimeInterval(-30 * 86400), diagnosis: diagnosis, summary: summary, problems: problems)
        try apply(.admitPatient(AdmitPatient(patient: patient)), at: Self.t0.addingTimeInterval(-30 * 86400))
    }

    var record: PatientRecord { board.patients[Self.mrn] ?? PatientRecord(patient: Patient(mrn: "", name: "", age: 0, sex: .male, bed: "", admittedAt: Self.t0, diagnosis: "")) }

    /// `hours` after `t0`.
    static func at(hours: Double) -> Date { t0.addingTimeInterval(hours * 3600) }
    static func at(days: Double) -> Date { t0.addingTimeInterval(days * 86400) }

    @discardableResult
    mutating func apply(_ command: BoardCommand, at time: Date = TestWard.t0) throws -> String? {
        sequence += 1
        return try board.apply(command, context: ChangeContext(sequence: sequence, author: "dr.li", at: time))
    }

    @discardableResult
    mutating func lab(_ test: String, _ value: Double, _ unit: String, at time: Date) throws -> RecordID {
        try apply(.addLab(AddLab(mrn: Self.mrn, test: test, value: value, unit: unit, at: time)), at: time) ?? ""
    }

    @discardableResult
    mutating func creatinine(_ value: Double, _ unit: String = "mg/dL", at time: Date = TestWard.t0) throws -> RecordID {
        try lab("creatinine", value, unit, at: time)
    }

    @discardableResult
    mutating func temperature(_ celsius: Double, at time: Date) throws -> RecordID {
        try lab("temperature", celsius, "C", at: time)
    }

    @discardableResult
    mutating func medication(
        _ drug: String, dose: String, route: String = "SC", frequency: String, text: String? = nil,
        service: Service = .ward, status: OrderStatus = .active, at time: Date = TestWard.t0
    ) throws -> RecordID {
        let details = MedicationDetails(drug: drug, dose: dose, route: route, frequency: frequency)
        return try apply(
            .addOrder(AddOrder(mrn: Self.mrn, service: service, kind: .medication, text: text ?? "\(drug) \(dose) \(route) \(frequency)", medication: details, status: status)),
            at: time) ?? ""
    }

    @discardableResult
    mutating func imaging(
        _ modality: Modality = .mri, region: String = "cervical spine", contrast: Contrast, text: String = "MRI cervical spine",
        status: OrderStatus = .active, at time: Date = TestWard.t0
    ) throws -> RecordID {
        try apply(
            .addOrder(AddOrder(mrn: Self.mrn, service: .spineSurgery, kind: .imaging, text: text, imaging: ImagingDetails(modality: modality, region: region, contrast: contrast), status: status)),
            at: time) ?? ""
    }

    @discardableResult
    mutating func procedure(
        _ text: String, service: Service = .spineSurgery, status: OrderStatus = .active, at time: Date = TestWard.t0
    ) throws -> RecordID {
        try apply(.addOrder(AddOrder(mrn: Self.mrn, service: service, kind: .procedure, text: text, status: status)), at: time) ?? ""
    }

    mutating func setStatus(_ id: RecordID, _ status: OrderStatus, at time: Date = TestWard.t0) throws {
        try apply(.setOrderStatus(SetOrderStatus(orderID: id, status: status, reason: "test")), at: time)
    }

    @discardableResult
    mutating func infection(_ summary: String, at time: Date = TestWard.t0) throws -> RecordID {
        try apply(
            .addComplication(AddComplication(mrn: Self.mrn, kind: .infection, summary: summary, details: ComplicationDetails(site: "urinary tract", organism: "E. coli"), onset: time)),
            at: time) ?? ""
    }

    @discardableResult
    mutating func exam(_ values: [String: String], at time: Date) throws -> RecordID {
        try apply(.addExam(AddExam(mrn: Self.mrn, values: values, examinedAt: time)), at: time) ?? ""
    }

    @discardableResult
    mutating func acknowledge(_ key: String, reason: String = "discussed with the team", at time: Date = TestWard.t0) throws -> RecordID {
        try apply(.acknowledgeAlert(AcknowledgeAlert(mrn: Self.mrn, alertKey: key, reason: reason)), at: time) ?? ""
    }

    /// The current alerts of one rule, at `now`, in UTC.
    func alerts(_ ruleID: String, now: Date = TestWard.t0) -> [Alert] {
        SafetyRuleSet.current.evaluate(record, now: now, timeZone: .utc).filter { $0.ruleID == ruleID }
    }
}

extension TimeZone {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current
}
