import Foundation

/// The kind of a diagnostic report.
public enum ResultKind: String, Vocabulary {
    case mri, ct, xr, emg, ncs, csf, other
    public var label: String {
        switch self {
        case .mri, .ct, .xr, .emg, .ncs, .csf: rawValue.uppercased()
        case .other: "other"
        }
    }
}

/// A diagnostic report: imaging (MRI/CT/XR), EMG/NCS, CSF or other.
public struct DiagnosticResult: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var kind: ResultKind
    /// The impression: what the report concludes.
    public var summary: String
    /// The findings in full.
    public var findings: String
    /// Imaging: the body region ("cervical spine").
    public var region: String?
    /// Imaging: the levels involved ("C3/4, C4-5").
    public var levels: String?
    public var status: ResultStatus
    /// The order this report answers, when known.
    public var orderID: RecordID?
    public var reportedBy: String
    public var reportedAt: Date
    public var history: [StatusChange<ResultStatus>]

    public init(
        id: RecordID, kind: ResultKind, summary: String, findings: String, region: String? = nil,
        levels: String? = nil, status: ResultStatus, orderID: RecordID? = nil, reportedBy: String, reportedAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.findings = findings
        self.region = region
        self.levels = levels
        self.status = status
        self.orderID = orderID
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
        self.history = [StatusChange(from: nil, to: status, by: reportedBy, at: reportedAt)]
    }
}
