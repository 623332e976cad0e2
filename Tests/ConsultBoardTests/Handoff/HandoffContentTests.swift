import Foundation
import Testing
@testable import ConsultBoard

/// What the handoff says about each patient, section by section, from the fixture ward.
@Suite struct HandoffContentTests {
    func document(mrns: [MRN] = [], sort: HandoffSort = .bed) throws -> HandoffDocument {
        try Handoff.document(
            board: HandoffFixture.board(), mrns: mrns, format: .markdown, sort: sort, generatedBy: "dr.li",
            now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
    }

    func zhang() throws -> HandoffPatient {
        try #require(try document(mrns: ["SCI-0001"]).patients.first)
    }

    @Test func wholeWardInBedOrderOrUnstableFirst() throws {
        #expect(try document().patients.map(\.bed) == ["3-2", "3-10", "3-12"])
        #expect(try document(sort: .severity).patients.map(\.severity) == ["unstable", "watcher", "stable"])
    }

    @Test func headerSaysWardTimeAuthorAndRevision() throws {
        let doc = try document()
        #expect(doc.generatedAt == "2026-11-25 07:30 +08:00")
        #expect(doc.revision == (try HandoffFixture.board()).revision)
        #expect(doc.pageHeader == "Spine Unit 3 (脊髓损伤病区) · I-PASS handoff · generated 2026-11-25 07:30 +08:00 by dr.li · board revision \(doc.revision)")
        #expect(doc.patientCount == 3)
    }

    @Test func selectedPatientsOnlyAndMRNsInAnyCase() throws {
        #expect(try document(mrns: ["sci-0002", "SCI-0001"]).patients.map(\.mrn) == ["SCI-0002", "SCI-0001"])
        #expect(throws: HandoffError.unknownPatients(["X-1", "Y"])) {
            try document(mrns: ["X-1", "SCI-0001", "Y", "X-1"])
        }
        #expect(HandoffError.unknownPatients(["X-1"]).description.contains("no patient with MRN 'X-1'"))
    }

    @Test func illnessSeverityAndOneLiner() throws {
        let p = try zhang()
        #expect(p.unstable && !p.watcher && !p.stable)
        #expect(p.severityLabel == "UNSTABLE")
        #expect(p.oneLiner == "58-year-old male, bed 3-12, MRN SCI-0001: C5 AIS A traumatic spinal cord injury. Allergies: penicillin (rash). Weight: 72 kg. Hospital day 12 (admitted 14 Nov 10:00).")
        #expect(p.hospitalDay == 12)
        let wang = try #require(try document(mrns: ["SCI-0003"]).patients.first)
        #expect(wang.allergies == "not recorded")
        #expect(wang.weight == nil)
        #expect(wang.hospitalDay == 1)
    }

    @Test func courseShowsTheLatestValidNoteOfEachService() throws {
        let course = try zhang().course
        #expect(course.map(\.service) == ["nursing", "ward", "neurology"], "most recent first; nephrology's note was in error")
        #expect(course[2].gist == [HandoffFixture.chineseNote], "the newer neurology note replaces the older")
        #expect(course[1].addenda == 1)
        #expect(course[1].summary.hasSuffix("· 1 addendum"))
        #expect(course[0].summary.hasPrefix("Nursing note ·"))
        #expect(course[0].gist == ["Turned 2-hourly.", "Catheter changed.", "Skin intact. …"], "three lines, then an ellipsis")
    }

    @Test func gistIsLimitedForAVeryLongNote() {
        let layout = HandoffLayout(format: .html, width: 80)
        let long = Array(repeating: "word", count: 300).joined(separator: " ")
        let gist = layout.gistLines(long, maxLines: 3, maxCharacters: 400)
        #expect(gist.count == 1)
        #expect(gist[0].hasSuffix("word …"))
        #expect(gist[0].count <= 402)
    }

