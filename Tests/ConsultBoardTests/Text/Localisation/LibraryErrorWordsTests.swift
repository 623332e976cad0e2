import Foundation
import Testing
@testable import ConsultBoard

/// The library's refusals that reach a person besides `BoardError`/`StoreError` (`HandoffError`, `ISNCSCIError`,
/// `ISNCSCIFileError`): `shown` is Chinese in Chinese, and in English it is the `description` word for word (other
/// programs and tests read the description).
@Suite struct LibraryErrorWordsTests {
    /// One of every case (two where the sentence has two shapes), with values a test can find again.
    static let handoffErrors: [HandoffError] = [
        .unknownPatients(["SCI-0999"]), .unknownPatients(["SCI-0998", "SCI-0999"]), .departedPatients(["SCI-0003"]),
        .invalidWidth(5, allowed: 40...200), .templateFolderNotFound(variable: "CONSULT_BOARD_TEMPLATES", path: "/nowhere"),
        .noBuiltInTemplate(.markdown), .templateMissing(path: "/t", format: .html),
        .templateUnreadable(path: "/t/handoff.txt.mustache", reason: "permission denied"),
        .templateSyntax(template: "/t/x.mustache", line: 4, column: 1, excerpt: "{{/patient}}", reason: "'patients' opened on line 2 is not closed"),
        .templateSyntax(template: "/t/x.mustache", line: 4, column: 1, excerpt: "  ", reason: "unexpected end"),
        .unsafeTemplate(template: "/t/x.html.mustache", line: 3, construct: "{{{name}}}"), .noPrinter,
        .printFailed(command: "lp", status: 1, message: "no default destination"), .printFailed(command: "lpr", status: 2, message: ""),
        .notPrintable(.html), .outputFailed(path: "/ro/handoff.txt", reason: "read-only file system"),
        .renderBudget(template: "/t/x.mustache", sections: "patients > notes", parts: 90_000, budget: 50_000),
        .renderBudget(template: "/t/x.mustache", sections: "patients > notes", parts: Int.max, budget: 50_000),
    ]

    static let isncsciErrors: [ISNCSCIError] = [
        .unknownKey("l3LeftMotr", suggestion: "l3LeftMotor"), .unknownKey("zzz", suggestion: nil),
        .illegalValue(key: "c5RightMotor", value: "7", allowed: ["0", "1", "2", "3", "4", "5", "NT"]),
        .missingValues(["vac", "dap"]), .missingValues((1...9).map { "c\($0)" }),
    ]

    static let isncsciFileErrors: [ISNCSCIFileError] = [
        .notExams("the data is not JSON"), .exam(label: "exam 2", .unknownKey("l3LeftMotr", suggestion: "l3LeftMotor")),
    ]

    /// The case of each example, so that a new case without an example fails `everyCaseHasAnExample`.
    static func name(_ error: HandoffError) -> String {
        switch error {
        case .unknownPatients: "unknownPatients"
        case .departedPatients: "departedPatients"
        case .invalidWidth: "invalidWidth"
        case .templateFolderNotFound: "templateFolderNotFound"
        case .noBuiltInTemplate: "noBuiltInTemplate"
        case .templateMissing: "templateMissing"
        case .templateUnreadable: "templateUnreadable"
        case .templateSyntax: "templateSyntax"
        case .unsafeTemplate: "unsafeTemplate"
        case .noPrinter: "noPrinter"
        case .printFailed: "printFailed"
        case .notPrintable: "notPrintable"
        case .outputFailed: "outputFailed"
        case .renderBudget: "renderBudget"
        }
    }

    static func name(_ error: ISNCSCIError) -> String {
        switch error {
        case .unknownKey: "unknownKey"
        case .illegalValue: "illegalValue"
        case .missingValues: "missingValues"
        }
    }

    static func name(_ error: ISNCSCIFileError) -> String {
        switch error {
        case .notExams: "notExams"
        case .exam: "exam"
        }
    }

    @Test func everyCaseHasAnExample() {
        // The counts are the cases of each `name` switch above (which has no default, so a new case must be named).
        #expect(Set(Self.handoffErrors.map(Self.name)).count == 14)
        #expect(Set(Self.isncsciErrors.map(Self.name)).count == 3)
        #expect(Set(Self.isncsciFileErrors.map(Self.name)).count == 2)
    }

    @Test func englishIsTheDescriptionWordForWord() {
        Localisation.with(.english) {
            for error in Self.handoffErrors { #expect(error.shown == error.description) }
            for error in Self.isncsciErrors { #expect(error.shown == error.description) }
            for error in Self.isncsciFileErrors { #expect(error.shown == error.description) }
        }
    }

    @Test func everyCaseHasChineseWords() {
        Localisation.with(.simplifiedChinese) {
            let shown = Self.handoffErrors.map { ($0.description, $0.shown) } + Self.isncsciErrors.map { ($0.description, $0.shown) }
                + Self.isncsciFileErrors.map { ($0.description, $0.shown) }
            for (description, text) in shown {
                #expect(ErrorWordsTests.isChinese(text), "no Chinese for: \(description)")
                // Every placeholder filled (the Mustache tags the examples quote, and the one the sentence recommends, are not).
                let tags = ["{{/patient}}", "{{{name}}}", "{{name}}"]
                #expect(!tags.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }.contains("{"), "a placeholder left: \(text)")
                #expect(text != description)
            }
            // The values are shown as they are, in the Chinese sentence.
            #expect(HandoffError.invalidWidth(5, allowed: 40...200).shown == "宽度 5 不可用；--width 请给 40 至 200 列")
            #expect(HandoffError.unsafeTemplate(template: "x", line: 3, construct: "{{{name}}}").shown.contains("{{name}}"))
            #expect(ISNCSCIError.illegalValue(key: "c5RightMotor", value: "7", allowed: ["0", "5"]).shown == "ISNCSCI c5RightMotor 不能填“7”；可填：0, 5")
            // The description other programs read does not change with the language.
            #expect(HandoffError.noPrinter.description.hasPrefix("no printer: neither lp nor lpr"))
        }
    }
}
