import Foundation

/// Receives HL7 v2 messages for a board: each message is parsed, mapped to the board's commands and applied through
/// the store's one door as one change, and answered with its ACK only after that change is on disk. Shared by
/// `hl7 import` (a file) and `hl7 listen` (the lab system's MLLP connection).
public struct HL7Feed: Sendable {
    public var store: any BoardStoring
    /// Who the changes are signed by: the feed's own identity (`lab-feed`), never a person's.
    public var author: String
    public var importer: HL7ResultImport
    /// The ward's name, as the ACKs give it in MSH-4.
    public var ward: String

    public init(store: any BoardStoring, author: String, importer: HL7ResultImport, ward: String) {
        self.store = store
        self.author = author
        self.importer = importer
        self.ward = ward
    }

    /// What became of one message.
    public struct Outcome: Sendable, Equatable {
        /// AA, AE or AR.
        public var code: String
        /// Why, in words (MSA-3).
        public var text: String
        /// The ACK message, segments separated by CR.
        public var acknowledgement: String
        /// How many values were recorded (0 for a repeat or a refusal).
        public var recorded: Int
        /// The set the ACK is to be sent in, and declares in its MSH-18 unless UTF-8: the message's own.
        public var characterSet: HL7CharacterSet = .utf8
    }

    /// Takes one message: records its results, or refuses it, and says which with the ACK. `characterSet`: what
    /// the message was read from, which its ACK is answered in (a file's ACKs are printed, so UTF-8).
    public func receive(_ text: String, answeringIn characterSet: HL7CharacterSet = .utf8, now: Date = Date()) -> Outcome {
        let message: HL7Message
        do { message = try HL7Message(text) } catch {
            return outcome(nil, code: error.acknowledgementCode, text: error.description, recorded: 0, now: now)
        }
        let outcome = { (code: String, text: String, recorded: Int) in
            self.outcome(message, code: code, text: text, recorded: recorded, now: now, characterSet: characterSet)
        }
        let commands: [BoardCommand]
        let isADT = message.type.hasPrefix("ADT^")
        do {
            if isADT {
                // An A01 for a patient who left is a readmission: the ward list's headers say who left.
                let departed = (try? store.wardList().departed.map(\.mrn)) ?? []
                commands = try HL7ADTImport(timeZone: importer.timeZone).commands(for: message, departed: Set(departed))
            } else {
                commands = try importer.commands(for: message)
            }
        } catch {
            return outcome(error.acknowledgementCode, error.description, 0)
        }
        do {
            _ = try store.apply(commands, author: author, at: now)
        } catch {
            if case let .rejected(.alreadyRecorded(record, _)) = error, record.english.hasPrefix("hl7:") {
                // A resent message (the sender missed our ACK): acknowledged again, recorded once.
                return outcome("AA", "already recorded: message \(message.controlID) was received before", 0)
            }
            return outcome("AE", error.description, 0)
        }
        let done = isADT
            ? commands.map { Sanitizer.line($0.summaryText) }.joined(separator: "; ")
            : "recorded \(commands.count) result\(commands.count == 1 ? "" : "s")"
        return outcome("AA", done, commands.count)
    }

    /// The answer to bytes that are not a message at all (too long, not text): AR, with no header to answer.
    public func refuse(_ reason: String, now: Date = Date()) -> Outcome {
        outcome(nil, code: "AR", text: reason, recorded: 0, now: now)
    }

    /// The outcome and its ACK, in `characterSet` (a message that could not be read at all is answered in UTF-8).
    private func outcome(
        _ message: HL7Message?, code: String, text: String, recorded: Int, now: Date, characterSet: HL7CharacterSet = .utf8
    ) -> Outcome {
        let answeredIn = message == nil ? .utf8 : characterSet
        return Outcome(code: code, text: text,
                       acknowledgement: HL7Acknowledgement.make(for: message, code: code, text: text, ward: ward, now: now, characterSet: answeredIn),
                       recorded: recorded, characterSet: answeredIn)
    }
}
