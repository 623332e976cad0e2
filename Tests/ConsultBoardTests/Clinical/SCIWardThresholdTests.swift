import Foundation
import Testing
@testable import ConsultBoard

/// `ward/sci-thresholds.json`: the ward's numbers move each SCI rule's boundary, the alerts say the ward's
/// setting was used, and a wrong file is refused with the file and the JSON path.
@Suite struct SCIWardThresholdTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current

    func ward(_ json: String) throws -> WardSettings {
        WardSettings(sciThresholds: try SCIThresholds.decode(Data(json.utf8), file: "sci-thresholds.json"))
    }

    func alerts(_ ward: TestWard, _ rule: String, now: Date, settings: WardSettings = .shipped) -> [Alert] {
        settings.safetyRules.evaluate(ward.record, now: now, timeZone: Self.utc).filter { $0.ruleID == rule }
    }

    // MARK: the boundaries move

    @Test func theWardsRiseMovesTheDysreflexiaBoundary() throws {
        var ward = try TestWard()
        for (hours, value) in [(-20.0, 100.0), (-16, 104), (-12, 108)] { try ward.lab("systolic-bp", value, "mmHg", at: TestWard.at(hours: hours)) }
        try ward.lab("systolic-bp", 119, "mmHg", at: TestWard.t0)  // 15 above the median 104
        let settings = try self.ward(#"{"dysreflexiaRise": 15}"#)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0).isEmpty, "shipped: 20 above")
        let alert = try #require(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0, settings: settings).first)
        #expect(alert.data.contains("ward setting (ward/sci-thresholds.json): autonomic dysreflexia rise above baseline 15 mmHg (shipped 20)"))
        let higher = try self.ward(#"{"dysreflexiaRise": 16}"#)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0, settings: higher).isEmpty)
    }

    @Test func theWardsFallbackBaselineIsTheBaselineTheAlertNames() throws {
        var ward = try TestWard()
        try ward.lab("systolic-bp", 120, "mmHg", at: TestWard.t0)
        let settings = try self.ward(#"{"fallbackBaseline": 100}"#)
        #expect(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0).isEmpty, "shipped fallback 110: 10 above")
        let alert = try #require(alerts(ward, "autonomic-dysreflexia", now: TestWard.t0, settings: settings).first)
        #expect(alert.data.contains { $0.hasPrefix("baseline: no baseline of the patient's own") && $0.contains("100 mmHg, the ward's setting (ward/sci-thresholds.json)") })
    }

    @Test func theWardsMAPTargetMovesTheMAPBoundary() throws {
        let at = TestWard.at(days: -28)  // day 3 after admission
        var ward = try TestWard()
        try ward.lab("systolic-bp", 125, "mmHg", at: at)
        try ward.lab("diastolic-bp", 65, "mmHg", at: at)  // MAP 85
        let aans = try self.ward(#"{"mapLowerLimit": 85.5, "mapUpperLimit": 90}"#)
        #expect(alerts(ward, "map-target", now: at).isEmpty, "shipped: below 80")
        let alert = try #require(alerts(ward, "map-target", now: at, settings: aans).first)
        #expect(alert.message.contains("below the target of 85.5-90 mmHg"))
        #expect(alert.data.contains { $0.contains("ward setting (ward/sci-thresholds.json): MAP target lower limit 85.5 mmHg (shipped 80), MAP target upper limit 90 mmHg (shipped 95)") })
        #expect(alerts(ward, "map-target", now: at, settings: try self.ward(#"{"mapLowerLimit": 85}"#)).isEmpty, "85 is not below 85")
    }

    @Test func theWardsMAPDaysEndTheTargetEarlier() throws {
        let at = TestWard.at(days: -27)  // 3 days after admission
        var ward = try TestWard()
        try ward.lab("systolic-bp", 90, "mmHg", at: at)
        try ward.lab("diastolic-bp", 50, "mmHg", at: at)
        #expect(alerts(ward, "map-target", now: at).count == 1)
        #expect(alerts(ward, "map-target", now: at, settings: try self.ward(#"{"mapDays": 3}"#)).count == 1)
        #expect(alerts(ward, "map-target", now: at.addingTimeInterval(1), settings: try self.ward(#"{"mapDays": 3}"#)).isEmpty)
    }

    @Test func theWardsFVCNumbersMoveTheFVCBoundaries() throws {
        var ward = try TestWard()  // 70 kg: 20 mL/kg = 1400 mL
        try ward.lab("fvc", 1500, "mL", at: TestWard.at(days: -1))
        try ward.lab("fvc", 1399, "mL", at: TestWard.t0)  // 6.7 % below the best
        #expect(alerts(ward, "fvc-decline", now: TestWard.t0).isEmpty, "shipped: below 15 mL/kg or 30 %")
        let perKg = try #require(alerts(ward, "fvc-decline", now: TestWard.t0, settings: try self.ward(#"{"fvcMillilitresPerKg": 20}"#)).first)
        #expect(perKg.message.contains("below 20 mL/kg"))
        #expect(perKg.data.contains("ward setting (ward/sci-thresholds.json): FVC threshold 20 mL/kg (shipped 15)"))
        let fall = try #require(alerts(ward, "fvc-decline", now: TestWard.t0, settings: try self.ward(#"{"fvcDeclineFraction": 0.06}"#)).first)
        #expect(fall.message.contains("7 % below the best of the last 7 days"))
        #expect(alerts(ward, "fvc-decline", now: TestWard.t0, settings: try self.ward(#"{"fvcDeclineFraction": 0.07}"#)).isEmpty)
    }

    @Test func shippedNumbersSayNothingAndTheRuleSetVersionNamesTheWardFile() throws {
        #expect(WardSettings.shipped.safetyRules.version == SafetyRuleSet.current.version)
        // A ward file that states the shipped values changes nothing, and says nothing.
        #expect(try ward(#"{"mapLowerLimit": 80, "fvcDays": 7}"#).safetyRules.version == SafetyRuleSet.current.version)
        #expect(try ward(#"{"mapLowerLimit": 85}"#).safetyRules.version == SafetyRuleSet.current.version + " + ward sci-thresholds.json")
        #expect(try ward(#"{}"#).sciThresholds == .shipped)
    }

    // MARK: the file is checked

    @Test(arguments: [
        (#"{"mapLowerLimt": 85}"#, "$.mapLowerLimt", "not a setting of this file"),
        (#"{"mapLowerLimit": "85"}"#, "$.mapLowerLimit", #"found the text "85""#),
        (#"{"mapLowerLimit": true}"#, "$.mapLowerLimit", "found true"),
        (#"{"mapLowerLimit": null}"#, "$.mapLowerLimit", "found null"),
        (#"{"mapLowerLimit": [85]}"#, "$.mapLowerLimit", "found a list or an object"),
        (#"{"mapLowerLimit": 96}"#, "$.mapLowerLimit", "lower limit 96 mmHg is above the upper limit 95 mmHg"),
        (#"{"mapUpperLimit": 70}"#, "$.mapUpperLimit", "lower limit 80 mmHg is above the upper limit 70 mmHg"),
        (#"{"mapLowerLimit": 8.5}"#, "$.mapLowerLimit", "8.5 is not plausible"),
        (#"{"mapDays": -3}"#, "$.mapDays", "-3 is not plausible"),
        (#"{"fvcDays": 0}"#, "$.fvcDays", "0 is not plausible"),
        (#"{"fvcDeclineFraction": 30}"#, "$.fvcDeclineFraction", "30 is not plausible"),
        (#"{"fvcDeclineFraction": 1}"#, "$.fvcDeclineFraction", "below 1"),
        (#"{"fvcDeclineFraction": -0.1}"#, "$.fvcDeclineFraction", "above 0"),
        (#"{"baselineMinimumReadings": 2.5}"#, "$.baselineMinimumReadings", "a whole number"),
        (#"{"baselineGapHours": 48, "baselineDays": 2}"#, "$.baselineGapHours", "leave nothing"),
        (#"{"dysreflexiaRise": 0}"#, "$.dysreflexiaRise", "above 0"),
    ])
    func aWrongFileIsRefusedWithTheFileAndThePath(json: String, path: String, problem: String) throws {
        #expect {
            try SCIThresholds.decode(Data(json.utf8), file: "/b/ward/sci-thresholds.json")
        } throws: { error in
            guard case let .invalid(file, entry, said) = error as? WardSettingsError else { return false }
            return file == "/b/ward/sci-thresholds.json" && entry == path && said.english.contains(problem)
        }
    }

    @Test func aFileThatIsNotAnObjectOfNumbersIsRefusedWithTheFile() throws {
        for json in ["[80]", "not json", #"{"mapLowerLimit": 85"#] {
            #expect {
                try SCIThresholds.decode(Data(json.utf8), file: "/b/ward/sci-thresholds.json")
            } throws: { error in
                guard case let .unreadable(file, reason) = error as? WardSettingsError else { return false }
                return file == "/b/ward/sci-thresholds.json" && reason.english.contains("one JSON object of numbers")
            }
        }
    }

    @Test func theBoardsWardFolderIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sci-ward-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ward = WardSettings.folder(ofBoard: folder)
        try FileManager.default.createDirectory(at: ward, withIntermediateDirectories: true)
        #expect(try WardSettings.load(board: folder).sciThresholds == .shipped)
        try Data(#"{"mapLowerLimit": 85, "mapUpperLimit": 90}"#.utf8).write(to: ward.appendingPathComponent("sci-thresholds.json"))
        let loaded = try WardSettings.load(board: folder).sciThresholds
        #expect(loaded.mapLowerLimit == 85 && loaded.mapUpperLimit == 90 && loaded.mapDays == SCIThresholds.shipped.mapDays)
        try Data(#"{"mapDays": -1}"#.utf8).write(to: ward.appendingPathComponent("sci-thresholds.json"))
        #expect(throws: WardSettingsError.self) { try WardSettings.load(board: folder) }
    }

    // MARK: the consult clock reaches its rule too

    @Test func theWardsConsultClockDecidesTheOverdueAlert() throws {
        var ward = try TestWard()
        let id = try ward.apply(.requestConsult(RequestConsult(mrn: TestWard.mrn, service: .neurology, question: "GBS?", urgency: .urgent)), at: TestWard.t0) ?? ""
        var clock = ConsultClock.shipped
        clock.urgent = 60
        let settings = WardSettings(consultClock: clock)
        #expect(alerts(ward, "consult-overdue", now: TestWard.at(hours: 2)).isEmpty, "shipped: 4 hours")
        let alert = try #require(alerts(ward, "consult-overdue", now: TestWard.at(hours: 2), settings: settings).first)
        #expect(alert.triggeringRecords == [id])
        #expect(alert.data.contains { $0.contains("ward's consult clock") && $0.contains("60 minutes for urgent") })
    }

    // MARK: acknowledging an alert only the ward's numbers raise

    @Test func anAlertOnlyTheWardsNumbersRaiseCanBeAcknowledgedUnderThem() throws {
        var ward = try TestWard()
        let at = TestWard.at(days: -28)
        try ward.lab("systolic-bp", 125, "mmHg", at: at)
        try ward.lab("diastolic-bp", 65, "mmHg", at: at)
        let settings = try self.ward(#"{"mapLowerLimit": 86}"#)
        let key = try #require(alerts(ward, "map-target", now: at, settings: settings).first).key
        var board = ward.board
        let command = BoardCommand.acknowledgeAlert(AcknowledgeAlert(mrn: TestWard.mrn, alertKey: key, reason: "on noradrenaline, rising"))
        var shipped = ChangeContext(sequence: 99, author: "dr.li", at: at)
        #expect(throws: BoardError.self) { try board.apply(command, context: shipped) }
        shipped.settings = settings
        #expect(try board.apply(command, context: shipped) != nil)
    }
}
