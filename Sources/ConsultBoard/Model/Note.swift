import Foundation

/// The type of a clinical note.
public enum NoteType: String, Vocabulary {
    case consult, progress, procedure, nursing, handoff
}

/// A signed clinical note. Once saved it is never edited or deleted: corrections are addenda, and a note written
/// in error is marked so (with the reason) and stays in the record.
public struct Note: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var service: Service
    public var type: NoteType
    /// The author who signed it.
    public var author: String
    public var at: Date
    /// Multi-line, any Unicode, stored exactly as written (sanitised only when shown).
    public var text: String
    public var addenda: [Addendum]
    public var enteredInError: ErrorMark?
    /// Present when the note needs a senior's cosignature (a resident's note, 上级医师审签): who cosigned it and
    /// when, or still awaiting.
    public var cosignature: Cosignature?

    /// Whether the note still waits for an attending's cosignature.
    public var awaitsCosignature: Bool { cosignature.map { $0.by == nil } ?? false }

    public init(id: RecordID, service: Service, type: NoteType, author: String, at: Date, text: String) {
        self.id = id
        self.service = service
        self.type = type
        self.author = author
        self.at = at
        self.text = text
        self.addenda = []
        self.enteredInError = nil
    }

    /// What a note is, as the ward says it: "neurology progress note", but "nursing note" rather than
    /// "nursing nursing note".
    public static func kind(service: Service, type: NoteType) -> String {
        type.label == service.label ? "\(service.label) note" : "\(service.label) \(type.label) note"
    }

    /// What this note is ("neurology progress note").
    public var kind: String { Self.kind(service: service, type: type) }
}

/// A signed correction or addition to a note.
public struct Addendum: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var author: String
    public var at: Date
    public var text: String
    public init(id: RecordID, author: String, at: Date, text: String) {
        self.id = id
        self.author = author
        self.at = at
        self.text = text
    }
}

/// The mark on a note written in error.
public struct ErrorMark: Codable, Sendable, Equatable {
    public var by: String
    public var at: Date
    public var reason: String
    public init(by: String, at: Date, reason: String) {
        self.by = by
        self.at = at
        self.reason = reason
    }
}

/// A note's cosignature by an attending (上级医师审签): `by`/`at` are empty while it is awaited.
public struct Cosignature: Codable, Sendable, Equatable {
    public var by: String?
    public var at: Date?
    public init(by: String? = nil, at: Date? = nil) {
        self.by = by
        self.at = at
    }
}
