import Foundation

/// A folder board's ward settings: the files `ward/<name>.json` (docs/clinical.md), set through the one door.
extension BoardStore {
    public func wardSettingFiles() throws(WardSettingsError) -> [WardSettingFile] {
        try WardSettings.files(ofBoard: folder)
    }

    /// Checks `data` as the board will read it, then, under the board's lock, records the change in the journal
    /// (`ward.set`, which the roster lets only admins make) and puts the file in place: written beside it and
    /// fsynced before the entry is appended, renamed over `ward/<name>.json` after (so a full disk refuses the
    /// whole change, and a reader sees the old file or the new one, never part of one). `nil` removes the file.
    public func setWardSetting(_ name: WardSettingName, to data: Data?, author: String) throws(StoreError) {
        let wardFolder = WardSettings.folder(ofBoard: folder).path
        let path = wardFolder + "/" + name.fileName
        if let data {
            do throws(WardSettingsError) { try name.check(data, source: path) } catch { throw error.storeError }
        }
        let modes = FileModes.of(board: layout.folder)
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let beside = BesideJournal(
            prepare: { () throws(StoreError) in
                guard let data else { return }
                try FileIO.makeFolder(wardFolder, mode: modes.directory)
                try FileIO.writeNew(data, to: temporary, mode: modes.file)
            },
            publish: { () throws(StoreError) in
                // The entry is appended by now: a failure here must say so, or the person would think nothing happened.
                let failed: Int32? = data != nil
                    ? (rename(temporary, path) == 0 ? nil : errno)
                    : (unlink(path) == 0 || errno == ENOENT ? nil : errno)
                if let failed {
                    if data != nil { unlink(temporary) }
                    throw .io(
                        file: path, operation: data != nil ? "put the ward setting in place at" : "remove",
                        reason: .tr("store.reason.wardFileNotPlaced", ["detail": SystemErrorWords.reason(failed)]))
                }
                if FileIO.exists(wardFolder) { try FileIO.syncFolder(wardFolder) }
            },
            discard: { if data != nil { unlink(temporary) } })
        let command = BoardCommand.recordWardSetting(RecordWardSetting(name: name, sha256: data.map { Seal.sha256Hex($0) }))
        try apply([command], author: author, at: nil, around: beside)
    }
}

extension WardSettingsError {
    /// The same trouble as a store's refusal, naming the setting and the entry at fault.
    var storeError: StoreError {
        switch self {
        case let .unreadable(file, reason): .io(file: file, operation: "read the ward settings file", reason: .words(reason))
        case let .invalid(file, entry, problem): .io(file: file, operation: "use the ward settings file", reason: .words([.plain(entry), problem].joined(.tr("text.colon"))))
        }
    }
}
