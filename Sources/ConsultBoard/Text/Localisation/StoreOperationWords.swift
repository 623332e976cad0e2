import Foundation

/// What the store was doing when the system refused ("append to", "create the folder"), in the reader's words.
///
/// `StoreError.io` keeps the operation as its English verb phrase (the English message, logs and scripts read it
/// word for word); the phrases are the store's own fixed set, so each has its words here. A test reads every
/// phrase the store's code can throw and fails when one has none, so a new one cannot reach a Chinese ward in
/// English unnoticed.
public enum StoreOperationWords {
    /// The phrase in the language of the moment; a phrase without words (there should be none) is shown as it is.
    public static func shown(_ operation: String) -> String {
        words(operation)?.shown ?? operation
    }

    /// The words for `operation`, or `nil` when it is not one of the store's phrases.
    public static func words(_ operation: String) -> ShownText? {
        let text: ShownText
        switch operation {
        case "read": text = .tr("store.op.read")
        case "create": text = .tr("store.op.create")
        case "write": text = .tr("store.op.write")
        case "open": text = .tr("store.op.open")
        case "replace": text = .tr("store.op.replace")
        case "remove": text = .tr("store.op.remove")
        case "lock": text = .tr("store.op.lock")
        case "fsync": text = .tr("store.op.fsync")
        case "cut": text = .tr("store.op.cut")
        case "run": text = .tr("store.op.run")
        case "use": text = .tr("store.op.use")
        case "place": text = .tr("store.op.place")
        case "encode": text = .tr("store.op.encode")
        case "set the permissions of": text = .tr("store.op.setPermissions")
        case "open the folder": text = .tr("store.op.openFolder")
        case "fsync the folder": text = .tr("store.op.fsyncFolder")
        case "create the folder": text = .tr("store.op.createFolder")
        case "create a board in": text = .tr("store.op.createBoardIn")
        case "lock the board folder": text = .tr("store.op.lockFolder")
        case "append to": text = .tr("store.op.appendTo")
        case "put the ward setting in place at": text = .tr("store.op.placeWardSetting")
        case "read the ward settings file": text = .tr("store.op.readWardSettings")
        case "use the ward settings file": text = .tr("store.op.useWardSettings")
        case "store the ward setting": text = .tr("store.op.storeWardSetting")
        case "copy the ward setting": text = .tr("store.op.copyWardSetting")
        case "read the ward's terminology": text = .tr("store.op.readWardTerminology")
        case "create a signing key in": text = .tr("store.op.createSigningKey")
        case "read your signing key": text = .tr("store.op.readSigningKey")
        case "use the signing key": text = .tr("store.op.useSigningKey")
        case "sign with": text = .tr("store.op.signWith")
        case "log the journal's hash with": text = .tr("store.op.logHash")
        case "encode the board for": text = .tr("store.op.encodeBoardFor")
        case "encode a note draft": text = .tr("store.op.encodeDraft")
        case "go on with the note draft": text = .tr("store.op.continueDraft")
        case "write the note draft": text = .tr("store.op.writeDraft")
        case "replace the note draft": text = .tr("store.op.replaceDraft")
        case "lock the note draft": text = .tr("store.op.lockDraft")
        case "open the board": text = .tr("store.op.openBoard")
        case "read the board": text = .tr("store.op.readBoard")
        case "refresh the board": text = .tr("store.op.refreshBoard")
        case "create the board": text = .tr("store.op.createBoard")
        case "write to the board": text = .tr("store.op.writeBoard")
        case "lock the board": text = .tr("store.op.lockBoard")
        case "set up the board": text = .tr("store.op.setUpBoard")
        case "copy into the board": text = .tr("store.op.copyIntoBoard")
        case "save a checkpoint of the board": text = .tr("store.op.checkpointBoard")
        case "reach the board's database (reconnecting; the screen shows the board as it was) at":
            text = .tr("store.op.reconnecting")
        default:
            // "encode entry 12 for": the one phrase with a number in it.
            guard operation.hasPrefix("encode entry "), operation.hasSuffix(" for"),
                let number = Int(operation.dropFirst("encode entry ".count).dropLast(" for".count))
            else { return nil }
            text = .tr("store.op.encodeEntry", ["sequence": "\(number)"])
        }
        return .englishOr(operation, text)
    }
}
