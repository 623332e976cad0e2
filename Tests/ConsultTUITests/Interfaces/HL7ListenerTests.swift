import ConsultBoard
import Foundation
import Testing

/// `hl7 listen`: the laboratory system's MLLP connection, over loopback, with real sockets.
@Suite struct HL7ListenerTests {
    static func oru(control: String, value: Double = 4.1, obx count: Int = 1) -> String {
        (["MSH|^~\\&|LIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ORU^R01|\(control)|P|2.5.1",
          "PID|1||SCI-0001^^^HOSP^MR", "OBR|1||LAB|CHEM|||20261125060000+0800"]
         + (1...count).map { "OBX|\($0)|NM|2823-3^Potassium^LN||\(value)|mmol/L|||||F" }).joined(separator: "\r")
    }

    @Test func recordsAnswersAndSurvivesBadFramesDropsAndBursts() throws {
        let folder = try TemporaryFolder()
        let board = folder.path("ward")
        #expect(try ConsultBoardProcess.run(["init", "--demo", "--board", board]).status == 0)
        let labsBefore = try HL7ImportCommandTests.labs(try ConsultBoardProcess.run(["show", "SCI-0001", "--board", board, "--json"]).stdout).count

        let listener = try Listener(board: board, folder: folder)
        defer { listener.stop() }
        let port = try listener.port()

        // One message, answered after it is recorded.
        let client = try MLLPClient(port: port)
        try client.send(MLLPFraming.frame(Self.oru(control: "B1")))
        #expect(try client.acknowledgement().contains("MSA|AA|B1|recorded 1 result"))
        // Noise outside frames is ignored; a frame that is not HL7 is rejected; the connection goes on.
        try client.send(Array("line noise".utf8) + MLLPFraming.frame("hello"))
        #expect(try client.acknowledgement().contains("MSA|AR||not an HL7 v2 message"))
        // A message longer than the listener takes is refused, and the next one is read.
        try client.send([MLLPFraming.start] + Array(repeating: UInt8(ascii: "x"), count: 5_000) + MLLPFraming.end)
        #expect(try client.acknowledgement().contains("longer than 4096 bytes"))
        // The same message again: acknowledged, recorded once.
        try client.send(MLLPFraming.frame(Self.oru(control: "B1")))
        #expect(try client.acknowledgement().contains("MSA|AA|B1|already recorded"))
        client.close()

        // A sender that drops the connection in the middle of a message: nothing of it is recorded.
        let dropping = try MLLPClient(port: port)
        let half = MLLPFraming.frame(Self.oru(control: "HALF", value: 9.9))
        try dropping.send(Array(half.prefix(half.count / 2)))
        dropping.close()

        // A burst: 200 messages of 5 results each, sent without waiting, then every ACK read.
        let burst = try MLLPClient(port: port)
        var bytes: [UInt8] = []
        for index in 1...200 { bytes += MLLPFraming.frame(Self.oru(control: "C\(index)", value: 4.0 + Double(index % 10) / 10, obx: 5)) }
        try burst.send(bytes)
        for index in 1...200 {
            #expect(try burst.acknowledgement().contains("MSA|AA|C\(index)|recorded 5 results"))
        }
        burst.close()

        let outcome = listener.stop()
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.stderr.contains("closed in the middle of a message"))
        let labs = try HL7ImportCommandTests.labs(try ConsultBoardProcess.run(["show", "SCI-0001", "--board", board, "--json"]).stdout)
        #expect(labs.count == labsBefore + 1 + 1_000, "B1 once and the burst's 1,000 results; nothing of the dropped message")
        #expect(!labs.contains { ($0["value"] as? Double) == 9.9 })
        #expect(try ConsultBoardProcess.run(["validate", "--board", board]).status == 0)
    }
}

/// `consult-board hl7 listen --port 0` running in the background, its output in files.
final class Listener {
    let process: ChildProcess
    let stdout: String
    let stderr: String
    private var ended: ConsultBoardProcess.Outcome?

    init(board: String, folder: TemporaryFolder, arguments: [String] = ["--author", "lab-feed"]) throws {
        stdout = folder.path("listener.out")
        stderr = folder.path("listener.err")
        let out = open(stdout, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let err = open(stderr, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer { close(out); close(err) }
        process = try ChildProcess.start(
            try ConsultBoardProcess.executable.path,
            ["hl7", "listen", "--port", "0", "--board", board, "--max-message-bytes", "4096"] + arguments,
            stdout: .descriptor(out), stderr: .descriptor(err))
    }

    /// The port, once the listener says it is ready (within 30 s).
    func port() throws -> UInt16 {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }),
               let port = line.split(separator: ":").last.flatMap({ UInt16($0) }) {
                return port
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TestSetupError("the listener did not say it was listening: \((try? String(contentsOfFile: stderr, encoding: .utf8)) ?? "")")
    }

    /// Stops it with SIGTERM (once) and returns how it ended.
    @discardableResult
    func stop() -> ConsultBoardProcess.Outcome {
        if let ended { return ended }
        process.send(SIGTERM)
        let outcome = process.wait()
        let result = ConsultBoardProcess.Outcome(
            status: outcome.ending.status, stdout: (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? "")
        ended = result
        return result
    }
}

/// A test's side of an MLLP connection on loopback.
final class MLLPClient {
    private let socket: Int32
    private var framing = MLLPFraming(maximumBytes: 1 << 20)
    private var queue: [[UInt8]] = []

    init(port: UInt16) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw TestSetupError("cannot connect to 127.0.0.1:\(port)") }
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw TestSetupError("the listener closed the connection") }
            sent += count
        }
    }

    /// The next ACK (the text of the next frame, read as UTF-8), waiting at most 60 s.
    func acknowledgement() throws -> String {
        String(decoding: try acknowledgementBytes(), as: UTF8.self)
    }

    /// The next ACK's bytes as sent (in the character set it declares), waiting at most 60 s.
    func acknowledgementBytes() throws -> [UInt8] {
        let deadline = Date().addingTimeInterval(60)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while queue.isEmpty {
            guard Date() < deadline else { throw TestSetupError("no ACK within 60 s") }
            var entry = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 1_000) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { throw TestSetupError("the listener closed the connection") }
            for item in framing.receive(buffer[0..<count]) {
                if case let .message(bytes) = item { queue.append(Array(bytes)) }
            }
        }
        return queue.removeFirst()
    }

    func close() { Glibc.close(socket) }
}
