import Testing
@testable import ConsultBoard

@Suite struct MLLPFramingTests {
    @Test func framesAreFoundWhateverTheReadsCutThem() {
        let stream = [UInt8]("noise".utf8) + MLLPFraming.frame("MSH|one") + MLLPFraming.frame("MSH|two")
        // Every way of cutting the stream into two reads gives the same two messages.
        for cut in 0...stream.count {
            var framing = MLLPFraming(maximumBytes: 1_000)
            let items = framing.receive(stream[..<cut]) + framing.receive(stream[cut...])
            #expect(items == [.message(Array("MSH|one".utf8)), .message(Array("MSH|two".utf8))], "cut at \(cut)")
            #expect(!framing.hasPartialFrame)
        }
    }

    @Test func aFrameCutOffByANewStartIsDropped() {
        var framing = MLLPFraming(maximumBytes: 1_000)
        let items = framing.receive([MLLPFraming.start] + Array("MSH|half".utf8) + MLLPFraming.frame("MSH|whole"))
        #expect(items == [.message(Array("MSH|whole".utf8))])
    }

    @Test func anOverlongFrameIsRefusedAndTheNextOneStillRead() {
        var framing = MLLPFraming(maximumBytes: 10)
        let items = framing.receive([MLLPFraming.start] + Array(repeating: UInt8(ascii: "x"), count: 50) + MLLPFraming.frame("MSH|ok"))
        #expect(items == [.tooLarge, .message(Array("MSH|ok".utf8))])
    }

    @Test func anUnfinishedFrameIsReportedAsPartial() {
        var framing = MLLPFraming(maximumBytes: 100)
        #expect(framing.receive([MLLPFraming.start, 0x4D]).isEmpty)
        #expect(framing.hasPartialFrame)
    }
}
