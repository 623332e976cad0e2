import Foundation
import Testing
@testable import ConsultBoard

/// HL7 v2 result messages: parsing, mapping to the board's tests, refusals that name the segment and field.
@Suite struct HL7Tests {
    static func oru(control: String = "MSG00042", mrn: String = "SCI-0101", obx: [String]) -> String {
        (["MSH|^~\\&|LIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ORU^R01^ORU_R01|\(control)|P|2.5.1",
          "PID|1||\(mrn)^^^HOSP^MR||王^秀英||19640101|F",
          "OBR|1||LAB123|CHEM^Chemistry|||202611250600+0800"] + obx).joined(separator: "\r")
    }

    @Test func fieldsAreNumberedAsTheStandardNumbersThem() throws {
        let message = try HL7Message(Self.oru(obx: ["OBX|1|NM|14682-9^Creatinine^LN||186|umol/L|45-84|H|||F"]))
        #expect(message.type == "ORU^R01")
        #expect(message.controlID == "MSG00042")
        #expect(message.header(1) == "|")
        #expect(message.header(2) == "^~\\&")
        #expect(message.header(3) == "LIS")
        let pid = try #require(message.segments("PID").first)
        #expect(message.value(pid, 3) == "SCI-0101")
        #expect(message.value(pid, 5, component: 2) == "秀英")
    }

    @Test func escapeSequencesAreUndone() throws {
        let message = try HL7Message("MSH|^~\\&|A|B|C|D|20261125||ORU^R01|1|P|2.5.1\rNTE|1||a \\F\\ b \\S\\ c \\E\\ d \\T\\ e \\R\\ f \\H\\bold")
        let nte = try #require(message.segments("NTE").first)
        #expect(message.value(nte, 3) == "a | b ^ c \\ d & e ~ f \\H\\bold")
    }

    @Test func notAMessageIsRefusedWithTheReason() {
        #expect(throws: HL7Error.self) { try HL7Message("PID|1||SCI-0101") }
        #expect(throws: HL7Error.self) { try HL7Message("MSH|^~") }
        #expect(throws: HL7Error.self) { try HL7Message("MSH|^~\\&|A\rthis is not a segment") }
    }

    @Test func resultsMapByLOINCAndByTheWardsOwnCodes() throws {
        let mapping = HL7LabMapping(codes: [.init(code: "K", system: "99LAB", test: "potassium"), .init(code: "CRP", system: nil, test: "crp")],
                                    units: ["mmol/l": "mmol/L"])
        let importer = HL7ResultImport(mapping: mapping, timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
        let message = try HL7Message(Self.oru(obx: [
            "OBX|1|NM|14682-9^Creatinine^LN||186|umol/L|45-84|H|||F|||202611250600+0800",
            "OBX|2|NM|K^Potassium^99LAB||5.4|mmol/l|3.5-5.3|H|||F",
            "OBX|3|NM|CRP^C-reactive protein^L||96|mg/L||H|||C|||202611250700",
            "OBX|4|NM|6690-2^WBC^LN||12.1|10*9/L||H|||F",
        ]))
        let commands = try importer.commands(for: message)
        let labs = commands.compactMap { command -> AddLab? in if case let .addLab(lab) = command { lab } else { nil } }
        #expect(labs.map(\.test) == ["creatinine", "potassium", "crp", "wbc"])
        #expect(labs.map(\.unit) == ["umol/L", "mmol/L", "mg/L", "10^9/L"])
        #expect(labs.map(\.value) == [186, 5.4, 96, 12.1])
        #expect(labs.allSatisfy { $0.mrn == "SCI-0101" })
        // OBX-14 with its offset; OBR-7 when OBX-14 is empty; a time without offset in the sender's zone.
        #expect(BoardDate.format(labs[0].at) == "2026-11-24T22:00:00Z")
        #expect(BoardDate.format(labs[1].at) == "2026-11-24T22:00:00Z")
        #expect(BoardDate.format(labs[2].at) == "2026-11-24T23:00:00Z")
        #expect(labs[0].source == "hl7:LIS|HOSP|MSG00042#1")
        #expect(Set(labs.map(\.source)).count == 4)
    }

    @Test(arguments: [
        ("OBX|1|NM|9999-9^Unknown^LN||1|mg/L|||||F", "OBX(1)-3"),
        ("OBX|1|ST|14682-9^Creatinine^LN||high|umol/L|||||F", "OBX(1)-2"),
        ("OBX|1|NM|14682-9^Creatinine^LN||1.8e2|umol/L|||||F", "OBX(1)-5"),
        ("OBX|1|NM|14682-9^Creatinine^LN||<50|umol/L|||||F", "OBX(1)-5"),
        ("OBX|1|NM|14682-9^Creatinine^LN||186||||||F", "OBX(1)-6"),
        ("OBX|1|NM|14682-9^Creatinine^LN||186|umol/L|||||P", "OBX(1)-11"),
        ("OBX|1|NM|14682-9^Creatinine^LN||186|umol/L|||||F|||2026112", "OBX(1)-14"),
    ])
    func aResultThatCannotBeTakenNamesItsSegmentAndField(obx: String, place: String) throws {
        let message = try HL7Message(Self.oru(obx: [obx]).replacingOccurrences(of: "|||202611250600+0800", with: "|||"))
        let error = #expect(throws: HL7Error.self) { try HL7ResultImport().commands(for: message) }
        #expect(error?.description.hasPrefix(place) == true, "\(String(describing: error))")
        #expect(error?.acknowledgementCode == "AE")
    }

    @Test func otherMessageTypesAreRejected() throws {
        let adt = try HL7Message("MSH|^~\\&|ADT|HOSP|CB|W|20261125||ADT^A01|7|P|2.5.1\rPID|1||SCI-0101")
        #expect(throws: HL7Error.unsupported(type: "ADT^A01")) { try HL7ResultImport().commands(for: adt) }
        #expect(HL7Error.unsupported(type: "ADT^A01").acknowledgementCode == "AR")
    }

    @Test func theAcknowledgementAnswersTheMessage() throws {
        let message = try HL7Message(Self.oru(obx: []))
        let ack = HL7Acknowledgement.make(for: message, code: "AE", text: "OBX(1)-3: code | not ^ mapped", ward: "Spine 3", now: Date(timeIntervalSince1970: 0))
        let parsed = try HL7Message(ack)
        #expect(parsed.type == "ACK^R01")
        #expect(parsed.header(5) == "LIS")
        let msa = try #require(parsed.segments("MSA").first)
        #expect(parsed.value(msa, 1) == "AE")
        #expect(parsed.value(msa, 2) == "MSG00042")
        #expect(parsed.value(msa, 3) == "OBX(1)-3: code   not   mapped", "our words never split the ACK's fields")
        #expect(!parsed.segments("ERR").isEmpty)
    }

    @Test func aFileOfMessagesSplitsAtEachHeader() {
        let file = Self.oru(control: "1", obx: ["OBX|1|NM|2823-3^K^LN||4.1|mmol/L|||||F"]) + "\n\n"
            + "\u{0B}" + Self.oru(control: "2", obx: ["OBX|1|NM|2823-3^K^LN||4.2|mmol/L|||||F"]) + "\u{1C}\r"
        let messages = HL7Message.split(file)
        #expect(messages.count == 2)
        #expect(messages.compactMap { try? HL7Message($0).controlID } == ["1", "2"])
    }
}
