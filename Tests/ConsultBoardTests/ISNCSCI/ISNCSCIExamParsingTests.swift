import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ISNCSCIExamParsingTests {
    @Test func aNormalExamIsReadAndClassifiedIntact() throws {
        let exam = try ISNCSCIExam(values: ISNCSCITestExam().values)
        #expect(exam.right.motor.count == 10)
        #expect(exam.left.touch.count == 28)
        let c = ISNCSCI.classify(exam)
        #expect(c.neurologicalLevel == "INT")
        #expect(c.ais == "E")
        #expect(c.motorTotalValue == 100)
        #expect(c.touchTotal == "112")
    }

    @Test func flagsAndNotTestableAreRead() throws {
        let values = ISNCSCITestExam().motor(["c7"], "3*", side: "Right").motor(["c8"], "NT**", side: "Left")
            .with("c6RightTouch", " nt ").with("c6RightPrick", "0**").values
        let exam = try ISNCSCIExam(values: values)
        #expect(exam.right.motor[2] == ISNCSCIScore(grade: 3, flag: .notNormal, normal: 5))
        #expect(exam.left.motor[3] == ISNCSCIScore(grade: nil, flag: .consideredNormal, normal: 5))
        #expect(exam.right.touch[4].isNotTestable)
        #expect(exam.right.prick[4].description == "0**")
    }

    @Test func anUnknownKeyIsRefusedWithTheClosestKey() {
        var values = ISNCSCITestExam().values
        values["c5RightMotr"] = values.removeValue(forKey: "c5RightMotor")
        #expect(throws: ISNCSCIError.unknownKey("c5RightMotr", suggestion: "c5RightMotor")) {
            try ISNCSCIExam(values: values)
        }
        #expect(throws: ISNCSCIError.unknownKey("bloodPressure", suggestion: nil)) {
            try ISNCSCIExam(values: ISNCSCITestExam().with("bloodPressure", "120/80").values)
        }
    }

    @Test(arguments: [
        ("c6LeftMotor", "6"), ("c6LeftMotor", "5*"), ("c6LeftMotor", "5**"), ("c6LeftMotor", "-1"),
        ("c6LeftMotor", "3***"), ("c6LeftMotor", "three"),
    ])
    func illegalMotorValuesNameTheKeyAndTheAllowedValues(key: String, value: String) throws {
        let error = #expect(throws: ISNCSCIError.self) { try ISNCSCIExam(values: ISNCSCITestExam().with(key, value).values) }
        guard case let .illegalValue(k, v, allowed)? = error else {
            Issue.record("expected an illegal value error, got \(String(describing: error))")
            return
        }
        #expect(k == key && v == value)
        #expect(allowed.contains("5") && allowed.contains("4*") && allowed.contains("NT**") && !allowed.contains("5*"))
        #expect(error?.description.contains(key) == true)
        #expect(error?.description.contains("0, 1, 2, 3, 4, 5, NT") == true)
    }

    @Test func illegalSensoryAndAnalValuesAreRefused() {
        #expect(throws: ISNCSCIError.illegalValue(key: "t4RightTouch", value: "3", allowed: ["0", "1", "2", "NT", "0*", "1*", "NT*", "0**", "1**", "NT**"])) {
            try ISNCSCIExam(values: ISNCSCITestExam().with("t4RightTouch", "3").values)
        }
        #expect(throws: ISNCSCIError.self) { try ISNCSCIExam(values: ISNCSCITestExam().with("t4RightPrick", "2*").values) }
        #expect(throws: ISNCSCIError.illegalValue(key: "analContraction", value: "maybe", allowed: ["Yes", "No", "NT"])) {
            try ISNCSCIExam(values: ISNCSCITestExam().with("analContraction", "maybe").values)
        }
    }

    @Test func messagesDoNotCarryTerminalEscapes() {
        let key = "c5RightMotor\u{1B}[2J"
        let message = ISNCSCIError.unknownKey(key, suggestion: nil).description
        #expect(!message.contains("\u{1B}"))
        #expect(!ISNCSCIError.illegalValue(key: "c5RightMotor", value: "\u{1B}]0;x\u{07}", allowed: ["5"]).description.contains("\u{1B}"))
        #expect(!ISNCSCIError.unknownKey(key, suggestion: nil).boardError.description.contains("\u{1B}"))
    }

    @Test func missingOrEmptyValuesAreListed() {
        let values = ISNCSCITestExam().with("s1LeftMotor", nil).with("analSensation", "  ").values
        #expect(throws: ISNCSCIError.missingValues(["s1LeftMotor", "analSensation"])) { try ISNCSCIExam(values: values) }
        let message = ISNCSCIError.missingValues(ISNCSCIExam.requiredKeys).description
        #expect(message.contains("and \(ISNCSCIExam.requiredKeys.count - 6) more"))
        #expect(message.contains("NT"))
    }

    @Test func theLowestNonKeyMuscleIsOptionalAndMustBeASegment() throws {
        let key = "rightLowestNonKeyMuscleWithMotorFunction"
        let exam = try ISNCSCIExam(values: ISNCSCITestExam().with(key, "L4").values)
        #expect(exam.right.lowestNonKeyMuscleWithMotorFunction?.name == "L4")
        #expect(try ISNCSCIExam(values: ISNCSCITestExam().with(key, "").values).right.lowestNonKeyMuscleWithMotorFunction == nil)
        #expect(throws: ISNCSCIError.self) { try ISNCSCIExam(values: ISNCSCITestExam().with(key, "X9").values) }
        #expect(throws: ISNCSCIError.self) { try ISNCSCIExam(values: ISNCSCITestExam().with(key, "INT").values) }
    }

    @Test func theBoardRefusesAnInvalidExamWithAClearError() throws {
        var board = Board()
        let ctx = { (n: Int) in ChangeContext(sequence: n, author: "dr.li", at: Date(timeIntervalSince1970: 1_000_000)) }
        try board.apply(.createBoard(CreateBoard(ward: "Spine 3")), context: ctx(1))
        let p = Patient(mrn: "SCI-0001", name: "王秀英", age: 62, sex: .female, bed: "3-12", admittedAt: Date(timeIntervalSince1970: 0), diagnosis: "C5 AIS A")
        try board.apply(.admitPatient(AdmitPatient(patient: p)), context: ctx(2))
        let bad = ISNCSCITestExam().with("c7LeftMotor", "7").values
        let error = #expect(throws: BoardError.self) {
            try board.apply(.addExam(AddExam(mrn: "SCI-0001", values: bad)), context: ctx(3))
        }
        #expect(error?.description.contains("c7LeftMotor") == true)
        #expect(error?.description.contains("0, 1, 2, 3, 4, 5, NT") == true)
        #expect(board.patients["SCI-0001"]?.exams.isEmpty == true)
        let typo = ISNCSCITestExam().with("c7LeftMotor", nil).with("c7LeftMotro", "5").values
        #expect {
            try board.apply(.addExam(AddExam(mrn: "SCI-0001", values: typo)), context: ctx(4))
        } throws: {
            ($0 as? BoardError)?.description
                == "unknown ISNCSCI exam key 'c7LeftMotro'; valid: did you mean c7LeftMotor? " + ISNCSCIExam.keyPattern
        }
        let id = try board.apply(.addExam(AddExam(mrn: "SCI-0001", values: ISNCSCITestExam().values)), context: ctx(5))
        #expect(id == "E-5")
    }
}
