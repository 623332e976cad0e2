import Foundation
import Testing
@testable import ConsultBoard

/// HL7 v2 ADT^A01/A02/A03/A08 through the feed: each maps to the board's own commands, is answered AA/AE/AR naming
/// the segment and field, and a resent message (same sender and control id) is acknowledged and recorded once.
@Suite struct HL7ADTTests {
    static func adt(
        _ event: String, control: String, mrn: String = "ADT-0001", evn: String = "202611250800+0800", pid: String? = nil,
        pv1: String = "PV1|1|I|SPINE3^3^12^HOSP||||||||||||||||V1", extra: [String] = []
    ) -> String {
        (["MSH|^~\\&|HIS|HOSP|CONSULT-BOARD|SPINE3|20261125083000+0800||ADT^\(event)^ADT_A01|\(control)|P|2.5.1",
          "EVN|\(event)|\(evn)",
          pid ?? "PID|1||\(mrn)^^^HOSP^MR||张^伟||19640315|M",
          pv1] + extra).joined(separator: "\r")
    }

    private func feed(_ folder: StoreFolder) throws -> HL7Feed {
        let store = try BoardStore.create(at: folder.board, ward: "Spine 3", author: "dr.li", at: Sample.start)
        return HL7Feed(store: store, author: "adt-feed", importer: HL7ResultImport(timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current), ward: "Spine 3")
    }

    @Test func admitTransferUpdateDischargeAndReadmit() throws {
        let folder = try StoreFolder()
        let feed = try feed(folder)
        let now = Date(timeIntervalSince1970: 1_795_600_000)  // 2026-11-25, after the messages' times
        let a01 = Self.adt("A01", control: "M1", extra: ["DG1|1||S14.1^Cervical cord injury^I10|C5 AIS B cord injury", "AL1|1|DA|^Penicillin|SV|rash"])
        let first = feed.receive(a01, now: now)
        #expect(first.code == "AA", "\(first.text)")
        #expect(first.acknowledgement.contains("MSA|AA|M1|admitted 张伟"))
        var p = try #require(try feed.store.record("ADT-0001")?.patient)
        #expect(p.name == "张伟" && p.sex == .male && p.age == 62 && p.bed == "12")
        #expect(p.diagnosis == "C5 AIS B cord injury" && p.allergies == "Penicillin (rash)")
        #expect(p.admittedAt == Date(timeIntervalSince1970: 1_795_564_800))  // EVN-2: 2026-11-25 08:00 +08:00
        // The same A01 again: acknowledged, not recorded twice.
        let again = feed.receive(a01, now: now)
        #expect(again.code == "AA" && again.text.contains("already recorded") && again.recorded == 0)
        // A02: another bed; resent, recorded once.
        let a02 = Self.adt("A02", control: "M2", pv1: "PV1|1|I|SPINE3^3^14^HOSP")
        #expect(feed.receive(a02, now: now).code == "AA")
        #expect(feed.receive(a02, now: now).text.contains("already recorded"))
        p = try #require(try feed.store.record("ADT-0001")?.patient)
        #expect(p.bed == "14" && p.movements?.filter { $0.kind == .bedTransfer }.count == 1)
        // A08: a corrected name; the same A08 again changes nothing and is acknowledged.
        let a08 = Self.adt("A08", control: "M3", pid: "PID|1||ADT-0001^^^HOSP^MR||张^伟明||19640315|M")
        #expect(feed.receive(a08, now: now).code == "AA")
        #expect(feed.receive(a08, now: now).text.contains("already recorded"))
        #expect(try feed.store.record("ADT-0001")?.patient.name == "张伟明")
        // A03: discharged home (PV1-36 01), at PV1-45.
        try feed.store.apply([.addAction(AddAction(mrn: "ADT-0001", text: "urology follow-up"))], author: "dr.li", at: now)
        let a03 = Self.adt("A03", control: "M4", pv1: "PV1|1|I|SPINE3^3^14^HOSP||||||||||||||||V1|||||||||||||||||01|||||||||202611250930+0800")
        let discharged = feed.receive(a03, now: now)
        #expect(discharged.code == "AA", "\(discharged.text)")
        #expect(feed.receive(a03, now: now).text.contains("already recorded"))
        p = try #require(try feed.store.record("ADT-0001")?.patient)
        #expect(!p.isOnWard && p.departure?.destination == .home)
        #expect(p.departure?.at == Date(timeIntervalSince1970: 1_795_570_200))
        #expect(p.departure?.carriedOver?.map(\.text) == ["action: urology follow-up"], "the open action is carried over, not closed")
        // A01 for the patient who left: readmitted.
        let back = feed.receive(Self.adt("A01", control: "M5", pv1: "PV1|1|I|SPINE3^3^16^HOSP"), now: now)
        #expect(back.code == "AA", "\(back.text)")
        p = try #require(try feed.store.record("ADT-0001")?.patient)
        #expect(p.isOnWard && p.bed == "16")
        #expect(p.movements?.map(\.kind) == [.admitted, .bedTransfer, .discharged, .readmitted])
        #expect(try feed.store.replayedFromJournal() == feed.store.load())
    }

    @Test func refusalsNameTheSegmentAndField() throws {
        let folder = try StoreFolder()
        let feed = try feed(folder)
        let now = Date(timeIntervalSince1970: 1_795_600_000)
        let cases: [(String, String, String)] = [
            (Self.adt("A01", control: "E1", extra: []), "AE", "DG1-4"),
            (Self.adt("A01", control: "E2", pid: "PID|1||ADT-0002^^^HOSP^MR||Li^Ming||19640315|U", extra: ["DG1|1||||x"]), "AE", "PID-8"),
            (Self.adt("A01", control: "E3", pid: "PID|1||ADT-0002^^^HOSP^MR||Li^Ming||1964|M", extra: ["DG1|1|||T4"]), "AE", "PID-7"),
            (Self.adt("A01", control: "E4", pv1: "PV1|1|I|SPINE3", extra: ["DG1|1|||T4"]), "AE", "PV1-3"),
            (Self.adt("A02", control: "E5", mrn: "NOBODY"), "AE", "NOBODY"),
            (Self.adt("A04", control: "E6"), "AR", "ADT^A04"),
            (Self.adt("A03", control: "E7", evn: "2026-11-25"), "AE", "EVN-2"),
        ]
        for (message, code, named) in cases {
            let outcome = feed.receive(message, now: now)
            #expect(outcome.code == code, "\(named): \(outcome.text)")
            #expect(outcome.text.contains(named), "\(outcome.text)")
        }
        #expect(try feed.store.load().patients.isEmpty)
    }
}