    @Test func courseCarriesEveryNoteOfTheLast24HoursOfEachService() throws {
        var board = try HandoffFixture.board()
        for (hours, text) in [(-3.0, "Night: BP 80/50, fluids given."), (-1.0, "Night: BP recovered, MAP 70.")] {
            try board.apply(
                .addNote(AddNote(mrn: "SCI-0001", service: .nursing, type: .progress, text: text)),
                context: ChangeContext(sequence: board.revision + 1, author: "rn.chen", at: HandoffFixture.now.addingTimeInterval(hours * 3600)))
        }
        let p = try #require(try Handoff.document(
            board: board, mrns: ["SCI-0001"], format: .text, generatedBy: "x", now: HandoffFixture.now,
            timeZone: HandoffFixture.timeZone).patients.first)
        let nursing = p.course.filter { $0.service == "nursing" }
        #expect(nursing.map(\.gist) == [["Night: BP recovered, MAP 70."], ["Night: BP 80/50, fluids given."]], "both night notes, newest first")
        #expect(p.course.prefix(2).allSatisfy { $0.service == "nursing" }, "grouped by service, most recent service first")
        #expect(p.course.filter { $0.service == "neurology" }.count == 1, "older than 24 h: only the latest neurology note")
    }

    @Test func actionListShowsWhatIsOpen() throws {
        let p = try zhang()
        #expect(p.actions.map(\.action) == ["Repeat creatinine and vancomycin level", "Call family about 明天的康复计划", "Chase MRI final report"])
        #expect(p.actions.map(\.overdue) == [true, false, false])
        #expect(p.actions[0].summary == "Repeat creatinine and vancomycin level · owner: night resident · due 25 Nov 06:00 (OVERDUE)")
        #expect(p.actions[2].owner == nil && p.actions[2].due == nil)
        // Pending means ordered and not yet done: medications are listed apart, as what the patient is on.
        #expect(p.orders.map(\.status) == ["draft"], "the completed order is left out")
        #expect(p.orders.map(\.kind) == ["imaging"])
        #expect(p.medications.map(\.status) == ["active", "on hold"])
        #expect(p.medications[0].headline == "Enoxaparin 40 mg SC daily")
        #expect(p.pendingResults.map(\.kind) == ["MRI"], "the final X-ray is left out")
        #expect(p.consults.map(\.service) == ["infectious disease", "nephrology"], "stat first; neurology signed off")
        #expect(p.consults[1].recommendation?.text == "Vancomycin by levels; repeat creatinine at 14:00.")
        #expect(p.consults[0].recommendation == nil)
    }

    @Test func situationAwarenessShowsComplicationsAndTheirFigures() throws {
        let p = try zhang()
        #expect(p.complications.map(\.kind) == ["infection", "renal"], "the resolved DVT is left out")
        #expect(p.complications[0].details == "site: urinary tract; organism: E. coli; antibiotic: ceftriaxone")
        #expect(p.figures.map(\.test) == ["Temperature", "Creatinine", "WBC"], "no glucose; WBC follows the infection")
        let temperature = p.figures[0]
        #expect(temperature.value == "38.9" && temperature.unit == "°C")
        #expect(temperature.trend == "37.2 ↑ 37.9 ↑ 38.4 ↑ 38.9", "the last four values")
        #expect(temperature.direction == "↑")
        #expect(p.figures[1].summary.hasPrefix("Creatinine 168 umol/L H (high) ("), "flagged in words, not by colour")
        #expect(p.figures[1].flag == "high" && p.figures[1].flagMark == "H")
        #expect(temperature.flag == "high")
        #expect(p.figures[2].direction == nil)
        #expect(p.contingencies.map(\.summary) == ["If temperature above 39 °C or systolic BP below 90, then blood cultures x2, fluids, call the registrar"])
    }

    @Test func neuroStatusIsTheLatestExamClassifiedAndComparedWithTheOneBefore() throws {
        let neuro = try #require(try zhang().neuro)
        #expect(neuro.examinedAt == "24 Nov 11:00")
        #expect(neuro.level == "C5")
        #expect(neuro.ais == "A")
        #expect(neuro.classification.hasPrefix("NLI C5, AIS A, UEMS 12, LEMS 0"))
        #expect(neuro.deterioration == "AIS B -> A, motor score 20 -> 12 since 20 Nov 11:00")
        #expect(neuro.summary.contains("; WORSE: AIS B -> A"))
    }

    @Test func anExamThatCannotBeClassifiedSaysSo() throws {
        // Exams are checked when recorded; this one could only come from a hand-edited journal.
        var record = PatientRecord(patient: Patient(
            mrn: "X-1", name: "X", age: 40, sex: .male, bed: "1", admittedAt: HandoffFixture.now, diagnosis: "SCI"))
        record.exams = [ExamRecord(id: "E-2", examinedBy: "dr.x", at: HandoffFixture.now, values: ["c5RightMotr": "3"])]
        let board = Board(ward: "W", createdAt: HandoffFixture.now, revision: 2, records: [record])
        let document = try Handoff.document(board: board, format: .text, generatedBy: "x", now: HandoffFixture.now)
        let neuro = try #require(document.patients.first?.neuro)
        #expect(neuro.level == nil && neuro.ais == nil && neuro.deterioration == nil)
        #expect(neuro.classification.hasPrefix("cannot be classified: "))
    }

    @Test func openAlertsComeFromTheSafetyRulesMostSevereFirst() throws {
        let all = try zhang().alerts
        // Her consults requested days ago and never seen are overdue by the consult clock: one alert each.
        let overdue = all.filter { $0.key.hasPrefix("consult-overdue:") }
        #expect(!overdue.isEmpty && overdue.allSatisfy { $0.severity == "warning" && $0.message.contains("is overdue by") })
        let alerts = all.filter { !$0.key.hasPrefix("consult-overdue:") }
        #expect(alerts.map(\.severity) == ["urgent", "warning", "warning"])
        #expect(alerts[0].message.hasPrefix("Neurological deterioration on ISNCSCI"))
        #expect(alerts[0].notify == "spine surgery, neurology")
        #expect(alerts[0].summary.hasPrefix("URGENT: Neurological deterioration"))
        #expect(alerts[1].data.contains { $0.hasPrefix("order O-") && $0.contains("MRI cervical spine (gadolinium)") })
        // Her vancomycin, held while a level is awaited, during the AKI the complications record.
        #expect(alerts[2].key.hasPrefix("nephrotoxin-aki:") && alerts[2].message.hasPrefix("Vancomycin is nephrotoxic"))
        let p = try zhang()
        #expect(p.acknowledgedAlerts == nil)
    }

    @Test func acknowledgedAlertsAreStillPrintedWithWhoWhenAndWhy() throws {
        var board = try HandoffFixture.board()
        let key = try #require(try zhang().alerts.first { $0.key.hasPrefix("gadolinium-renal:") }?.key)
        try board.apply(
            .acknowledgeAlert(AcknowledgeAlert(mrn: "SCI-0001", alertKey: key, reason: "macrocyclic agent agreed with nephrology")),
            context: ChangeContext(sequence: board.revision + 1, author: "dr.zhou", at: HandoffFixture.now))
        let p = try #require(try Handoff.document(
            board: board, mrns: ["SCI-0001"], format: .text, generatedBy: "x", now: HandoffFixture.now,
            timeZone: HandoffFixture.timeZone).patients.first)
        #expect(p.alerts.filter { !$0.key.hasPrefix("consult-overdue:") }.map(\.severity) == ["urgent", "warning"])
        #expect(p.acknowledgedAlerts == "1 acknowledged alert")
        let acknowledged = try #require(p.acknowledged.first)
        #expect(acknowledged.key == key)
        #expect(acknowledged.by == "dr.zhou" && acknowledged.reason == "macrocyclic agent agreed with nephrology")
        #expect(acknowledged.summary.hasPrefix("Acknowledged "))
        #expect(acknowledged.summary.hasSuffix("(by dr.zhou \(acknowledged.at): macrocyclic agent agreed with nephrology)"))
        for format in [HandoffFormat.text, .markdown, .html] {
            let text = try Handoff.render(
                board: board, mrns: ["SCI-0001"], template: try HandoffTemplate.standard(format), width: 100, generatedBy: "x",
                now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
            #expect(text.contains("macrocyclic agent agreed with nephrology"), "\(format)")
        }
    }

    @Test func kidneyFunctionAndAKIStage() throws {
        let renal = try #require(try zhang().renal)
        #expect(renal.creatinine == "168 umol/L")
        #expect(renal.eGFR == "40 mL/min/1.73 m²")
        #expect(renal.creatinineClearance == "43 mL/min")
        #expect(renal.akiStage == 1)
        #expect(renal.aki == "AKI stage 1 (KDIGO): 1.5 times or more the lowest value of the prior 7 days")
        #expect(renal.caveat.contains("spinal cord injury"))
        let wang = try #require(try document(mrns: ["SCI-0003"]).patients.first)
        #expect(wang.renal == nil && wang.fever == nil)
    }

    @Test func feverDaysAndRecurrence() throws {
        let fever = try #require(try zhang().fever)
        #expect(!fever.febrileNow && !fever.recurrent)
        #expect(fever.totalDays == 1)
        #expect(fever.latest == "38.9 °C (17 Nov 04:00)")
        // The demo's driving case has had fever on two of the last seven days.
        let demo = try Handoff.document(
            board: HandoffTestSupport.demoBoard(), mrns: [DemoBoard.drivingCase], format: .text, generatedBy: "x",
            now: HandoffFixture.now, timeZone: HandoffFixture.timeZone)
        let demoFever = try #require(demo.patients.first?.fever)
        #expect(demoFever.recurrent)
        #expect(demoFever.recentDays.count >= 2)
        #expect(demoFever.summary.contains("RECURRENT FEVER"))
    }

    @Test func trendComparesOnlyValuesInTheLatestUnit() throws {
        let mary = try #require(try document(mrns: ["SCI-0002"]).patients.first)
        let creatinine = try #require(mary.figures.first { $0.test == "Creatinine" })
        #expect(creatinine.trend == "70 → 70")
        #expect(creatinine.unit == "umol/L")
        #expect(mary.figures.map(\.test) == ["Creatinine", "D-dimer"], "D-dimer follows the DVT")
    }

    @Test func recentValuesKeepsTheLatestInTimeOrderWhateverTheEntryOrder() {
        let t0 = HandoffFixture.now
        let labs = [5.0, 1, 4, 2, 3, 6].enumerated().map { index, hours in
            LabValue(id: "L-\(index)", test: "crp", value: hours, unit: "mg/L", at: t0.addingTimeInterval(hours * 3600), enteredBy: "x")
        }
        let recent = HandoffFigures.recentValues(of: ["crp", "wbc"], in: labs)
        #expect(recent["crp"]?.map(\.value) == [3, 4, 5, 6])
        #expect(recent["wbc"]?.isEmpty == true)
    }
}
