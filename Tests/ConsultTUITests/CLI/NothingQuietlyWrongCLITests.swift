import ConsultBoard
import Foundation
import Testing

/// The CLI refuses what would be quietly wrong, and never loses an output unseen.
@Suite struct NothingQuietlyWrongCLITests {
    @Test(arguments: BoardKind.available)
    func aFutureSampleTimeIsRefusedWithTheMachinesTime(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let nextYear = BoardJSON.string(from: Date().addingTimeInterval(365 * 86400))
        try board.refuse(
            ["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "80", "--unit", "umol/L", "--at", nextYear],
            "is in the future: this machine's time is")
        try board.refuse(
            ["complication", "add", CLIBoard.mrn, "--kind", "other", "--summary", "fall", "--onset", nextYear],
            "complication onset", "is in the future")
    }

    @Test(arguments: BoardKind.available)
    func numbersArePlainDecimalsAndTestNamesAreCheckedForTypos(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let lab = ["lab", "add", CLIBoard.mrn, "--test", "temperature", "--unit", "C", "--value"]
        try board.refuse(lab + ["0x25"], "value '0x25' is not a number")
        try board.refuse(lab + ["3.7e1"], "value '3.7e1' is not a number")
        try board.refuse(lab + ["37,5"], "value '37,5' has a comma", "with a point")
        try board.refuse(["patient", "set", CLIBoard.mrn, "--weight", "1,234"], "weight '1,234' has a comma")
        let typo = ["lab", "add", CLIBoard.mrn, "--test", "creatinin", "--value", "80", "--unit", "umol/L"]
        try board.refuse(typo, "did you mean creatinine?", "--new-test")
        let id = try board.add(typo + ["--new-test"])
        #expect(try board.record().labs.first { $0.id == id }?.test == "creatinin")
    }

    @Test(arguments: BoardKind.available)
    func admissionNeedsSexAFreeBedOrConfirmationAndAnMRNUniqueWhateverItsCase(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let admit = ["admit", "--name", "张伟", "--age", "58", "--diagnosis", "C6 AIS B"]
        let missingSex = try board.run(admit + ["--mrn", "SCI-T2", "--bed", "4-01"])
        #expect(missingSex.status != 0 && missingSex.stderr.contains("--sex"), "\(missingSex)")
        try board.refuse(admit + ["--mrn", "SCI-T2", "--sex", "M", "--bed", "3-01"], "bed '3-01' is taken by SCI-T1", "--allow-shared-bed")
        try board.refuse(admit + ["--mrn", "sci-t1", "--sex", "M", "--bed", "4-01"], "MRN 'SCI-T1' is already on this board")
        #expect(try board.add(admit + ["--mrn", "SCI-T2", "--sex", "M", "--bed", "3-01", "--allow-shared-bed"]) == "SCI-T2")
    }

    @Test(arguments: BoardKind.available)
    func aChangeOnAStaleRevisionIsRefusedNamingWhoChangedItAndWhen(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let seen = try board.record().revision
        try board.add(["patient", "set", CLIBoard.mrn, "--summary", "nurse's summary", "--expect-revision", "\(seen)"], author: "rn.chen")
        try board.refuse(
            ["patient", "set", CLIBoard.mrn, "--summary", "doctor's summary", "--expect-revision", "\(seen)"],
            "SCI-T1 was changed by rn.chen at ", "you saw revision \(seen), it is now at \(seen + 1)")
        #expect(try board.record().patient.summary == "nurse's summary")
        let order = try board.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "lab", "--text", "CK"])
        let now = try board.record().revision
        try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "seen"], author: "dr.wang")
        try board.refuse(["order", "set", order, "--status", "completed", "--expect-revision", "\(now)"], "\(order) was changed by dr.wang")
        try board.add(["order", "set", order, "--status", "completed", "--expect-revision", "\(now + 1)"])
    }

    /// Runs `command` (a shell line using `$CB` for the program) on the board, in bash.
    private func shell(_ board: CLIBoard, _ command: String) throws -> ChildProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment["CONSULT_BOARD"] = board.path
        environment["CONSULT_BOARD_AUTHOR"] = "dr.test"
        environment["CB"] = try ConsultBoardProcess.executable.path
        return try ChildProcess.run("/bin/bash", ["-c", command], environment: environment, input: Data())
    }

    @Test(arguments: [
        "show SCI-T1", "show SCI-T1 --json", "audit", "audit --json", "patients", "patients --json", "export", "handoff",
        "note add SCI-T1 --service ward --text seen", "alerts list SCI-T1", "exam list SCI-T1", "validate",
    ])
    func aFullDiskEndsWithOneErrorLineAndAFailure(_ command: String) throws {
        let board = try CLIBoard()
        let outcome = try shell(board, "\"$CB\" \(command) > /dev/full")
        let stderr = String(decoding: outcome.stderr, as: UTF8.self)
        #expect(outcome.ending == .exited(1), "\(command): \(stderr)")
        // A change is saved before its id is printed: the line says so, so that nobody makes it again.
        let saved = command.hasPrefix("note add") ? "; the change was saved, only its output could not be written (do not make it again)" : ""
        #expect(stderr == "consult-board: error: cannot write to standard output: No space left on device\(saved)\n", "\(command)")
    }

    @Test(arguments: BoardKind.available)
    func aClosedPipeEndsQuietly(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let long = String(repeating: "The patient was seen on the ward round. ", count: 8000)
        try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "-"], stdin: long)
        for command in ["show SCI-T1", "show SCI-T1 --json", "export", "audit --json"] {
            let outcome = try shell(board, "\"$CB\" \(command) 2>/tmp/cb-pipe-$$ | head -c 10 >/dev/null; status=${PIPESTATUS[0]}; cat /tmp/cb-pipe-$$; rm -f /tmp/cb-pipe-$$; echo \"status $status\"")
            let output = String(decoding: outcome.stdout, as: UTF8.self)
            #expect(output == "status 141\n", "\(command): \(output)")
        }
    }
}
