import Foundation
import Testing
@testable import ConsultBoard

/// `LabRowsFastDecode` (the checkpoint's lab rows by hand) against `JSONDecoder`, the reference: on the lab row
/// files of the demo and a generated board, and on files changed on purpose. Whenever the fast decoder gives
/// values, `JSONDecoder` gives the same ones (byte for byte once encoded); it may decline a file, never accept
/// one `JSONDecoder` refuses.
@Suite struct LabRowsFastDecodeAgreementTests {
    @discardableResult
    static func agree(_ file: Data, _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        fastDecodeAgrees(
            fast: LabRowsFastDecode.labs(file),
            reference: try? BoardJSON.decoder().decode(CheckpointRowsFile<LabRow>.self, from: file).rows.map(\.value),
            input: file, comment(), sourceLocation: sourceLocation)
    }

    static let now = Date(timeIntervalSince1970: 1_795_595_400)

    static func sample() throws -> Data {
        let labs = [
            LabValue(id: "L-1", test: "creatinine", value: 91, unit: "umol/L", at: now, enteredBy: "dr.li"),
            LabValue(id: "L-2", test: "urine-output", value: 412.5, unit: "mL", at: now, enteredBy: "王医生", periodHours: 6),
            LabValue(id: "L-3", test: "crp \"x\" \\ y", value: -0.125, unit: "mg/L", at: now, enteredBy: "feed", source: "hl7:LAB|M#1"),
        ]
        return try BoardJSON.encoder().encode(CheckpointRowsFile(rows: labs.map(LabRow.init)))
    }

    @Test func theLabRowFilesOfTheDemoAndAGeneratedBoard() throws {
        let files = try checkpointRowFiles(".labs.", notes: 5, labs: 60, now: Self.now)
        for (name, data) in files {
            #expect(Self.agree(data, name), "\(name) takes the fast path")
        }
        #expect(files.count >= 3)
        #expect(Self.agree(try Self.sample()))
    }

    @Test func changedFiles() throws {
        let file = try Self.sample()
        let text = String(decoding: file, as: UTF8.self)
        var variants: [String] = [
            text.replacingOccurrences(of: #""periodHours","source"]"#, with: #""periodHours"]"#),
            text.replacingOccurrences(of: #","periodHours","source""#, with: ""),
            text.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":2"#),
            text.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":0"#),
            text.replacingOccurrences(of: #""format":"consult-board-rows""#, with: #""format":"consult-board-patient""#),
            text.replacingOccurrences(of: #""format":"consult-board-rows","#, with: ""),
            text.replacingOccurrences(of: #","null]"#, with: "]"),
            text.replacingOccurrences(of: #",null,null]"#, with: "]"),
            text.replacingOccurrences(of: #",null,null]"#, with: ",null,null,1]"),
            text.replacingOccurrences(of: #""dr.li""#, with: "null"),
            text.replacingOccurrences(of: "91", with: "\"91\""),
            text.replacingOccurrences(of: "{\"columns\"", with: "{\"extra\":1,\"columns\""),
            text.replacingOccurrences(of: "\"table\"", with: "\"extra\":[],\"table\""),
            text.replacingOccurrences(of: ",", with: " ,\n"),
            text.replacingOccurrences(of: "dr.li", with: #"dr.\u006ci\ud83d\ude42"#),
            text.replacingOccurrences(of: "2026-11-25T08:30:00Z", with: "2026-11-25T16:30:00+08:00"),
            text.replacingOccurrences(of: "2026-11-25T08:30:00Z", with: "2026-02-30T08:30:00Z"),
            text + " x", "[" + text + "]",
        ]
        for number in ["0", "-0", "1e309", "5e-324", "1e-400", "01", "1.", "-", "9223372036854775808", "NaN"] {
            variants.append(text.replacingOccurrences(of: "412.5", with: number))
            variants.append(text.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":\#(number)"#))
        }
        for variant in variants { Self.agree(Data(variant.utf8), variant) }
        #expect(Self.agree(Data(text.replacingOccurrences(of: ",", with: " ,\n").utf8)), "spaces are still the same file")
        everyPrefixAndFlippedByte(of: file) { Self.agree($0) }
    }
}
