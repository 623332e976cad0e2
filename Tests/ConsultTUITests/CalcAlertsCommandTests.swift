import ConsultBoard
import Foundation
import Testing

/// `consult-board calc ...` and `consult-board alerts ...`, run as a user would.
@Suite struct CalcAlertsCommandTests {
    func json(_ outcome: ConsultBoardProcess.Outcome) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        return try #require(object as? [String: Any], "\(outcome)")
    }

    // MARK: - calc

    @Test func egfrPrintsTheFigureAndTheNote() throws {
        let text = try ConsultBoardProcess.run(["calc", "egfr", "--creatinine", "1.2", "--unit", "mg/dL", "--age", "60", "--sex", "M"])
        #expect(text.status == 0, "\(text)")
        // 142 x (1.2/0.9)^-1.2 x 0.9938^60 = 69.23
        #expect(text.stdout.hasPrefix("eGFR 69 mL/min/1.73 m²"))
        #expect(text.stdout.contains("low muscle mass"))
        let object = try json(try ConsultBoardProcess.run(["calc", "egfr", "--creatinine", "106", "--unit", "umol/L", "--age", "60", "--sex", "M", "--json"]))
        // 106 umol/L = 1.1991 mg/dL: 142 x 1.33235^-1.2 x 0.68857 = 69.3
        #expect(object["egfr"] as? Double == 69.3)
        #expect((object["note"] as? String)?.contains("spinal cord injury") == true)
    }

    @Test func crclPrintsTheFigure() throws {
        // (140 - 80) x 50 / (72 x 1.2) x 0.85 = 29.51
        let object = try json(try ConsultBoardProcess.run(["calc", "crcl", "--creatinine", "1.2", "--unit", "mg/dL", "--age", "80", "--sex", "F", "--weight", "50", "--json"]))
        #expect(object["crcl"] as? Double == 29.5)
        let text = try ConsultBoardProcess.run(["calc", "crcl", "--creatinine", "88.4", "--unit", "umol/L", "--age", "60", "--sex", "M", "--weight", "72"])
        #expect(text.stdout.hasPrefix("CrCl 80 mL/min"), "\(text)")
    }

    @Test func akiStagesASeriesWithBaselineAndTrigger() throws {
        let outcome = try ConsultBoardProcess.run([
            "calc", "aki", "--unit", "umol/L", "2026-11-22T08:00:00+08:00=180", "2026-11-20T08:00Z=90", "2026-11-21T08:00Z=95", "--json",
        ])
        #expect(outcome.status == 0, "\(outcome)")
        let object = try json(outcome)
        #expect(object["stage"] as? Int == 2)
        let baseline = try #require(object["baseline"] as? [String: Any])
        let trigger = try #require(object["trigger"] as? [String: Any])
        #expect(baseline["value"] as? Double == 90)
        #expect(baseline["at"] as? String == "2026-11-20T08:00:00Z")
        #expect(trigger["value"] as? Double == 180)
        #expect(trigger["at"] as? String == "2026-11-22T00:00:00Z")
        #expect(trigger["unit"] as? String == "umol/L")
    }

    @Test func akiStage0HasNullBaselineAndTrigger() throws {
        let outcome = try ConsultBoardProcess.run(["calc", "aki", "--unit", "mg/dL", "2026-11-20T08:00Z=1.0", "2026-11-21T08:00Z=1.2", "--json"])
        let object = try json(outcome)
        #expect(object["stage"] as? Int == 0)
        #expect(object["baseline"] is NSNull)
        #expect(object["trigger"] is NSNull)
        let text = try ConsultBoardProcess.run(["calc", "aki", "--unit", "mg/dL", "2026-11-20T08:00Z=1.0", "2026-11-21T08:00Z=1.3"])
        #expect(text.stdout.hasPrefix("AKI stage 1"), "\(text)")
    }

    @Test func calcRefusesBadInputWithAClearMessage() throws {
        let unit = try ConsultBoardProcess.run(["calc", "egfr", "--creatinine", "1", "--unit", "mmol/L", "--age", "60", "--sex", "M"])
        #expect(unit.status != 0)
        #expect(unit.stderr.contains("valid: umol/L, mg/dL"))
        let child = try ConsultBoardProcess.run(["calc", "egfr", "--creatinine", "0.5", "--unit", "mg/dL", "--age", "12", "--sex", "F"])
        #expect(child.status != 0)
        #expect(child.stderr.contains("18 years"))
        let time = try ConsultBoardProcess.run(["calc", "aki", "--unit", "mg/dL", "yesterday=1.0"])
        #expect(time.status != 0)
        #expect(time.stderr.contains("ISO 8601"))
        let reading = try ConsultBoardProcess.run(["calc", "aki", "--unit", "mg/dL", "2026-11-20T08:00Z"])
        #expect(reading.status != 0)
        #expect(reading.stderr.contains("TIME=VALUE"))
    }

    // MARK: - alerts

    /// A board whose patient has one LMWH alert (woman of 80, 50 kg, creatinine 1.2 mg/dL: CrCl 29.5; enoxaparin
    /// 40 mg daily), and a second patient with none.
    func boardWithAnAlert(drug: String = "Enoxaparin") throws -> (TemporaryFolder, String, String) {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        let store = try BoardStore.create(at: path, ward: "Spine 3", author: "dr.li")
        let now = Date()
        let patient = Patient(mrn: "SCI-0100", name: "王秀英", age: 80, sex: .female, bed: "3-12", weightKg: 50, admittedAt: now.addingTimeInterval(-86400 * 3), diagnosis: "C5 AIS C")
        let well = Patient(mrn: "SCI-0101", name: "Li Wei", age: 40, sex: .male, bed: "3-14", weightKg: 70, admittedAt: now, diagnosis: "T10 AIS A")
        let ids = try store.apply([
            .admitPatient(AdmitPatient(patient: patient)), .admitPatient(AdmitPatient(patient: well)),
            .addLab(AddLab(mrn: "SCI-0100", test: "creatinine", value: 1.2, unit: "mg/dL", at: now.addingTimeInterval(-3600 * 6))),
            .addOrder(AddOrder(mrn: "SCI-0100", service: .ward, kind: .medication, text: "VTE prophylaxis",
                               medication: MedicationDetails(drug: drug, dose: "40 mg", route: "SC", frequency: "daily"))),
        ], author: "dr.li")
        let order = try #require(ids[3])
        return (folder, path, "lmwh-renal-dose:\(order)")
    }

    @Test func alertsListsOpenAlertsWithTheirKeys() throws {
        let (folder, path, key) = try boardWithAnAlert()
        let text = try ConsultBoardProcess.run(["alerts", "SCI-0100", "--board", path])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("SCI-0100 王秀英: 1 open, 0 acknowledged"))
        #expect(text.stdout.contains("WARNING lmwh-renal-dose v3 [open]"))
        #expect(text.stdout.contains("key: \(key)"))
        #expect(text.stdout.contains("CrCl 29.5 mL/min"))
        let none = try ConsultBoardProcess.run(["alerts", "SCI-0101", "--board", path])
        #expect(none.stdout.contains("SCI-0101 Li Wei: no alerts"))
        let unknown = try ConsultBoardProcess.run(["alerts", "SCI-9999", "--board", path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no patient with MRN 'SCI-9999'"))
        _ = folder
    }

    @Test func acknowledgingMarksTheAlertAndASecondTimeIsRefused() throws {
        let (folder, path, key) = try boardWithAnAlert()
        let env = ["CONSULT_BOARD": path, "CONSULT_BOARD_AUTHOR": "dr.wang"]
        let before = try json(try ConsultBoardProcess.run(["alerts", "SCI-0100", "--json"], environment: env))
        #expect(before["open"] as? Int == 1)
        let alert = try #require((before["alerts"] as? [[String: Any]])?.first)
        #expect(alert["key"] as? String == key)
        #expect(alert["rule"] as? String == "lmwh-renal-dose")
        #expect(alert["severity"] as? String == "warning")
        #expect(alert["acknowledged"] as? Bool == false)
        #expect(alert["acknowledgement"] is NSNull)
        #expect((alert["data"] as? [String])?.isEmpty == false)

        let ack = try ConsultBoardProcess.run(["alerts", "ack", "SCI-0100", key, "--reason", "Nephrology: dose kept, anti-Xa daily"], environment: env)
        #expect(ack.status == 0, "\(ack)")
        #expect(ack.output.hasPrefix("AK-"))

        let after = try json(try ConsultBoardProcess.run(["alerts", "SCI-0100", "--json"], environment: env))
        #expect(after["open"] as? Int == 0)
        let marked = try #require((after["alerts"] as? [[String: Any]])?.first)
        #expect(marked["acknowledged"] as? Bool == true)
        let by = try #require(marked["acknowledgement"] as? [String: Any])
        #expect(by["by"] as? String == "dr.wang")
        #expect(by["reason"] as? String == "Nephrology: dose kept, anti-Xa daily")
        let text = try ConsultBoardProcess.run(["alerts", "SCI-0100"], environment: env)
        #expect(text.stdout.contains("[acknowledged by dr.wang"))

        let again = try ConsultBoardProcess.run(["alerts", "ack", "SCI-0100", key, "--reason", "again"], environment: env)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already acknowledged by dr.wang"))
        _ = folder
    }

    @Test func acknowledgingAnAlertThatIsNotCurrentIsRefused() throws {
        let (folder, path, key) = try boardWithAnAlert()
        let outcome = try ConsultBoardProcess.run(["alerts", "ack", "SCI-0100", "gadolinium-renal:O-1", "--reason", "x", "--board", path, "--author", "dr.li"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("not a current alert of patient SCI-0100"))
        #expect(outcome.stderr.contains(key))
        let none = try ConsultBoardProcess.run(["alerts", "ack", "SCI-0101", key, "--reason", "x", "--board", path, "--author", "dr.li"])
        #expect(none.stderr.contains("the patient has no open alerts"))
        _ = folder
    }

    @Test func storedTextIsSanitisedBeforeTheTerminal() throws {
        let (folder, path, _) = try boardWithAnAlert(drug: "Enoxaparin\u{1B}[31m")
        let text = try ConsultBoardProcess.run(["alerts", "SCI-0100", "--board", path])
        #expect(text.stdout.contains("Enoxaparin␛[31m"))
        #expect(!text.stdout.contains("\u{1B}"))
        _ = folder
    }
}
