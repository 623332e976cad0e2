import Foundation
import Testing
@testable import ConsultBoard

/// `NoteRowsFastDecode` (the checkpoint's note rows by hand) against `JSONDecoder`, the reference: on the note row
/// files of the demo and a generated board (addenda, notes entered in error), on notes awaiting and given a
/// cosignature, and on files changed on purpose. Whenever the fast decoder gives values, `JSONDecoder` gives the
/// same ones (byte for byte once encoded); it may decline a file, never accept one `JSONDecoder` refuses.
@Suite struct NoteRowsFastDecodeAgreementTests {
    @discardableResult
    static func agree(_ file: Data, _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        fastDecodeAgrees(
            fast: NoteRowsFastDecode.notes(file),
            reference: try? BoardJSON.decoder().decode(CheckpointRowsFile<NoteRow>.self, from: file).rows.map(\.value),
            input: file, comment(), sourceLocation: sourceLocation)
    }

    static let now = Date(timeIntervalSince1970: 1_795_595_400)

    static func sample() throws -> Data {
        var amended = Note(id: "N-1", service: .neurology, type: .consult, author: "dr.li", at: now, text: "EMG: 周围神经损害 \"GBS?\" \\ 🙂\n二行")
        amended.addenda = [Addendum(id: "N-9", author: "王医生", at: now, text: "补记：IVIG 已开始")]
        var erred = Note(id: "N-2", service: .ward, type: .progress, author: "nurse.chen", at: now, text: "wrong patient")
        erred.enteredInError = ErrorMark(by: "nurse.chen", at: now, reason: "写错患者")
        var awaiting = Note(id: "N-3", service: .spineSurgery, type: .procedure, author: "student.wu", at: now, text: "awaiting")
        awaiting.cosignature = Cosignature()
        var cosigned = Note(id: "N-4", service: .ward, type: .handoff, author: "student.wu", at: now, text: "cosigned")
        cosigned.cosignature = Cosignature(by: "dr.li", at: now)
        let plain = Note(id: "N-5", service: .ward, type: .nursing, author: "nurse.chen", at: now, text: "")
        return try BoardJSON.encoder().encode(CheckpointRowsFile(rows: [amended, erred, awaiting, cosigned, plain].map(NoteRow.init)))
    }

    @Test func theNoteRowFilesOfTheDemoAndAGeneratedBoard() throws {
        let files = try checkpointRowFiles(".notes.", notes: 60, labs: 10, now: Self.now)
        for (name, data) in files {
            #expect(Self.agree(data, name), "\(name) takes the fast path")
        }
        #expect(files.count >= 3)
        #expect(Self.agree(try Self.sample()), "every part of a note takes the fast path")
    }

    @Test func changedFiles() throws {
        let file = try Self.sample()
        let text = String(decoding: file, as: UTF8.self)
        var variants: [String] = [
            text.replacingOccurrences(of: #","cosignature"]"#, with: "]"),
            text.replacingOccurrences(of: #","null,null]"#, with: ",null]"),
            text.replacingOccurrences(of: #",null,null]"#, with: ",null,null,1]"),
            text.replacingOccurrences(of: #",[],null,null]"#, with: ",[]]"),
            text.replacingOccurrences(of: #""neurology""#, with: #""Neurology""#),
            text.replacingOccurrences(of: #""consult""#, with: #""consults""#),
            text.replacingOccurrences(of: #""reason""#, with: #""why""#),
            text.replacingOccurrences(of: #""reason":"#, with: #""reason":"again","reason":"#),
            text.replacingOccurrences(of: #""by":"dr.li""#, with: #""by":null"#),
            text.replacingOccurrences(of: #""by":"dr.li","#, with: ""),
            text.replacingOccurrences(of: #""by":"dr.li""#, with: #""by":"dr.li","extra":1"#),
            text.replacingOccurrences(of: #"{"id":"N-9","#, with: #"{"id":"N-9","id":"N-8","#),
            text.replacingOccurrences(of: #""text":"补记"#, with: #""note":"补记"#),
            text.replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":2"#),
            text.replacingOccurrences(of: #""format":"consult-board-rows""#, with: #""format":"consult-board-patient""#),
            text.replacingOccurrences(of: "\"dr.li\"", with: "null"),
            text.replacingOccurrences(of: "\"N-5\"", with: "5"),
            text.replacingOccurrences(of: ",", with: " ,\n"),
            text.replacingOccurrences(of: "王医生", with: #"\u738b\u533b\u751f\ud83d\ude42"#),
            text.replacingOccurrences(of: "2026-11-25T08:30:00Z", with: "2026-11-25T16:30:00+08:00"),
            text.replacingOccurrences(of: "2026-11-25T08:30:00Z", with: "2026-02-30T08:30:00Z"),
            text + " x", "[" + text + "]",
        ]
        variants.append(text.replacingOccurrences(of: "[]", with: "{}"))
        for variant in variants { Self.agree(Data(variant.utf8), variant) }
        #expect(Self.agree(Data(text.replacingOccurrences(of: ",", with: " ,\n").utf8)), "spaces are still the same file")
        #expect(Self.agree(Data(text.replacingOccurrences(of: #""by":"dr.li""#, with: #""by":null"#).utf8)), "a null member is a missing one")
        everyPrefixAndFlippedByte(of: file) { Self.agree($0) }
    }
}
