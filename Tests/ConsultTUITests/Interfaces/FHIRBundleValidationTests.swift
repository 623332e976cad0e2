import ConsultBoard
import Foundation
import Testing

/// Every exported Bundle is checked by an independent FHIR model library: PyPI's fhir.resources, its R4B models
/// (types, cardinalities, required elements, no unknown elements). scripts/test installs it.
@Suite(.enabled(if: FHIRValidator.isAvailable, "needs Python's fhir.resources (scripts/test installs it: pip install fhir.resources)"))
struct FHIRBundleValidationTests {
    @Test func theDemoWardExportsAValidBundle() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        let created = try ConsultBoardProcess.run(["init", "--demo", "--board", board])
        #expect(created.status == 0, "\(created)")
        let bundle = folder.path("demo.fhir.json")
        let exported = try ConsultBoardProcess.run(["export", "--board", board, "--format", "fhir", "--output", bundle])
        #expect(exported.status == 0, "\(exported)")
        let counts = try FHIRValidator.validate(bundle)
        for type in ["Patient", "Encounter", "ServiceRequest", "Task", "DocumentReference", "MedicationRequest",
                     "Observation", "DiagnosticReport", "Condition", "AllergyIntolerance", "Provenance"] {
            #expect((counts[type] ?? 0) > 0, "the demo ward's bundle has a \(type): \(counts)")
        }
    }

    @Test func aGeneratedBoardAndOnePatientExportValidBundles() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("generated")
        let generated = try ConsultBoardProcess.run(["generate", "--board", board, "--patients", "3", "--notes", "20", "--labs", "40", "--seed", "11"])
        #expect(generated.status == 0, "\(generated)")
        let whole = folder.path("whole.json")
        #expect(try ConsultBoardProcess.run(["export", "--board", board, "--format", "fhir", "-o", whole]).status == 0)
        let wholeCounts = try FHIRValidator.validate(whole)
        #expect(wholeCounts["Patient"] == 3)

        let one = try ConsultBoardProcess.run(["export", "--board", board, "--format", "fhir", "--patient", "gen-0002"])
        #expect(one.status == 0, "\(one)")
        let single = folder.path("one.json")
        try Data(one.stdout.utf8).write(to: URL(fileURLWithPath: single))
        let counts = try FHIRValidator.validate(single)
        #expect(counts["Patient"] == 1, "an MRN matches in any letter case")
    }

    @Test func anUnknownPatientExportsNothing() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--board", board]).status == 0)
        let missing = try ConsultBoardProcess.run(["export", "--board", board, "--format", "fhir", "--patient", "NOPE-1"])
        #expect(missing.status != 0)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("no patient with MRN 'NOPE-1'"))
        let mixed = try ConsultBoardProcess.run(["export", "--board", board, "--patient", "SCI-0001"])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("--patient goes with --format fhir"))
    }
}

/// Runs fhir.resources' R4B Bundle model over an exported file.
enum FHIRValidator {
    static let script = """
        import json, sys, collections
        from fhir.resources.R4B.bundle import Bundle
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        Bundle.model_validate(data)
        print(json.dumps(collections.Counter(e["resource"]["resourceType"] for e in data.get("entry", []))))
        """

    static var isAvailable: Bool {
        guard let outcome = try? ChildProcess.run("/usr/bin/env", ["python3", "-c", "import fhir.resources.R4B.bundle"]) else { return false }
        return outcome.ending == .exited(0)
    }

    /// The number of resources of each type; a validation failure is an error with the library's explanation.
    static func validate(_ path: String) throws -> [String: Int] {
        let outcome = try ChildProcess.run("/usr/bin/env", ["python3", "-c", script, path])
        guard outcome.ending == .exited(0) else {
            throw TestSetupError("fhir.resources rejected \(path):\n\(String(decoding: outcome.stderr, as: UTF8.self).suffix(3000))")
        }
        return try JSONDecoder().decode([String: Int].self, from: outcome.stdout)
    }
}
