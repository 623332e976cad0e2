import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board hl7 listen --port N`: the MLLP listener the laboratory system sends its results to.
struct HL7ListenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Listen for HL7 v2 result messages from the laboratory system (MLLP over TCP).",
        discussion: """
            Each message is recorded as one change signed by the feed's identity (--feed-name, e.g. lab-feed; default --author) and \
            acknowledged (AA, AE or AR, as `hl7 import` does) only after the change is on disk. Malformed frames, \
            refused messages and dropped connections are answered or logged and the listener keeps running; \
            SIGTERM or Ctrl-C stops it. Prints `listening on HOST:PORT` when ready (with --port 0 the system picks \
            the port); logs one line per message on standard error. Listens on 127.0.0.1 unless --host says \
            otherwise: put it behind the hospital's network controls, HL7 v2 has no authentication of its own.
            """)

    @OptionGroup var options: BoardOptions

    @OptionGroup var identity: FeedIdentityOption

    @Option(help: ArgumentHelp("The TCP port (0: any free port, printed when ready).", valueName: "port"))
    var port: Int

    @Option(help: ArgumentHelp("The IPv4 address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The ward's mapping of local lab codes and units to the board's tests (JSON).", valueName: "file"))
    var mapping: String?

    @Option(help: ArgumentHelp("The longest message taken, in bytes.", valueName: "bytes"))
    var maxMessageBytes = 1_048_576

    func validate() throws {
        guard (0...65_535).contains(port) else { throw CLIUsageMistake.portOutOfRange(port).error }
        guard (1_024...(64 << 20)).contains(maxMessageBytes) else {
            throw CLIUsageMistake.maxMessageBytesOutOfRange(maxMessageBytes).error
        }
    }

    func run() throws {
        let feed = try options.hl7Feed(mapping: mapping, identity: identity)
        let listener: MLLPListener
        do {
            listener = try MLLPListener(feed: feed, host: host, port: UInt16(port), maximumBytes: maxMessageBytes)
        } catch { throw CLIError.passedOn(error.shown) }
        SignalTrap.install()
        print(tr("cli.hl7.listening", ["address": "\(host):\(listener.port)"]))
        fflush(nil)  // every stream: the test or the supervisor waits for this line
        let serving = Thread {
            listener.run { line in FileHandle.standardError.write(Data("\(Sanitizer.line(line))\n".utf8)) }
        }
        serving.start()
        while SignalTrap.pending == nil { usleep(100_000) }
        listener.stop()
        FileHandle.standardError.write(Data((tr("cli.hl7.stopped", ["host": host, "port": String(listener.port)]) + "\n").utf8))
    }
}
