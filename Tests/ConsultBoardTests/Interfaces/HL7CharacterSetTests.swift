import Foundation
import Testing
@testable import ConsultBoard

/// Messages in the character set their MSH-18 declares (HL7 v2.5.1 table 0211): GB 18030 from a Chinese hospital
/// system was refused as "not UTF-8", so such a feed recorded nothing.
@Suite struct HL7CharacterSetTests {
    /// An A01 whose header declares `declared` in MSH-18 and whose PID-5 is `name`, as bytes.
    static func a01(declared: String?, name: [UInt8], control: String = "G1") -> [UInt8] {
        let msh = "MSH|^~\\&|HIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ADT^A01^ADT_A01|\(control)|P|2.5.1"
            + (declared.map { "||||||\($0)" } ?? "")
        return Array("\(msh)\rEVN|A01|202611250800+0800\rPID|1||GB-0001^^^HOSP^MR||".utf8) + name
            + Array("||19640315|F\rPV1|1|I|SPINE3^3^12^HOSP\rDG1|1|||C4 cord injury".utf8)
    }

    /// 张^伟 in GB 18030 (and GB 2312): D5C5 CEB0.
    static let zhangWeiGB: [UInt8] = [0xD5, 0xC5, 0x5E, 0xCE, 0xB0]

    private func feed(_ folder: StoreFolder) throws -> HL7Feed {
        let store = try BoardStore.create(at: folder.board, ward: "Spine 3", author: "dr.li", at: Sample.start)
        return HL7Feed(store: store, author: "adt-feed", importer: HL7ResultImport(timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current), ward: "Spine 3")
    }

    @Test func aMessageDeclaringGB18030IsReadAndAnsweredInIt() throws {
        let read = try HL7CharacterSet.read(Self.a01(declared: "GB 18030-2000", name: Self.zhangWeiGB))
        #expect(read.characterSet == .gb18030)
        #expect(read.text.contains("||张^伟||"))
        let folder = try StoreFolder()
        let outcome = try feed(folder).receive(read.text, answeringIn: read.characterSet, now: Date(timeIntervalSince1970: 1_795_600_000))
        #expect(outcome.code == "AA", "\(outcome.text)")
        #expect(try BoardStore(path: folder.board).record("GB-0001")?.patient.name == "张伟")
        // The ACK declares the set it is sent in, and says the name in it.
        let header = try #require(outcome.acknowledgement.split(separator: "\r").first)
        #expect(header.hasSuffix("|2.5.1||||||GB 18030-2000"), "\(header)")
        let bytes = try #require(outcome.characterSet.encode(outcome.acknowledgement))
        #expect(bytes.contains(0xD5) && !bytes.contains(0xE5), "张 is D5C5 in GB 18030, E5BCA0 in UTF-8")
        #expect(HL7CharacterSet.gb18030.encode("张伟") == [0xD5, 0xC5, 0xCE, 0xB0])
    }

    @Test func whatTheHeaderDeclaresWinsOverBytesThatHappenToBeUTF8() throws {
        // C2A0 is a no-break space in UTF-8 and 聽 in GB 18030.
        let read = try HL7CharacterSet.read(Self.a01(declared: "GB 18030-2000", name: [0xC2, 0xA0, 0x5E, 0xCE, 0xB0]))
        #expect(read.text.contains("||聽^伟||"))
        // A UTF-8 message is read as UTF-8, declared or not.
        for declared in [nil, "UNICODE UTF-8", "ASCII"] {
            let utf8 = try HL7CharacterSet.read(Self.a01(declared: declared, name: Array("张^伟".utf8)))
            #expect(utf8.characterSet == .utf8 && utf8.text.contains("||张^伟||"), "\(String(describing: declared))")
        }
    }

    @Test(arguments: [
        (String?.none, "declares no character set"),
        ("UNICODE UTF-8", "declares no character set"),
        ("BIG-5", "declares 'BIG-5' in MSH-18"),
        ("8859/1", "declares '8859/1' in MSH-18"),
    ])
    func bytesThatAreNotInTheDeclaredSetAreRefusedNamingIt(_ declared: String?, _ words: String) {
        #expect {
            try HL7CharacterSet.read(Self.a01(declared: declared, name: Self.zhangWeiGB))
        } throws: { error in
            (error as? HL7Error).map { $0.acknowledgementCode == "AR" && $0.description.contains(words) } ?? false
        }
    }

    @Test func aSetThisBoardDoesNotConvertIsReadWhileTheMessageIsASCII() throws {
        let read = try HL7CharacterSet.read(Self.a01(declared: "8859/1", name: Array("Smith^Anna".utf8)))
        #expect(read.characterSet == .other("8859/1") && read.text.contains("||Smith^Anna||"))
        #expect(HL7CharacterSet.other("8859/1").encode("Müller") == nil)
    }

    @Test func aFileIsCutIntoMessagesBeforeEachIsRead() throws {
        let utf8 = Self.a01(declared: nil, name: Array("李^明".utf8), control: "U1")
        let gb = Self.a01(declared: "GB 18030-2000", name: Self.zhangWeiGB, control: "G1")
        let pieces = HL7Message.split(bytes: utf8 + Array("\r\n".utf8) + gb + Array("\n".utf8))
        #expect(pieces.count == 2)
        let texts = try pieces.map { try HL7CharacterSet.read($0).text }
        #expect(texts.first?.contains("||李^明||") == true)
        #expect(texts.last?.contains("||张^伟||") == true)
        // A line that only contains "MSH" inside a field does not start a message.
        #expect(HL7Message.split(bytes: Array("MSH|^~\\&|A\rOBX|1|ST|X||see MSH|\r".utf8)).count == 1)
    }
}
