import Foundation

/// Corrects who the patient is (name, sex, age) and the admission's diagnosis and allergy text, as the hospital's
/// patient administration system sends them (HL7 ADT^A08). `nil` leaves a field as it is. A message that
/// changes nothing (a resent A08) is refused as already recorded, so it is acknowledged and not written twice.
public struct UpdateDemographics: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var name: String?
    public var sex: Sex?
    public var age: Int?
    public var diagnosis: String?
    public var allergies: String?
    /// The feed message (`hl7:ADT|HOSP|MSG9`).
    public var source: String?
    public init(
        mrn: MRN, name: String? = nil, sex: Sex? = nil, age: Int? = nil, diagnosis: String? = nil,
        allergies: String? = nil, source: String? = nil
    ) {
        self.mrn = mrn
        self.name = name
        self.sex = sex
        self.age = age
        self.diagnosis = diagnosis
        self.allergies = allergies
        self.source = source
    }
}

extension Board {
    mutating func updateDemographics(_ c: UpdateDemographics) throws(BoardError) -> MRN {
        guard var p = patients[c.mrn]?.patient else { throw .unknownPatient(c.mrn) }
        if let name = c.name { try Validate.text(name, field: "patient name") }
        if let diagnosis = c.diagnosis { try Validate.text(diagnosis, field: "diagnosis") }
        if let age = c.age { try Validate.range(Double(age), 0...130, field: "age", expected: .between(0, 130, .tr("error.board.expected.years"))) }
        let before = p
        if let name = c.name { p.name = name }
        if let sex = c.sex { p.sex = sex }
        if let age = c.age { p.age = age }
        if let diagnosis = c.diagnosis { p.diagnosis = diagnosis }
        if let allergies = c.allergies { p.allergies = allergies }
        guard p != before else {
            throw .alreadyRecorded(record: "\(c.source ?? c.mrn)", what: .tr("error.board.already.sameDetails"))
        }
        patients[c.mrn]?.patient = p
        return c.mrn
    }
}
