import Foundation

/// An I-PASS action item: something the next team must do.
public struct ActionItem: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var text: String
    public var owner: String?
    public var due: Date?
    public var createdBy: String
    public var createdAt: Date
    public var done: Bool
    public var doneBy: String?
    public var doneAt: Date?

    public init(id: RecordID, text: String, owner: String?, due: Date?, createdBy: String, createdAt: Date) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.done = false
    }
}

/// An I-PASS contingency: if this happens, then do that.
public struct Contingency: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var condition: String
    public var action: String
    public var author: String
    public var at: Date
    public init(id: RecordID, condition: String, action: String, author: String, at: Date) {
        self.id = id
        self.condition = condition
        self.action = action
        self.author = author
        self.at = at
    }
}
