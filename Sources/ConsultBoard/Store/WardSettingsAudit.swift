import Foundation

/// Whether a folder board's ward settings are the bytes its journal records.
///
/// `ward set` writes a `ward.set` entry with the SHA-256 of the file, then puts the file in place. A file edited
/// by hand, one a `ward set` did not finish placing, or one removed, would change the numbers every safety rule
/// uses while the journal says otherwise: quietly wrong. `validate` says so for each setting (a warning: the
/// board is intact, and `ward set` again puts it right; a repair of the journal cannot).
public enum WardSettingsAudit {
    /// What is wrong with one setting, in words.
    public struct Finding: Sendable, Equatable {
        public var name: WardSettingName
        public var words: ShownText
    }

    /// The newest `ward.set` entry's hash for each setting the journal records (`nil`: cleared).
    public static func recorded(in entries: [JournalEntry]) -> [WardSettingName: String?] {
        var recorded: [WardSettingName: String?] = [:]
        for entry in entries {
            if case let .recordWardSetting(set) = entry.command { recorded[set.name] = .some(set.sha256) }
        }
        return recorded
    }

    /// The settings whose file disagrees with the journal: `files` holds the bytes of each file that is there.
    public static func findings(recorded: [WardSettingName: String?], files: [WardSettingName: Data]) -> [Finding] {
        WardSettingName.allCases.compactMap { name in
            let held = files[name].map { Seal.sha256Hex($0) }
            let journal = recorded[name] ?? nil
            guard held != journal else { return nil }
            let command: ShownText = .plain("consult-board ward set \(name.rawValue) FILE")
            let words: ShownText
            switch (held, journal) {
            case let (held?, journal?):
                words = .tr("validate.ward.differs", ["held": .plain(String(held.prefix(12))), "recorded": .plain(String(journal.prefix(12))), "command": command])
            case let (held?, nil):
                words = .tr("validate.ward.unrecorded", ["held": .plain(String(held.prefix(12))), "command": command])
            case let (nil, journal?):
                words = .tr("validate.ward.missing", ["recorded": .plain(String(journal.prefix(12))), "command": command])
            case (nil, nil):
                return nil
            }
            return Finding(name: name, words: words)
        }
    }
}
