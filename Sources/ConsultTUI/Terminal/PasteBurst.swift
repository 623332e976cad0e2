/// Recognises a paste in a terminal without bracketed paste: many keys arriving at once, with a line break
/// followed by more text. Read as keys, its Enters would move through a form, save it, and its next lines
/// would act as commands on the screen underneath (open a form, change severity); as one `.paste` it goes into
/// the focused text field or the editor as text.
///
/// A person cannot type a line, Enter and more text within one read of the terminal; a burst ending in its
/// only Enter (a line typed by a test or a fast typist, then Enter) is left as keys.
enum PasteBurst {
    /// `keys` as they arrived together, with a multi-line burst made one `.paste`.
    static func coalesce(_ keys: [Key]) -> [Key] {
        guard keys.count > 2 else { return keys }
        guard let firstBreak = keys.firstIndex(where: { $0 == .enter }),
            keys[(firstBreak + 1)...].contains(where: isText),
            keys.allSatisfy({ isText($0) || $0 == .enter || $0 == .tab })
        else { return keys }
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
        return [.paste(text)]
    }

    private static func isText(_ key: Key) -> Bool {
        switch key {
        case .char, .paste: true
        default: false
        }
    }
}
