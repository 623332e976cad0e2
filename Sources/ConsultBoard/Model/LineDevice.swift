import Foundation

/// A line, drain, catheter or tube in the patient, the kinds an SCI ward counts days for (catheter-associated
/// urinary and bloodstream infections: CDC/NHSN device-days).
public enum DeviceKind: String, Vocabulary {
    case urinaryCatheter = "urinary-catheter"
    case suprapubicCatheter = "suprapubic-catheter"
    case centralLine = "central-line"
    case picc
    case arterialLine = "arterial-line"
    case peripheralLine = "peripheral-line"
    case drain
    case tracheostomy
    case nasogastricTube = "nasogastric-tube"

    public var label: String {
        switch self {
        case .urinaryCatheter: "urinary catheter"
        case .suprapubicCatheter: "suprapubic catheter"
        case .centralLine: "central line"
        case .picc: "PICC"
        case .arterialLine: "arterial line"
        case .peripheralLine: "peripheral line"
        case .drain: "drain"
        case .tracheostomy: "tracheostomy"
        case .nasogastricTube: "nasogastric tube"
        }
    }
}

/// A device in (or once in) the patient: kind, site, when it went in and, once out, when and why.
public struct DeviceRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var kind: DeviceKind
    /// "right basilic vein", "L3-4 wound", "16 Fr Foley".
    public var site: String
    public var insertedAt: Date
    public var recordedBy: String
    public var recordedAt: Date
    public var removedAt: Date?
    public var removedBy: String?
    public var removalReason: String?

    public init(id: RecordID, kind: DeviceKind, site: String, insertedAt: Date, recordedBy: String, recordedAt: Date) {
        self.id = id
        self.kind = kind
        self.site = site
        self.insertedAt = insertedAt
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    public var isIn: Bool { removedAt == nil }

    /// The device day at `now`, counted as NHSN counts device-days: the day of insertion is day 1, and each
    /// calendar day (in the ward's time zone) it is still in adds one.
    public func day(at now: Date, timeZone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let end = removedAt.map { min($0, now) } ?? now
        let days = calendar.dateComponents(
            [.day], from: calendar.startOfDay(for: insertedAt), to: calendar.startOfDay(for: end)).day ?? 0
        return max(1, days + 1)
    }
}

extension PatientRecord {
    /// Every device recorded, in the order recorded.
    public var deviceList: [DeviceRecord] { devices ?? [] }
    /// The devices still in.
    public var devicesIn: [DeviceRecord] { deviceList.filter(\.isIn) }
}
