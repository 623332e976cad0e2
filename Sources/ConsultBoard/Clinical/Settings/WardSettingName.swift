import Foundation

/// One of the ward's settings files (docs/clinical.md, "The ward's own numbers"): on a folder board the file
/// `ward/<name>.json`, on a board in PostgreSQL the row of `consult_board.ward_settings` named alike.
public enum WardSettingName: String, Sendable, Codable, CaseIterable, Comparable {
    case referenceRanges = "reference-ranges"
    case consultClock = "consult-clock"
    case sciThresholds = "sci-thresholds"

    /// The name with its `.json`, as the folder board keeps it and as errors name it.
    public var fileName: String { rawValue + ".json" }

    /// `reference-ranges`, `reference-ranges.json` or `ward/reference-ranges.json`; `nil` for anything else.
    public init?(argument: String) {
        var name = argument.hasPrefix("ward/") ? String(argument.dropFirst(5)) : argument
        if name.hasSuffix(".json") { name = String(name.dropLast(5)) }
        self.init(rawValue: name)
    }

    /// The names a person may give, for a refusal that lists them.
    public static var known: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }

    /// Checks `data` exactly as the board will read it (the entry at fault named, `source` as the file): a
    /// setting is refused before it is stored, never half-read after.
    public func check(_ data: Data, source: String) throws(WardSettingsError) {
        var settings = WardSettings.shipped
        try settings.set(self, from: data, source: source)
    }
}

/// A ward setting as it is stored on its board: the bytes, where they live, and who set them when (known on a
/// database board, which records its writer; a folder board knows only the file).
public struct WardSettingFile: Sendable, Equatable {
    public var name: WardSettingName
    public var data: Data
    /// What errors name as the file: `<board>/ward/sci-thresholds.json`, or the setting in its database.
    public var source: String
    /// The database role that stored it, and the name it was stored under (a database board only).
    public var setByRole: String?
    public var setBy: String?
    public var setAt: Date?

    public init(name: WardSettingName, data: Data, source: String, setByRole: String? = nil, setBy: String? = nil, setAt: Date? = nil) {
        self.name = name
        self.data = data
        self.source = source
        self.setByRole = setByRole
        self.setBy = setBy
        self.setAt = setAt
    }

    /// The SHA-256 of the bytes, as the journal's `ward.set` entry records it.
    public var sha256: String { Seal.sha256Hex(data) }
}
