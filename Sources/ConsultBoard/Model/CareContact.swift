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
    public var summary: String { summaryText.english }

    /// `summary`, its words chosen when shown: the raw role in English (word for word `summary`), the role's
    /// words and the reader's punctuation in other languages ("陈静（女儿，家属） 138...").
    public var summaryText: ShownText {
        let who = [relation.map { ShownText.plain($0) }, role.rawValueText].compactMap { $0 }
        return .tr("contact.summary", ["name": "\(name)", "who": who.joined(.tr("text.comma")), "phone": "\(phone.map { " \($0)" } ?? "")"])
    }

    /// `summaryText` in the language of the moment.
    public var shownSummary: String { summaryText.shown }
}

extension PatientRecord {
    public var contactList: [ContactRecord] { contacts ?? [] }
}
