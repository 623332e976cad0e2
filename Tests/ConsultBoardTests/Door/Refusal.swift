@testable import ConsultBoard

/// Whether `error` is the board refusing with these words (its English `description`). Refusals carry catalogue
/// words, not a comparable case payload, so tests compare what a person or a script reads.
func isRefusal(_ error: any Error, saying description: String) -> Bool {
    (error as? BoardError)?.description == description
}
