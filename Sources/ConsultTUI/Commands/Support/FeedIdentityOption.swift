import ArgumentParser
import ConsultBoard
import Foundation

/// Who the changes of an interface feed are signed by (`hl7 import`, `hl7 listen`): the one place a feed's
/// identity comes from, so that it can later be checked against the ward's roster in one spot.
struct FeedIdentityOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The feed's identity, signing its changes (default: --author, $CONSULT_BOARD_AUTHOR, else the login name).",
        valueName: "name"))
    var feedName: String?

    /// The feed's name: `--feed-name`, else the author every command signs with (`store`: the board the command
    /// opened, whose roster is asked).
    func name(_ options: BoardOptions, store: any BoardStoring) throws -> String {
        guard let feedName else { return try options.authorName(from: store) }
        guard !feedName.trimmingCharacters(in: .whitespaces).isEmpty, Sanitizer.line(feedName) == feedName else {
            throw CLIError.badFeedName(name: feedName)
        }
        return feedName
    }
}
