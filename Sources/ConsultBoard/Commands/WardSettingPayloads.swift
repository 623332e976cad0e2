import Foundation

/// The journal's trace of a change to one of the ward's settings (its reference ranges, consult clock or SCI
/// rule numbers): which setting, and the SHA-256 of the bytes set (`nil`: cleared, the shipped numbers again).
/// Who changed the ward's thresholds and when is clinically important, so the change goes through the one door
/// (the roster lets only admins make it) and stands in the journal, signed and chained like any other; the bytes
/// themselves stay where the board reads them (`ward/<name>.json`, or `consult_board.ward_settings`), written by
/// the store in the same change (`BoardStoring.setWardSetting`).
public struct RecordWardSetting: Codable, Sendable, Equatable {
    public var name: WardSettingName
    public var sha256: String?

    public init(name: WardSettingName, sha256: String?) {
        self.name = name
        self.sha256 = sha256
    }

    /// A hash is 64 lowercase hex digits (what `Seal.sha256Hex` gives).
    func check() throws(BoardError) {
        guard let sha256 else { return }
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            throw .outOfRange(field: "sha256", value: sha256, expected: .tr("error.board.expected.sha256"))
        }
    }
}
