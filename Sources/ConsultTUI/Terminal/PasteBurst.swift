/// Recognises a paste in a terminal without bracketed paste: several keys of text arriving in one read.
///
/// Read as keys, a paste's letters would act as commands on the board (`a` opens the admission form, `s`
/// sorts), its Enters would move through a form and save it, and its next lines would act on the screen
/// underneath; as one `.paste` it goes into the focused text field or the editor as text, or nowhere. A person
/// cannot type three different characters within one read of the terminal (a held key repeats one), so:
/// - text with a line break followed by more text is one paste;
/// - one line of at least three keys, not all the same, is one paste; an Enter ending it stays a key (a line
///   typed by a script, then Enter).
enum PasteBurst {
    /// `keys` as they arrived together, with a burst of pasted text made one `.paste`.
    static func coalesce(_ keys: [Key]) -> [Key] {
        guard keys.count >= 3, keys.allSatisfy({ isText($0) || isBreak($0) }) else { return keys }
        if let firstBreak = keys.firstIndex(where: isBreak), !keys[(firstBreak + 1)...].contains(where: isText) {
            // One line, then Enter (or Tab) alone at the end.
            let line = Array(keys[..<firstBreak])
            guard line.count >= 3, Set(line).count > 1 else { return keys }
            return [.paste(text(of: line))] + keys[firstBreak...]
        }
        guard Set(keys).count > 1 else { return keys }
        return [.paste(text(of: keys))]
    }

    /// Whether `key` may be the start or part of a paste, so the reader waits briefly for more before acting:
    /// text and the line breaks inside pasted text.
    static func mayContinue(_ key: Key) -> Bool { isText(key) || isBreak(key) }

    private static func text(of keys: [Key]) -> String {
        var text = ""
        for key in keys {
            switch key {
            case let .char(c): text.append(c)
            case let .paste(pasted): text += pasted
            case .enter: text.append("\n")
            case .tab: text.append("\t")
            default: break
            }
        }
        return text
    }

    private static func isBreak(_ key: Key) -> Bool { key == .enter || key == .tab }

    private static func isText(_ key: Key) -> Bool {
        switch key {
        case .char, .paste: true
        default: false
        }
    }
}
