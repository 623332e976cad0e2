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
