import ArgumentParser
import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// Every refusal the command line words itself, in both languages: one example of every `CLIError` and
/// `CLIUsageMistake` case (a new case without an example fails `everyKindHasAnExample`), each read from the
/// catalogue in English and in Chinese, values kept as typed.
@Suite struct CLIErrorWordsTests {
    static let cliErrors: [CLIError] = [
        .noBoard, .noBoardForTUI, .noAuthor, .languageMissing,
        .folderBoardOnly(command: "validate --repair", location: "postgresql://ward@db/consult?board=w3"),
        .databaseOnly(location: "/srv/ward"), .manyExamsInFile(file: "exams.json", count: 3),
        .noSigningKey(folder: "/home/chen/.consult-board"), .outOfRange(option: "--width", value: 9, low: 40, high: 400),
        .noValuesRecorded(test: "creatinine", mrn: "SCI-0001"), .stillOnWard(mrn: "SCI-0001", bed: "3A"),
        .cannotRead(file: "feed.hl7"), .unreadableFile(file: "board.json", reason: "No such file"),
        .cannotImport(file: "board.json", reason: "not JSON"), .bundleNamesNoWard, .notUTF8Input(field: "text"),
        .badFeedName(name: "lab feed"), .cannotEncodeJSON(reason: "NaN"), .oneStandardInput,
        .unitNeeded(test: "crp"), .unitNeededOneOf(test: "creatinine", units: "mg/dL, umol/L"),
        .notUTF8HL7(file: "feed.hl7"), .notUTF8HL7(file: "-"), .noHL7Message(file: "feed.hl7"), .noHL7Message(file: "-"),
        .sharedBedNeedsBed, .nothingToChange, .medicationIncomplete(missing: "--route"), .imagingIncomplete(missing: "--region"),
        .notYesOrNo(field: "--attending", value: "maybe"), .transferToSameBoard,
        .alreadyOnOtherBoard(mrn: "SCI-0001", path: "/srv/rehab"),
        .otherBoardRefused(path: "/srv/rehab", reason: "locked", mrn: "SCI-0001"), .noPatientToExport(mrn: "SCI-0999"),
        .noReadings, .badReading(text: "08:30"), .examFileProblem(file: "exam.json", reason: "C5 motor is 7"),
        .repairNeedsFolder, .passedOn("a line worded elsewhere"),
    ]

    static let usageMistakes: [CLIUsageMistake] = [
        .noPatientsToTakeOver, .portOutOfRange(70_000), .maxMessageBytesOutOfRange(10), .generatePatients, .generateNotes,
        .generateLabs, .patientAndWardNeedFHIR, .bedOrBoardNeeded, .carryOverNeedsBoard, .templateOrTemplates,
        .exportPatientNeedsFHIR, .badBaseURL(given: "ftp://x", example: "https://consult-board.invalid/fhir"), .screenSize,
        .forceNeedsRepair, .handoffWidth(20, allowed: 60...200),
    ]

    static func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func everyKindHasAnExample() {
        #expect(Set(Self.cliErrors.map(\.kind)) == Set(CLIError.Kind.allCases))
        #expect(Set(Self.usageMistakes.map(\.kind)) == Set(CLIUsageMistake.Kind.allCases))
    }

    @Test(arguments: cliErrors)
    func everyCLIErrorHasEnglishAndChineseWords(error: CLIError) {
        let english = Localisation.with(.english) { error.description }
        let chinese = Localisation.with(.simplifiedChinese) { error.description }
        #expect(!english.contains("cli.") && !chinese.contains("cli."), "\(error) has no catalogue line")
        #expect(!english.contains("{") || english.contains("MSH|^~\\&|"), "\(error): a placeholder is left in \(english)")
        guard error.kind != .passedOn else {
            #expect(english == chinese)
            return
        }
        #expect(Self.hasChinese(chinese) && !Self.hasChinese(english), "\(error): \(english) / \(chinese)")
        // The values typed are shown as typed, in both languages.
        for value in Self.values(of: error) where value != "-" {
            #expect(english.contains(value) && chinese.contains(value), "\(error) leaves out \(value)")
        }
    }

