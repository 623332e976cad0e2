import CNcursesw

/// Catches the signals that ask the program to stop (SIGTERM, SIGINT, SIGHUP, SIGQUIT) so the run loop can
/// leave through its normal path and restore the terminal; fatal signals restore it before the process dies.
///
/// Both calls live in this one file on purpose: the flag the C handler sets is file-local in the shim.
enum SignalTrap {
    static func install() { cb_install_signal_handlers() }

    /// Unblocks the signals a parent may have blocked and gives SIGWINCH back its default, before curses
    /// starts (curses then handles resizes itself; the app never installs a SIGWINCH handler).
    static func resetInherited() { cb_reset_inherited_signals() }

    /// The signal received, or `nil` while none has come.
    static var pending: Int32? {
        let signal = cb_pending_signal()
        return signal == 0 ? nil : signal
    }
}
