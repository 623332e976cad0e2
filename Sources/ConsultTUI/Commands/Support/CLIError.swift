import ConsultBoard

/// A mistake the command line itself refuses (as opposed to a refused change, which is a `StoreError`), in the
/// words of the user's language: every case reads its line from the catalogue (`cli.error.*`), values filled in
/// as typed. `CLIErrorWordsTests` fails when a case has no Chinese line.
enum CLIError: Error, CustomStringConvertible, Equatable {
    case noBoard
    case noBoardForTUI
    case noAuthor
    case languageMissing
    case folderBoardOnly(command: String, location: String)
    case databaseOnly(location: String)
    case manyExamsInFile(file: String, count: Int)
    case noSigningKey(folder: String)
    case outOfRange(option: String, value: Int, low: Int, high: Int)
    case noValuesRecorded(test: String, mrn: String)
    case stillOnWard(mrn: String, bed: String)
    case cannotRead(file: String)
    case unreadableFile(file: String, reason: String)
    case cannotImport(file: String, reason: String)
    case bundleNamesNoWard
    case notUTF8Input(field: String)
    case badFeedName(name: String)
    case cannotEncodeJSON(reason: String)
    case oneStandardInput
    case unitNeeded(test: String)
    case unitNeededOneOf(test: String, units: String)
    case notUTF8HL7(file: String)
    case noHL7Message(file: String)
    case sharedBedNeedsBed
    case nothingToChange
    case medicationIncomplete(missing: String)
    case imagingIncomplete(missing: String)
    case notYesOrNo(field: String, value: String)
    case transferToSameBoard
    case alreadyOnOtherBoard(mrn: String, path: String)
    case otherBoardRefused(path: String, reason: String, mrn: String)
    case noPatientToExport(mrn: String)
    case noReadings
    case badReading(text: String)
    case examFileProblem(file: String, reason: String)
    case repairNeedsFolder
    /// A line another part of the program already worded (a library error's text), shown as it is.
    case passedOn(String)

    /// What went wrong, for the table test and logs: the case without its values.
    enum Kind: CaseIterable {
        case noBoard, noBoardForTUI, noAuthor, languageMissing, folderBoardOnly, databaseOnly, manyExamsInFile
        case noSigningKey, outOfRange, noValuesRecorded, stillOnWard, cannotRead, unreadableFile, cannotImport, bundleNamesNoWard
        case notUTF8Input, badFeedName, cannotEncodeJSON, oneStandardInput, unitNeeded, unitNeededOneOf, notUTF8HL7
        case noHL7Message, sharedBedNeedsBed, nothingToChange, medicationIncomplete, imagingIncomplete, notYesOrNo
        case transferToSameBoard, alreadyOnOtherBoard, otherBoardRefused, noPatientToExport, noReadings, badReading
        case examFileProblem, repairNeedsFolder, passedOn
    }

    var kind: Kind {
        switch self {
        case .noBoard: .noBoard
        case .noBoardForTUI: .noBoardForTUI
        case .noAuthor: .noAuthor
        case .languageMissing: .languageMissing
        case .folderBoardOnly: .folderBoardOnly
        case .databaseOnly: .databaseOnly
        case .manyExamsInFile: .manyExamsInFile
        case .noSigningKey: .noSigningKey
        case .outOfRange: .outOfRange
        case .noValuesRecorded: .noValuesRecorded
        case .stillOnWard: .stillOnWard
        case .cannotRead: .cannotRead
        case .unreadableFile: .unreadableFile
        case .cannotImport: .cannotImport
        case .bundleNamesNoWard: .bundleNamesNoWard
        case .notUTF8Input: .notUTF8Input
        case .badFeedName: .badFeedName
        case .cannotEncodeJSON: .cannotEncodeJSON
        case .oneStandardInput: .oneStandardInput
        case .unitNeeded: .unitNeeded
        case .unitNeededOneOf: .unitNeededOneOf
        case .notUTF8HL7: .notUTF8HL7
        case .noHL7Message: .noHL7Message
        case .sharedBedNeedsBed: .sharedBedNeedsBed
        case .nothingToChange: .nothingToChange
        case .medicationIncomplete: .medicationIncomplete
        case .imagingIncomplete: .imagingIncomplete
        case .notYesOrNo: .notYesOrNo
        case .transferToSameBoard: .transferToSameBoard
        case .alreadyOnOtherBoard: .alreadyOnOtherBoard
        case .otherBoardRefused: .otherBoardRefused
        case .noPatientToExport: .noPatientToExport
        case .noReadings: .noReadings
        case .badReading: .badReading
        case .examFileProblem: .examFileProblem
        case .repairNeedsFolder: .repairNeedsFolder
        case .passedOn: .passedOn
        }
    }

