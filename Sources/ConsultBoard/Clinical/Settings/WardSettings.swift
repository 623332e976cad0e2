import Foundation

/// The clinical knowledge a ward may set for itself, each part a JSON file in the board's `ward/` folder that
/// extends or replaces the shipped default (docs/clinical.md describes each file):
///
/// - `ward/reference-ranges.json`: reference intervals and critical limits (`ReferenceRangeTable`).
/// - `ward/consult-clock.json`: minutes from request to visit by urgency (`ConsultClock`).
/// - `ward/sci-thresholds.json`: the numbers of the spinal-cord-injury rules (`SCIThresholds`).
///
/// A file that is missing means the shipped default; a file that is present but wrong is refused with its name
/// and the entry at fault, never half-read.
public struct WardSettings: Sendable, Equatable {
    public var referenceRanges: ReferenceRangeTable
    public var consultClock: ConsultClock
    public var sciThresholds: SCIThresholds

    public init(
        referenceRanges: ReferenceRangeTable = .shipped, consultClock: ConsultClock = .shipped, sciThresholds: SCIThresholds = .shipped
    ) {
        self.referenceRanges = referenceRanges
        self.consultClock = consultClock
        self.sciThresholds = sciThresholds
    }

    /// The shipped defaults.
    public static let shipped = WardSettings()

    /// The safety rules with the ward's numbers (the SCI thresholds, the consult clock) in place of the shipped
    /// ones; every view that shows alerts asks this, so the board, the patient, the CLI and the handoff agree.
    public var safetyRules: SafetyRuleSet { SafetyRuleSet.current.configured(by: self) }

    /// The folder inside a board that holds the ward's files.
    public static func folder(ofBoard board: URL) -> URL { board.appendingPathComponent("ward", isDirectory: true) }

    /// The settings of the board in `board`: the shipped defaults extended by the ward's files.
    public static func load(board: URL) throws(WardSettingsError) -> WardSettings {
        try from(files(ofBoard: board))
    }

    /// The shipped defaults extended by `files` (each checked strictly, in a fixed order).
    public static func from(_ files: [WardSettingFile]) throws(WardSettingsError) -> WardSettings {
        var settings = WardSettings.shipped
        for file in files.sorted(by: { $0.name < $1.name }) { try settings.set(file.name, from: file.data, source: file.source) }
        return settings
    }

    /// The ward files present in the board in `board`.
    public static func files(ofBoard board: URL) throws(WardSettingsError) -> [WardSettingFile] {
        var files: [WardSettingFile] = []
        for name in WardSettingName.allCases {
            let url = folder(ofBoard: board).appendingPathComponent(name.fileName)
            if let data = try read(url) { files.append(WardSettingFile(name: name, data: data, source: url.path)) }
        }
        return files
    }

    /// Puts the setting `name` read from `data` in place of the shipped one (the reference ranges extend the
    /// shipped table; the other two replace it).
    mutating func set(_ name: WardSettingName, from data: Data, source: String) throws(WardSettingsError) {
        switch name {
        case .referenceRanges: referenceRanges = ReferenceRangeTable.shipped.extended(by: try ReferenceRangeTable.decode(data, file: source))
        case .consultClock: consultClock = try ConsultClock.decode(data, file: source)
        case .sciThresholds: sciThresholds = try SCIThresholds.decode(data, file: source)
        }
    }

    /// The file's bytes, or `nil` when there is no such file.
    static func read(_ url: URL) throws(WardSettingsError) -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do { return try Data(contentsOf: url) } catch {
            throw .unreadable(file: url.path, reason: .plain(error.localizedDescription))
        }
    }
}
