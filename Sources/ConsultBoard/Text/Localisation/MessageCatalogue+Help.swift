import Foundation

extension MessageCatalogue {
    /// The words of `--help`: `messages/help.json`, generated from the commands' own help by
    /// `scripts/help-catalogue` (which keeps the English in step and lists what has no Chinese yet), compiled in
    /// beside the catalogue. Kept apart from the catalogue because its keys follow the command tree, not the views.
    public static let help: MessageCatalogue = (try? MessageCatalogue(json: Data(EmbeddedHelpWords.json.utf8)))
        ?? MessageCatalogue(messages: [:])
}
