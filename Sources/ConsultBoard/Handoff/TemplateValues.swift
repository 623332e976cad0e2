/// The handoff document as the plain values Mustache reads fastest: structures become `[String: Any]`
/// dictionaries, arrays stay arrays, `nil` fields are left out (Mustache treats a missing key as it treats
/// `nil`: false in a section, empty in a tag), and strings, numbers and booleans stay as they are.
///
/// Given a structure, swift-mustache finds each `{{name}}` by reflecting on the value (`Mirror`) at every lookup,
/// which was a tenth of a whole-ward handoff's time; a dictionary is one hash lookup. Reflecting once here keeps
/// the templates' names exactly the Swift field names, so the view model stays the single definition of them.
enum TemplateValues {
    static func of(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { of($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { of($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let converted = of(child.value) else { continue }
                fields[label] = converted
            }
            return fields
        default:
            return value
        }
    }
}
