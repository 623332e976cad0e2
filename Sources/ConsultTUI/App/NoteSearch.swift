import ConsultBoard

/// Finds notes by what a person types after `/` on the Notes tab: words in any case, or Chinese by its pinyin
/// (full, initials, mixed, without tones: `bangguang`, `bg` and `膀g` find 膀胱), in the text, the author, the
/// addenda and the kind of note. Uses the board's one pinyin search (`PinyinSearch`).
enum NoteSearch {
    static func matches(_ query: String, _ note: Note) -> Bool {
        let fields = [note.text, note.author, note.shownKind] + note.addenda.map(\.text)
        return fields.contains { $0.localizedCaseInsensitiveContains(query) || PinyinSearch.matches(query, in: $0) }
    }
}
