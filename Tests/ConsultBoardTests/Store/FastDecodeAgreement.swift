import Foundation
import Testing
@testable import ConsultBoard

/// Holds a hand-written decoder to `JSONDecoder` (the reference) on one input: where the fast decoder gives a
/// value, the reference must give the same one, byte for byte once encoded (`==` on strings is canonical
/// equivalence, and -0 equals 0). `true` when the fast decoder took the input.
func fastDecodeAgrees<Value: Encodable & Equatable>(
    fast: Value?, reference: Value?, input: Data, _ comment: String, sourceLocation: SourceLocation
) -> Bool {
    guard let fast else { return false }
    guard let reference else {
        Issue.record(
            "the fast decoder accepted what JSONDecoder refuses: \(String(decoding: input.prefix(300), as: UTF8.self)) \(comment)",
            sourceLocation: sourceLocation)
        return true
    }
    #expect(fast == reference, "\(comment)", sourceLocation: sourceLocation)
    let encoder = BoardJSON.encoder()
    #expect((try? encoder.encode(fast)) == (try? encoder.encode(reference)), "\(comment)", sourceLocation: sourceLocation)
    return true
}
