import Foundation

/// How soon a consulting service must see the patient.
public enum Urgency: String, Vocabulary {
    case routine, urgent, stat
}

/// A request from one service to another, and everything that followed.
public struct Consult: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var service: Service
    public var question: String
    public var urgency: Urgency
    public var requestedBy: String
    public var requestedAt: Date
    public var status: ConsultStatus
    /// The consultant's recommendations, oldest first.
    public var recommendations: [Recommendation]
    /// Every status move, starting with the request itself.
    public var history: [StatusChange<ConsultStatus>]

    public init(
        id: RecordID, service: Service, question: String, urgency: Urgency, requestedBy: String, requestedAt: Date
    ) {
        self.id = id
        self.service = service
        self.question = question
        self.urgency = urgency
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.status = .requested
        self.recommendations = []
        self.history = [StatusChange(from: nil, to: .requested, by: requestedBy, at: requestedAt)]
    }
}

/// One recommendation by a consultant.
public struct Recommendation: Codable, Sendable, Equatable {
    public var text: String
    public var by: String
    public var at: Date
    public init(text: String, by: String, at: Date) {
        self.text = text
        self.by = by
        self.at = at
    }
}
