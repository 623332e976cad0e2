import Foundation
import Testing
@testable import ConsultBoard

/// `ManifestFastDecode` (the checkpoint's manifest by hand) against `JSONDecoder`, the reference: on the manifests
/// of the demo and a generated board, and on manifests changed on purpose. Whenever the fast decoder gives a
/// manifest, `JSONDecoder` gives the same one (byte for byte once encoded); it may decline one, never accept one
/// `JSONDecoder` refuses.
@Suite struct ManifestFastDecodeAgreementTests {
    @discardableResult
    static func agree(_ file: Data, _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        fastDecodeAgrees(
            fast: ManifestFastDecode.manifest(file),
            reference: try? BoardJSON.decoder().decode(CheckpointManifest.self, from: file),
            input: file, comment(), sourceLocation: sourceLocation)
    }

    static let now = Date(timeIntervalSince1970: 1_795_595_400)

    /// The manifest of a small generated board (3 patients), as written.
    static func generated() throws -> Data {
        let folder = try StoreFolder()
        try BoardGenerator(patients: 3, notes: 5, labs: 60, seed: 7, now: now).generate(at: folder.path("generated"))
        return try Data(contentsOf: URL(fileURLWithPath: folder.path("generated") + "/checkpoint/manifest.json"))
    }

    @Test func theManifestsOfTheDemoAndAGeneratedBoard() throws {
        let folder = try StoreFolder()
        try DemoBoard.create(at: folder.path("demo"), now: Self.now, timeZone: TimeZone(identifier: "UTC") ?? .gmt)
        Self.agree(try Data(contentsOf: URL(fileURLWithPath: folder.path("demo") + "/checkpoint/manifest.json")), "demo")
        #expect(Self.agree(try Self.generated()), "the generated board's manifest takes the fast path")
    }

    @Test func changedManifests() throws {
        let file = try Self.generated()
        let text = String(decoding: file, as: UTF8.self)
        var variants: [String] = [
            text.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":2"#),
            text.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":0"#),
            text.replacingOccurrences(of: #""format":"consult-board-checkpoint""#, with: #""format":"consult-board-rows""#),
            text.replacingOccurrences(of: #""format":"consult-board-checkpoint","#, with: ""),
            text.replacingOccurrences(of: #""ids":["#, with: #""roster":null,"ids":["#),
            text.replacingOccurrences(of: #""ids":["#, with: #""roster":{"members":[]},"ids":["#),
            text.replacingOccurrences(of: #""ids":["#, with: #""extra":1,"ids":["#),
            text.replacingOccurrences(of: #""admittedAt""#, with: #""injuredAt":"2026-10-01T00:00:00Z","admittedAt""#),
            text.replacingOccurrences(of: #""admittedAt""#, with: #""injuredAt":null,"admittedAt""#),
            text.replacingOccurrences(of: #""admittedAt""#, with: #""injuredAt":3,"admittedAt""#),
            text.replacingOccurrences(of: #""mrn""#, with: #""movements":null,"mrn""#),
            text.replacingOccurrences(of: #""mrn""#, with: #""movements":[],"mrn""#),
            text.replacingOccurrences(of: #""mrn""#, with: #""mrn":"X","mrn""#),
            text.replacingOccurrences(of: #""sex":"F""#, with: #""sex":"f""#),
            text.replacingOccurrences(of: #""sex":"M""#, with: #""sex":"X""#),
            text.replacingOccurrences(of: #""severity":"stable""#, with: #""severity":"Stable""#),
            text.replacingOccurrences(of: #""severity":"stable""#, with: #""severity":null"#),
            text.replacingOccurrences(of: #""summary":"[^"]*""#, with: #""summary":null"#, options: .regularExpression),
            text.replacingOccurrences(of: #""problems":["#, with: #""problems":[1,"#),
            text.replacingOccurrences(of: #""problems":\[[^\]]*\]"#, with: #""problems":null"#, options: .regularExpression),
            text.replacingOccurrences(of: #""rows":[0-9]+"#, with: #""rows":null"#, options: .regularExpression),
            text.replacingOccurrences(of: #""rows":"#, with: #""replaces":true,"rows":"#),
            text.replacingOccurrences(of: #""rows":"#, with: #""replaces":1,"rows":"#),
            text.replacingOccurrences(of: #""first":"#, with: #""first":-"#),
            text.replacingOccurrences(of: #""lastHash":"[^"]*""#, with: #""lastHash":null"#, options: .regularExpression),
            text.replacingOccurrences(of: #""revision":([0-9]+)"#, with: #""revision":"$1""#, options: .regularExpression),
            text.replacingOccurrences(of: "2026-", with: "2026-02-30T"),
            text.replacingOccurrences(of: "Z\"", with: "+08:00\""),
            text.replacingOccurrences(of: ",", with: " ,\n"),
            text.replacingOccurrences(of: "GEN-0001", with: #"GEN-\u00301\ud83d\ude42"#),
            text + " x", "[" + text + "]",
        ]
        for number in ["0", "-0", "1e309", "5e-324", "1e-400", "01", "1.", "-", "9223372036854775808", "NaN", "70.25", "1e2"] {
            variants.append(text.replacingOccurrences(of: #""weightKg":[0-9.]+"#, with: #""weightKg":\#(number)"#, options: .regularExpression))
            variants.append(text.replacingOccurrences(of: #""age":[0-9]+"#, with: #""age":\#(number)"#, options: .regularExpression))
        }
        for variant in variants { Self.agree(Data(variant.utf8), variant) }
        #expect(Self.agree(Data(text.replacingOccurrences(of: ",", with: " ,\n").utf8)), "spaces are still the same manifest")
        let injured = text.replacingOccurrences(of: #""admittedAt""#, with: #""injuredAt":"2026-10-01T00:00:00Z","admittedAt""#)
        #expect(Self.agree(Data(injured.utf8)), "a patient with an injury time takes the fast path")
        let noWeight = text.replacingOccurrences(of: #","weightKg":[0-9.]+"#, with: "", options: .regularExpression)
        #expect(noWeight != text && Self.agree(Data(noWeight.utf8)), "a patient without a weight takes the fast path")
        for end in stride(from: 0, to: file.count, by: 7) { Self.agree(file.prefix(end)) }
        for index in stride(from: 0, to: file.count, by: 3) {
            for flip: UInt8 in [0x01, 0x20, 0x80] {
                var changed = file
                changed[index] ^= flip
                Self.agree(changed)
            }
        }
    }
}
