import ConsultBoard
import Foundation
import Testing

/// `init --demo` builds the fictional ward through the real binary.
@Suite struct DemoBoardCLITests {
    @Test(arguments: BoardKind.available)
    func initDemoCreatesTheFictionalWard(kind: BoardKind) throws {
        let folder = try TemporaryFolder()
        let path = kind == .folder ? folder.path("demo") : try TestPostgres.freshBoard()
        let created = try ConsultBoardProcess.run(["init", "--demo", "--board", path])
        #expect(created.status == 0, "\(created)")

        let list = try ConsultBoardProcess.run(["patients", "--board", path])
        #expect(list.stdout.hasPrefix("Spinal Cord Injury Ward (DEMO - fictional patients): "))
        let patients = try BoardJSON.decoder().decode(
            [Patient].self, from: Data(try ConsultBoardProcess.run(["patients", "--json", "--board", path]).stdout.utf8))
        #expect(patients.count >= 6)
        let chinese = patients.filter { $0.name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        #expect(chinese.count >= 2)
        #expect(Set(patients.map(\.bed)).count == patients.count, "beds are unique")

        let show = try ConsultBoardProcess.run(["show", "SCI-0001", "--json", "--board", path])
        let record = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(show.stdout.utf8))
        #expect(record.patient.age == 62 && record.patient.sex == .female)
        #expect(Set(record.consults.map(\.service)).isSuperset(of: [.neurology, .spineSurgery, .imaging, .nephrology]))
        #expect(record.orders.contains { $0.medication?.drug == "Enoxaparin" && $0.medication?.frequency == "q12h" && $0.status == .active })
        #expect(record.orders.contains { $0.imaging?.contrast == .gadolinium && $0.status == .active })
        #expect(record.labs(named: "creatinine").last?.value == 250)
        #expect(record.exams.count >= 1)
        #expect(Set(record.complications.map(\.kind)).isSuperset(of: [.infection, .dvt, .renal]))

        // Her record as text opens with what the clinical module derives from it now: kidney function, AKI,
        // fever days, and the alerts her orders trigger (enoxaparin at full dose with CrCl < 30, gadolinium MRI).
        let text = try ConsultBoardProcess.run(["show", "SCI-0001", "--board", path]).stdout
        let clinical = try #require(text.components(separatedBy: "CLINICAL NOW").dropFirst().first?.components(separatedBy: "CONSULTS (").first)
        #expect(clinical.contains("Kidney: Creatinine 250 umol/L"))
        #expect(clinical.contains("eGFR 18 mL/min/1.73 m², CrCl 19 mL/min"))
        #expect(clinical.contains("AKI stage 1"))
        #expect(clinical.contains("fever on") && clinical.contains("recurrent fever"))
        #expect(clinical.contains("lmwh-renal-dose") && clinical.contains("gadolinium-renal"))
        #expect(clinical.contains("ISNCSCI E-"))

        // A second init refuses and leaves the demo as it was.
        let again = try ConsultBoardProcess.run(["init", "--demo", "--board", path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
    }
}
