import Foundation

/// One change of the demo story: the domain command, who made it and when.
public struct DemoChange: Sendable, Equatable {
    public var command: BoardCommand
    public var author: String
    public var at: Date
    public init(command: BoardCommand, author: String, at: Date) {
        self.command = command
        self.author = author
        self.at = at
    }
}

/// The fictional demo ward: a spinal-cord-injury ward with a fully charted driving case (`SCI-0001`) and six
/// more patients, written as the ordinary domain commands a ward team would have entered over about two weeks.
///
/// Every name, MRN and story on it is invented; the ward's name says so on every screen and handoff page.
/// The story is deterministic: the same `now` and time zone always give the same changes, ids and times (all in
/// the past of `now`), so tests and screenshots can rely on it. Clock times ("notes at 08:30") are read in the
/// ward's time zone, the machine's by default.
///
/// ```swift
/// try DemoBoard.create(at: "/tmp/demo-ward", now: Date())
/// ```
public enum DemoBoard {
    /// The ward's name, which marks the board as fictional.
    public static let ward = "Spinal Cord Injury Ward (DEMO - fictional patients)"
    /// The ward's name in `language`.
    public static func ward(in language: Language) -> String { DemoTranslation.to(language)?(ward) ?? ward }
    /// The MRN of the driving case.
    public static let drivingCase: MRN = "SCI-0001"
    /// Who signs the board's creation.
    static let creator = "demo.setup"
    /// How far back the story starts.
    static let daysOfStory = 18

    /// The whole story after the board's creation, in journal order (the first change has sequence 2), with
    /// its free texts in `language` (the same changes, ids and times in every language).
    public static func changes(now: Date, timeZone: TimeZone = .current, language: Language = .english) -> [DemoChange] {
        var script = DemoScript(now: now, timeZone: timeZone)
        DemoDrivingCase.write(into: &script)
        DemoWardPatients.write(into: &script)
        let story = script.changes()
        guard let translation = DemoTranslation.to(language) else { return story }
        return story.map { DemoChange(command: translation.translated($0.command), author: $0.author, at: $0.at) }
    }

    /// Creates the demo board at `path` (refusing if a board is already there) and writes the story into it.
    ///
    /// Consecutive changes by the same author at the same time go in as one journal append; each append is
    /// dated with its story time, so the audit trail reads like the two weeks it tells.
    @discardableResult
    public static func create(
        at path: String, now: Date, timeZone: TimeZone = .current, language: Language = .english
    ) throws(StoreError) -> BoardStore {
        let start = DemoScript(now: now, timeZone: timeZone).day(daysOfStory, 7, 0)
        let store = try BoardStore.create(at: path, ward: ward(in: language), author: creator, at: start)
        try tell(into: store, now: now, timeZone: timeZone, language: language)
        return store
    }

    /// Creates the demo board at `location` (a folder or a board in a database), refusing if one is there.
    @discardableResult
    public static func create(
        in location: BoardLocation, now: Date, timeZone: TimeZone = .current, language: Language = .english
    ) throws(StoreError) -> any BoardStoring {
        if case let .folder(path) = location { return try create(at: path, now: now, timeZone: timeZone, language: language) }
        let start = DemoScript(now: now, timeZone: timeZone).day(daysOfStory, 7, 0)
        let store = try location.create(ward: ward(in: language), author: creator, at: start)
        try tell(into: store, now: now, timeZone: timeZone, language: language)
        return store
    }

    /// Writes the story into a new board.
    private static func tell(into store: any BoardStoring, now: Date, timeZone: TimeZone, language: Language) throws(StoreError) {
        for batch in batches(changes(now: now, timeZone: timeZone, language: language)) {
            _ = try store.apply(batch.map(\.command), author: batch[0].author, at: batch[0].at)
        }
    }

    /// Splits the story into runs of consecutive changes with the same author and time.
    static func batches(_ changes: [DemoChange]) -> [[DemoChange]] {
        var batches: [[DemoChange]] = []
        for change in changes {
            if let last = batches.last?.last, last.author == change.author, last.at == change.at {
                batches[batches.count - 1].append(change)
            } else {
                batches.append([change])
            }
        }
        return batches
    }
}