    @Test(arguments: usageMistakes)
    func everyUsageMistakeHasEnglishAndChineseWords(mistake: CLIUsageMistake) {
        let english = Localisation.with(.english) { mistake.error.message }
        let chinese = Localisation.with(.simplifiedChinese) { mistake.error.message }
        #expect(!english.contains("cli.") && !chinese.contains("cli.") && !chinese.contains("{"))
        #expect(Self.hasChinese(chinese) && !Self.hasChinese(english), "\(mistake): \(english) / \(chinese)")
    }

    /// The string values inside a case (the file, the MRN, the option...), read by reflection.
    static func values(of error: CLIError) -> [String] {
        guard let payload = Mirror(reflecting: error).children.first?.value else { return [] }
        let children = Mirror(reflecting: payload).children
        let values = children.isEmpty ? [payload] : children.map(\.value)
        return values.compactMap { value in
            switch value {
            case let text as String: text
            case let number as Int: String(number)
            default: nil
            }
        }
    }

    /// The command line says the same refusals in Chinese when asked, with the prefix and exit status unchanged.
    @Test func theBinaryRefusesInTheUsersLanguage() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--board", path, "--ward", "W"], environment: ["CONSULT_BOARD_AUTHOR": "dr.chen"]).status == 0)
        let zh = ["CONSULT_BOARD_LANG": "zh-Hans", "CONSULT_BOARD_AUTHOR": "dr.chen"]
        let chart = try ConsultBoardProcess.run(["chart", "SCI-0001", "--test", "creatinine", "--width", "9", "--board", path], environment: zh)
        #expect(chart.status == 1 && chart.stderr == "consult-board: error: --width 9 超出范围；请用 40 至 400\n", "\(chart)")
        let force = try ConsultBoardProcess.run(["validate", "--force", "--board", path], environment: zh)
        #expect(force.status == 64 && force.stderr.hasPrefix("consult-board: error: --force 只能与 --repair 一起使用（见 'consult-board "), "\(force)")
        let english = try ConsultBoardProcess.run(["validate", "--force", "--board", path])
        #expect(english.status == 64 && english.stderr.hasPrefix("consult-board: error: --force only goes with --repair (see 'consult-board "), "\(english)")
        // ArgumentParser's own mistakes, worded again by kind, the option names as typed.
        let mistakes: [([String], String)] = [
            (["lab", "add", "SCI-0001", "--test", "crp"], "consult-board: error: 缺少必需的参数“--value <number>”（见 'consult-board lab add --help'）\n"),
            (["patients", "--frobnicate"], "consult-board: error: 未知选项“--frobnicate”（见 'consult-board patients --help'）\n"),
            (["note", "add", "SCI-0001", "--service"], "consult-board: error: “--service <service>”缺少值（见 'consult-board note add --help'）\n"),
            (["patients", "extra"], "consult-board: error: 多余的参数“extra”（见 'consult-board patients --help'）\n"),
            (["patients", "--sort", "zz"], "consult-board: error: 未知选项“--sort”。您是否想用“--board”？（见 'consult-board patients --help'）\n"),
        ]
        for (arguments, expected) in mistakes {
            let outcome = try ConsultBoardProcess.run(arguments + ["--board", path], environment: zh)
            #expect(outcome.status == 64 && outcome.stderr == expected, "\(arguments): \(outcome)")
        }
        // A change the board refuses because it does not fit is said in Chinese too, the name as typed.
        let nobody = try ConsultBoardProcess.run(["staff", "set", "Nobody", "--role", "nurse", "--board", path], environment: zh)
        #expect(nobody.status == 1 && nobody.stderr == "consult-board: error: 病房人员名单中没有“Nobody”（见 `consult-board staff list`）\n", "\(nobody)")
        // The options missing are listed as Chinese lists them.
        let drug = try ConsultBoardProcess.run(
            ["order", "add", "SCI-0001", "--service", "ward", "--kind", "medication", "--text", "x", "--drug", "依诺肝素钠", "--board", path], environment: zh)
        #expect(drug.status == 1 && drug.stderr == "consult-board: error: 药物医嘱需要 --drug、--dose、--route 和 --frequency；缺少：--dose、--route、--frequency\n", "\(drug)")
    }
}

extension CLIError: CustomTestStringConvertible {
    public var testDescription: String { "\(kind)" }
}

extension CLIUsageMistake: CustomTestStringConvertible {
    public var testDescription: String { "\(kind)" }
}
