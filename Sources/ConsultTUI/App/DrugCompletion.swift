import ConsultBoard

/// A drug the order form offers as the medication is typed: the name that is filled in, and a line saying which
/// drug it is (generic, Chinese name, brands).
struct DrugCandidate: Sendable, Equatable {
    var name: String
    var label: String
}

/// Completing the order form's drug from the terminology (`Terminology.completions`): 依诺 or clex offers
/// enoxaparin with its brands. ↓/↑ highlight a candidate, Enter or Tab takes it, Esc closes the list.
enum DrugCompletion {
    /// The most candidates listed under the field.
    static let limit = 5

    static func candidates(for typed: String, terminology: Terminology = .active) -> [DrugCandidate] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        // From one Chinese character or two letters: a single letter matches half the terminology.
        guard DisplayWidth.of(text) >= 2 else { return [] }
        let found = terminology.completions(for: text, limit: limit)
        // A name typed in full needs no list (it is what Enter would fill in).
        if found.contains(where: { TermText.normalised($0.name) == TermText.normalised(text) }) { return [] }
        func isChinese(_ name: String) -> Bool { name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        return found.map { drug, name in
            var parts = [drug.id]
            if let chinese = drug.names.first(where: isChinese), chinese != name { parts.append(chinese) }
            // Brands as marketed in China first (the ward's own), then the others.
            let brands = (drug.brands.filter(isChinese) + drug.brands.filter { !isChinese($0) }).prefix(4).joined(separator: ", ")
            if !brands.isEmpty { parts.append(brands) }
            let label = (name == drug.id ? "" : "\(name): ") + parts.joined(separator: " · ")
            return DrugCandidate(name: Sanitizer.line(name), label: Sanitizer.line(label))
        }
    }
}
