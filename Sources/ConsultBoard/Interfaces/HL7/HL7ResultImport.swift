import Foundation

/// Turns an HL7 v2 ORU^R01 (observation result) message into the board's lab commands: one `lab.add` per OBX, for
/// the patient PID-3 names, each marked with the message it came from so the same message is never recorded
/// twice. Pure: it reads the message and the mapping, and the board applies what it returns through its one door.
public struct HL7ResultImport: Sendable {
    public var mapping: HL7LabMapping
    /// The time zone of an HL7 time without an offset (HL7 says such a time is the sender's local time).
    public var timeZone: TimeZone

    public init(mapping: HL7LabMapping = HL7LabMapping(), timeZone: TimeZone = .current) {
        self.mapping = mapping
        self.timeZone = timeZone
    }

    /// The lab commands of a result message, or the first problem with its segment and field.
    public func commands(for message: HL7Message) throws(HL7Error) -> [BoardCommand] {
        guard message.type == "ORU^R01" else { throw .unsupported(type: message.type) }
        guard !message.controlID.isEmpty else { throw .field(segment: "MSH", field: 10, problem: "the message control id is empty") }
        guard let pid = message.segments("PID").first else { throw .malformed("an ORU^R01 message has a PID segment") }
        let mrn = message.value(pid, 3)
        guard !mrn.isEmpty else { throw .field(segment: "PID", field: 3, problem: "no patient identifier (the board's MRN)") }
        let source = Self.source(of: message)
        let requestTime = message.segments("OBR").first.map { message.value($0, 7) } ?? ""
        var commands: [BoardCommand] = []
        for (index, obx) in message.segments("OBX").enumerated() {
            let name = "OBX(\(index + 1))"
            func problem(_ field: Int, _ text: String) -> HL7Error { .field(segment: name, field: field, problem: text) }
            let status = message.value(obx, 11)
            guard status == "F" || status == "C" else {
                throw problem(11, "result status '\(status)' is not final (F) or corrected (C); only those are recorded")
            }
            let code = message.value(obx, 3, component: 1)
            let system = message.value(obx, 3, component: 3)
            let text = message.value(obx, 3, component: 2)
            guard let test = mapping.test(code: code, system: system) else {
                throw problem(3, "code '\(code)'\(text.isEmpty ? "" : " (\(text))")\(system.isEmpty ? "" : " in \(system)") is not mapped to a board test; add it to the ward's mapping file")
            }
            let type = message.value(obx, 2)
            guard type == "NM" || type.isEmpty else { throw problem(2, "value type '\(type)' is not numeric (NM)") }
            let written = message.value(obx, 5)
            guard let value = Self.number(written) else {
                throw problem(5, "'\(written)' is not a plain number (digits, an optional point and decimals)")
            }
            let unit = mapping.unit(message.value(obx, 6, component: 1))
            guard !unit.isEmpty else { throw problem(6, "no unit") }
            let timeText = message.value(obx, 14).isEmpty ? requestTime : message.value(obx, 14)
            guard let at = HL7Time.date(timeText, timeZone: timeZone) else {
                throw problem(14, "'\(timeText)' is not an HL7 time to the minute (YYYYMMDDHHMM[SS][+ZZZZ]); OBR-7 is used when OBX-14 is empty")
            }
            commands.append(.addLab(AddLab(mrn: mrn, test: test, value: value, unit: unit, at: at, source: "\(source)#\(index + 1)")))
        }
        guard !commands.isEmpty else { throw .malformed("the ORU^R01 message has no OBX segment") }
        return commands
    }

    /// Where a message came from, as the board records it: sending application and facility and control id.
    public static func source(of message: HL7Message) -> String {
        "hl7:\(message.header(3))|\(message.header(4))|\(message.controlID)"
    }

    /// A plain decimal (`186`, `5.4`, `-2.5`): no exponents, no thousands separators, no comparators (`<5`).
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var sawDigit = false
        var sawPoint = false
        for (offset, character) in trimmed.enumerated() {
            if character.isASCII, character.isNumber { sawDigit = true }
            else if character == ".", !sawPoint { sawPoint = true }
            else if character == "-", offset == 0 { continue }
            else { return nil }
        }
        guard sawDigit, let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }
}

/// HL7 v2 time stamps (DTM): YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ], read to the minute at least.
enum HL7Time {
    static func date(_ text: String, timeZone: TimeZone) -> Date? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var zone = timeZone
        if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = body[body.index(after: sign)...]
            guard offset.count == 4, offset.allSatisfy(\.isNumber), let hh = Int(offset.prefix(2)), let mm = Int(offset.suffix(2)),
                  hh <= 14, mm < 60 else { return nil }
            let seconds = (hh * 3600 + mm * 60) * (body[sign] == "-" ? -1 : 1)
            guard let fixed = TimeZone(secondsFromGMT: seconds) else { return nil }
            zone = fixed
            body = body[..<sign]
        }
        if let point = body.firstIndex(of: ".") { body = body[..<point] }
        guard [12, 14].contains(body.count), body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        func part(_ from: Int, _ length: Int) -> Int? {
            let start = body.index(body.startIndex, offsetBy: from)
            return Int(body[start..<body.index(start, offsetBy: length)])
        }
        var components = DateComponents()
        components.timeZone = zone
        components.year = part(0, 4)
        components.month = part(4, 2)
        components.day = part(6, 2)
        components.hour = part(8, 2)
        components.minute = part(10, 2)
        components.second = body.count == 14 ? part(12, 2) : 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// A time as HL7 writes it, in UTC: 20261125083000+0000.
    static func string(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d%02d%02d%02d+0000", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
