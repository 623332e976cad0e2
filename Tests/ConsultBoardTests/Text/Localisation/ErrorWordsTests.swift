import Foundation
import Testing
@testable import ConsultBoard

/// Refusals read in the user's language (`shown`), while `description` (logs, HL7 acknowledgements, validation
/// findings) stays English.
@Suite struct ErrorWordsTests {
    static let at = Date(timeIntervalSince1970: 1_795_595_400)

    /// One of every case, with values a test can find again in the sentence.
    static let boardErrors: [BoardError] = [
        .invalidValue(field: "service", value: "cardio", valid: "neurology, imaging"),
        .empty(field: "question"), .outOfRange(field: "age", value: "250", expected: "0 to 130"),
        .notANumber(field: "value", value: "abc"), .decimalComma(field: "value", value: "37,8"),
        .invalidDate(field: "at", value: "yesterday"), .unknownPatient("SCI-0999"),
        .duplicatePatient("SCI-0001", name: "林美芳"), .invalidMRN("a b"),
        .unknownRecord("N-77", expected: .note),
        .illegalTransition(record: "C-3", from: "requested", to: "seen", allowed: ["accepted", "cancelled"]),
        .illegalTransition(record: "C-3", from: "signed-off", to: "seen", allowed: []),
        .reasonRequired(record: "O-4", status: "discontinued"), .alreadyRecorded(record: "A-9", what: .tr("error.board.already.done")),
        .unitMismatch(test: "creatinine", unit: "mg", valid: ["umol/L", "mg/dL"]), .boardAlreadyCreated,
        .futureTime(field: "at", value: at.addingTimeInterval(86_400), now: at),
        .staleRevision(record: "SCI-0001", saw: 3, current: 5, by: "dr.he", at: at),
        .staleRevision(record: "SCI-0001", saw: 3, current: 5, by: nil, at: nil),
        .bedOccupied(bed: "3-02", by: "SCI-0002", name: "王建国"),
        .unknownTestNear(test: "creatinin", suggestion: "creatinine"),
        .notPermitted(rule: .tr("error.board.permission.studentsRead"), who: "rn.zhang (nurse)"),
    ]

    static let storeErrors: [StoreError] = [
        .rejected(.unknownPatient("SCI-0999")), .noBoard(path: "/boards/x"), .alreadyExists(path: "/boards/x"),
        .damaged(file: "journal.jsonl", line: 12, reason: "not JSON"), .damaged(file: "board.json", line: nil, reason: "not JSON"),
        .newerSchema(file: "board.json", found: 9, supported: 3), .secondWriter(file: "journal.jsonl", reason: "entry 7"),
        .io(file: "journal.jsonl", operation: "write", reason: "disk full"),
    ]

    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func englishIsTheDescriptionWordForWord() {
        Localisation.with(.english) {
            for error in Self.boardErrors { #expect(error.shown == error.description) }
            for error in Self.storeErrors { #expect(error.shown == error.description) }
        }
    }

    @Test func chineseSaysTheSameWithTheSameValues() {
        Localisation.with(.simplifiedChinese) {
            for error in Self.boardErrors + Self.storeErrors.compactMap({ if case let .rejected(e) = $0 { e } else { nil } }) {
                #expect(Self.isChinese(error.shown), "\(error.description)")
                #expect(!error.shown.contains("{"), "every placeholder filled: \(error.shown)")
            }
            for error in Self.storeErrors {
                #expect(Self.isChinese(error.shown) && !error.shown.contains("{"), "\(error.description)")
            }
            #expect(BoardError.unknownPatient("SCI-0999").shown == "本看板没有病历号为“SCI-0999”的患者（见 `consult-board patients`）")
            #expect(BoardError.unknownRecord("N-77", expected: .note).shown == "本看板没有编号为“N-77”的病程记录")
            #expect(BoardError.bedOccupied(bed: "3-02", by: "SCI-0002", name: "王建国").shown.contains("SCI-0002（王建国）"))
            #expect(StoreError.damaged(file: "journal.jsonl", line: 12, reason: "not JSON").shown.contains("journal.jsonl 第12行已损坏"))
            // The description other programs read does not change with the language.
            #expect(BoardError.unknownPatient("SCI-0999").description.hasPrefix("no patient with MRN"))
        }
    }
}
