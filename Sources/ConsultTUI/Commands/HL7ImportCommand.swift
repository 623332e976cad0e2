import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board hl7 import FILE|- [--mapping FILE]`: records the results of HL7 v2 ORU^R01 messages and prints
/// an ACK for each.
struct HL7ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record HL7 v2 ORU^R01 results and ADT^A01/A02/A03/A08 moves from a file (or - for standard input).",
        discussion: """
            Each message (starting with its MSH segment) is one change, signed by the feed's identity (--feed-name, \
            e.g. lab-feed; default --author). Its OBX codes are mapped to the board's tests by LOINC and by the ward's --mapping file \
            (docs/interfaces.md); ADT admits (or readmits), moves beds, discharges and updates patients through the \
            same commands as the CLI. A message that cannot be mapped is refused whole, naming the segment and field. \
            An ACK is printed for every message (AA recorded or a repeat, AE refused, AR not a result message), its \
            segments on separate lines; the command exits non-zero when any message was not accepted. A message \
            received twice (the same sender and control id) is acknowledged and recorded once.
            """)

    @OptionGroup var options: BoardOptions

    @OptionGroup var identity: FeedIdentityOption

    @Argument(help: ArgumentHelp("The file of messages, or - for standard input.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The ward's mapping of local lab codes and units to the board's tests (JSON).", valueName: "file"))
    var mapping: String?

    func run() throws {
        let data: Data?
        if file == "-" {
            data = try FileHandle.standardInput.readToEnd()
        } else {
            data = FileManager.default.contents(atPath: file)
            guard data != nil else { throw CLIError.cannotRead(file: file) }
        }
        guard let data else { throw CLIError.cannotRead(file: file) }
        let chunks = HL7Message.split(bytes: Array(data))
        // A file with no MSH segment at all is not a feed file (a wrong path): one line, not an AR per chunk.
        guard chunks.contains(where: { $0.starts(with: "MSH".utf8) }) else {
            throw String(data: data, encoding: .utf8) == nil ? CLIError.notUTF8HL7(file: file) : CLIError.noHL7Message(file: file)
        }
        // Each message read in the set its MSH-18 declares (UTF-8, or GB 18030 from a Chinese hospital system);
        // one that cannot be read is refused by itself (AR), the others still recorded.
        let pieces: [Result<String, HL7Error>] = chunks.flatMap { bytes -> [Result<String, HL7Error>] in
            do throws(HL7Error) {
                return HL7Message.split(try HL7CharacterSet.read(bytes).text).map { .success($0) }
            } catch {
                return [.failure(error)]
            }
        }
        let feed = try options.hl7Feed(mapping: mapping, identity: identity)
        var refused = 0
        for piece in pieces {
            let outcome: HL7Feed.Outcome
            switch piece {
            case let .success(message): outcome = feed.receive(message)
            case let .failure(error): outcome = feed.refuse(error.description)
            }
            if outcome.code == "AA" { StandardOutput.changeWasSaved() }
            print(outcome.acknowledgement.replacingOccurrences(of: "\r", with: "\n"))
            if outcome.code != "AA" {
                refused += 1
                FileHandle.standardError.write(Data((tr("cli.hl7.refused", ["code": outcome.code, "text": Sanitizer.line(outcome.text)]) + "\n").utf8))
            }
        }
        if refused > 0 { throw ExitCode(1) }
    }
}
