import ArgumentParser
import ConsultBoard

extension ArgumentHelp {
    /// Help for an option that takes a value of a closed vocabulary, listing every valid value.
    static func oneOf<V: Vocabulary>(_ what: String, _: V.Type, valueName: String) -> ArgumentHelp {
        ArgumentHelp("\(what): \(V.validValues).", valueName: valueName)
    }
}
