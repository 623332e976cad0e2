import Foundation

/// The ACK a sender is owed for each message: AA accepted (recorded, or recorded before: a repeat), AE the content
/// was refused, AR the message was rejected; MSA-3 says why in words (HL7 v2.5.1, 2.9.2 "original mode").
public enum HL7Acknowledgement {
    /// The ACK of `message` (nil when it was so broken that no header could be read: then `for raw:` is used).
    /// `characterSet`: the set the ACK will be sent in, declared in its MSH-18 unless UTF-8 (which ACKs have always
    /// been sent in without declaring it).
    public static func make(
        for message: HL7Message?, code: String, text: String, ward: String, now: Date, characterSet: HL7CharacterSet = .utf8
    ) -> String {
        let sendingApplication = message?.header(3) ?? ""
        let sendingFacility = message?.header(4) ?? ""
        let controlID = message?.controlID ?? ""
        let trigger = message?.header(9, component: 2) ?? ""
        let clean = { (value: String) in
            // Separators and line breaks in our own words would split the ACK: keep it one field.
            Sanitizer.line(value).map { "|^~\\&".contains($0) ? " " : $0 }.reduce(into: "") { $0.append($1) }
        }
        var header = ["MSH", "^~\\&", "CONSULT-BOARD", clean(ward), clean(sendingApplication), clean(sendingFacility),
                      HL7Time.string(now), "", "ACK^\(clean(trigger))^ACK", "ACK\(clean(controlID))", "P", "2.5.1"]
        // MSH-13 to MSH-17 empty, MSH-18 the character set.
        if let declared = characterSet.declaredName { header += ["", "", "", "", "", clean(declared)] }
        let msa = ["MSA", code, clean(controlID), clean(text)]
        var segments = [header.joined(separator: "|"), msa.joined(separator: "|")]
        if code != "AA" { segments.append(["ERR", "", "", "", "E", "", "", "", clean(text)].joined(separator: "|")) }
        return segments.joined(separator: "\r")
    }
}
