import Foundation
import Testing
@testable import ConsultBoard

/// The built-in terminology: the embedded copy is the JSON file in the repository, it loads and validates, and a
/// ward's extension merges on top or is refused with a reason.
@Suite struct TerminologyDataTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theEmbeddedTerminologyIsTheRepositoryFile() throws {
        let file = try String(
            contentsOf: Self.repository.appendingPathComponent("terminology/consultboard-terminology.json"), encoding: .utf8)
        #expect(file == TerminologyData.json + "\n", "run scripts/generate-terminology after editing the JSON")
        // The version --version prints without decoding the file is the file's own.
        #expect(TerminologyData.version == Terminology.standard.version)
        #expect(ProductVersion.description.contains("terminology \(Terminology.standard.version)"))
    }

    @Test func theBuiltInTerminologyLoadsAndValidates() throws {
        #expect(Terminology.loadProblem == nil)
        let file = try Terminology.decode(Data(TerminologyData.json.utf8), name: "built-in")
        #expect(Terminology.problems(in: file).isEmpty)
        #expect(Terminology.standard.drugs.count > 100)
        #expect(Terminology.standard.version == file.version)
    }

    /// An entry listed twice in the file (an editor adding a drug that is already there under the same id) is a
    /// problem: a lookup by id would take one entry and drop the other's names and classes. A ward's extension that
    /// repeats an id is folded into one entry, as it merges onto the built-in one.
    @Test func anEntryListedTwiceIsRefused() throws {
        var file = try Terminology.decode(Data(TerminologyData.json.utf8), name: "built-in")
        let drug = try #require(file.drugs?.first { $0.id == "bivalirudin" })
        var again = drug
        again.names = ["比伐卢定注射液"]
        file.drugs?.append(again)
        let problems = Terminology.problems(in: file).map(\.english)
        #expect(problems.contains { $0.contains("'bivalirudin' is listed twice") }, "\(problems)")
        let json = #"{"format": 1, "version": "ward 5", "sources": {"w": "ward"}, "drugs": [{"id": "xyzzyparin", "classes": ["lmwh"], "names": ["xyzzyparin"], "source": "w"}, {"id": "xyzzyparin", "brands": ["赛兹"], "source": "w"}]}"#
        let ward = try Terminology.standard.merging(try Terminology.decode(Data(json.utf8), name: "ward.json"), name: "ward.json")
        #expect(ward.drugs(in: "赛兹 40mg").first?.isA(DrugClass.lmwh) == true)
    }

    @Test func aWardExtensionAddsALocalBrandWithoutARebuild() throws {
        let json = #"{"format": 1, "version": "ward 3 2026-12-01", "drugs": [{"id": "enoxaparin", "brands": ["依诺宁"], "source": "local label"}, {"id": "xyzzyparin", "classes": ["lmwh"], "names": ["xyzzyparin", "赛兹肝素"], "source": "ward pharmacist 2026-12-01"}]}"#
        let ward = try Terminology.standard.merging(try Terminology.decode(Data(json.utf8), name: "ward.json"), name: "ward.json")
        #expect(ward.drugs(in: "依诺宁 40mg").first?.id == "enoxaparin")
        #expect(ward.drugs(in: "赛兹肝素注射液").first?.isA(DrugClass.anticoagulant) == true)
        #expect(ward.version.hasSuffix("+ ward 3 2026-12-01"))
        #expect(Terminology.standard.drugs(in: "依诺宁").isEmpty)
    }

    @Test(arguments: [
        (#"{"format": 1, "drugs": []}"#, "version"),
        (#"{"format": 1, "version": "w", "drugs": [{"id": "x", "classes": ["nosuchclass"], "names": ["x"], "source": "label"}]}"#, "unknown class 'nosuchclass'"),
        (#"{"format": 1, "version": "w", "drugs": [{"id": "x", "names": ["Clexane"], "source": "label"}]}"#, "names both"),
        (#"{"format": 1, "version": "w", "drugs": [{"id": "x", "names": ["x"]}]}"#, "names no source"),
        (#"{"format": 1, "version": "w", "drugs": [{"id": "x", "names": ["x"], "source": "nokey"}]}"#, "not in \"sources\""),
        (#"{"format": 1, "version": "w", "drugs": [{"id": 3}]}"#, "wrong kind of value"),
        (#"{"format": 1, "version": "w", "#, "not valid JSON"),
    ])
    func aBrokenExtensionIsRefusedWithItsReason(json: String, reason: String) {
        do {
            _ = try Terminology.standard.merging(try Terminology.decode(Data(json.utf8), name: "ward.json"), name: "ward.json")
            Issue.record("accepted: \(json)")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(error.description.contains("ward.json"))
        }
    }
}
