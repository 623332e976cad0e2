import CNcursesw

/// Turns what curses' `get_wch` returns into the app's `Key`s.
enum KeyDecoder {
    /// A character `get_wch` returned with OK: printable text, or a control key.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return Unicode.Scalar(code + 96).map { .ctrl(Character($0)) }
        case 0..<32: return nil
        default: return Unicode.Scalar(code).map { .char(Character($0)) }
        }
    }

    /// A key code `get_wch` returned with KEY_CODE_YES.
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case cb_key_up(): .up
        case cb_key_down(): .down
        case cb_key_left(): .left
        case cb_key_right(): .right
        case cb_key_home(): .home
        case cb_key_end(): .end
        case cb_key_ppage(): .pageUp
        case cb_key_npage(): .pageDown
        case cb_key_backspace(): .backspace
        case cb_key_dc(): .delete
        case cb_key_enter(): .enter
        case cb_key_btab(): .backTab
        case cb_key_f(1)...cb_key_f(12): .function(Int(code - cb_key_f(0)))
        default: nil
        }
    }
}