    /// The line in the language of the moment.
    var description: String {
        switch self {
        case .noBoard: tr("cli.noBoard")
        case .noBoardForTUI: tr("cli.noBoardTUI")
        case .noAuthor: tr("cli.noAuthor")
        case .languageMissing: tr("cli.langMissing")
        case let .folderBoardOnly(command, location):
            tr("cli.error.folderBoardOnly", ["command": command, "location": location])
        case let .databaseOnly(location): tr("cli.error.databaseOnly", ["location": location])
        case let .manyExamsInFile(file, count): tr("cli.error.manyExamsInFile", count: count, ["file": file])
        case let .noSigningKey(folder): tr("cli.error.noSigningKey", ["folder": folder])
        case let .outOfRange(option, value, low, high):
            tr("cli.error.outOfRange", ["option": option, "value": String(value), "low": String(low), "high": String(high)])
        case let .noValuesRecorded(test, mrn): tr("cli.error.noValuesRecorded", ["test": Sanitizer.line(test), "mrn": mrn])
        case let .stillOnWard(mrn, bed): tr("cli.error.stillOnWard", ["mrn": mrn, "bed": Sanitizer.line(bed)])
        case let .cannotRead(file): tr("cli.error.cannotRead", ["file": file])
        case let .unreadableFile(file, reason): tr("cli.error.unreadableFile", ["file": file, "reason": reason])
        case let .cannotImport(file, reason): tr("cli.error.cannotImport", ["file": file, "reason": reason])
        case .bundleNamesNoWard: tr("cli.error.bundleNamesNoWard")
        case let .notUTF8Input(field): tr("cli.error.notUTF8Input", ["field": field])
        case let .badFeedName(name): tr("cli.error.badFeedName", ["name": Sanitizer.line(name)])
        case let .cannotEncodeJSON(reason): tr("cli.error.cannotEncodeJSON", ["reason": reason])
        case .oneStandardInput: tr("cli.error.oneStandardInput")
        case let .unitNeeded(test): tr("cli.error.unitNeeded", ["test": test])
        case let .unitNeededOneOf(test, units): tr("cli.error.unitNeededOneOf", ["test": test, "units": units])
        case let .notUTF8HL7(file): file == "-" ? tr("cli.error.notUTF8HL7Stdin") : tr("cli.error.notUTF8HL7", ["file": file])
        case let .noHL7Message(file): file == "-" ? tr("cli.error.noHL7MessageStdin") : tr("cli.error.noHL7Message", ["file": file])
        case .sharedBedNeedsBed: tr("cli.error.sharedBedNeedsBed")
        case .nothingToChange: tr("cli.error.nothingToChange")
        case let .medicationIncomplete(missing): tr("cli.error.medicationIncomplete", ["missing": missing])
        case let .imagingIncomplete(missing): tr("cli.error.imagingIncomplete", ["missing": missing])
        case let .notYesOrNo(field, value): tr("cli.error.notYesOrNo", ["field": field, "value": value])
        case .transferToSameBoard: tr("cli.error.transferToSameBoard")
        case let .alreadyOnOtherBoard(mrn, path): tr("cli.error.alreadyOnOtherBoard", ["mrn": mrn, "path": path])
        case let .otherBoardRefused(path, reason, mrn):
            tr("cli.error.otherBoardRefused", ["path": path, "reason": reason, "mrn": mrn])
        case let .noPatientToExport(mrn): tr("cli.error.noPatientToExport", ["mrn": mrn])
        case .noReadings: tr("cli.error.noReadings")
        case let .badReading(text): tr("cli.error.badReading", ["text": text])
        case let .examFileProblem(file, reason): tr("cli.error.examFileProblem", ["file": file, "reason": reason])
        case .repairNeedsFolder: tr("cli.error.repairNeedsFolder")
        case let .passedOn(line): line
        }
    }
}
