import Foundation

/// The name of a field inside a refusal, in the language of the moment ("sample time" / "采样时间").
///
/// Checks name the field they refuse in English where the check is made (`Validate.notFuture(at, field: ...)` names
/// "sample time"), and that English stays in `description`, which logs and acknowledgements carry. The catalogue
/// holds each name's words as `field.<the English name>`; a name it lacks (an option such as `--now`, a code such as
/// `AE`, a name built at run time) is shown as it is written. `FieldWordsTests` fails on any field name written as a
/// literal in the sources whose words are missing, so a new check cannot put English into a Chinese line unnoticed.
enum FieldWords {
    /// The catalogue key of a field's words.
    static func key(_ field: String) -> String { "field." + field }

    /// The field's name in the language of the moment, or the name itself when the catalogue has no words for it.
    static func shown(_ field: String) -> String {
        MessageCatalogue.builtIn.contains(key(field)) ? tr(key(field)) : field
    }
}
