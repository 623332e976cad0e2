import Foundation

/// Who a contact is to the patient.
public enum ContactRole: String, Vocabulary {
    /// The responsible team or doctor (主管医生, attending, the consultant to call).
    case team
    /// Family or the legal representative (家属).
    case family
    case other
}

/// A key contact for the handoff: whom to call, and how.
public struct ContactRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var role: ContactRole
    public var name: String
    /// "daughter", "attending spine surgeon" (optional).
    public var relation: String?
    /// A telephone number or extension as the ward writes it (optional).
    public var phone: String?
    public var recordedBy: String
    public var recordedAt: Date

    public init(
        id: RecordID, role: ContactRole, name: String, relation: String?, phone: String?, recordedBy: String,
        recordedAt: Date
    ) {
        self.id = id
        self.role = role
        self.name = name
        self.relation = relation
        self.phone = phone
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// "王丽 (daughter, family) 138-0000-0000".
    public var summary: String {
        let who = [relation, role.rawValue].compactMap { $0 }.joined(separator: ", ")
        return "\(name) (\(who))" + (phone.map { " \($0)" } ?? "")
    }

    /// `summary` with the role in the reader's words and the reader's punctuation ("陈静（女儿，家属） 138...").
    public var shownSummary: String {
        let who = [relation, role.shown].compactMap { $0 }.joined(separator: tr("text.comma"))
        return tr("contact.summary", ["name": name, "who": who, "phone": phone.map { " \($0)" } ?? ""])
    }
}

extension PatientRecord {
    public var contactList: [ContactRecord] { contacts ?? [] }
}
