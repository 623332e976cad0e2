#ifndef CONSULT_BOARD_CNCURSESW_SHIM_H
#define CONSULT_BOARD_CNCURSESW_SHIM_H
// Wide-character ncurses for Swift.
//
// Swift 6 cannot use curses' function-like macros (A_BOLD, COLOR_PAIR, getmaxyx, BUTTON1_CLICKED) or its mutable
// globals (stdscr, LINES, COLS) directly, so each one the TUI needs has a tiny inline function here. Only
// Sources/ConsultTUI/Terminal imports this module.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <strings.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: - Screen and size

static inline WINDOW *cb_stdscr(void) { return stdscr; }
static inline int cb_lines(void) { return LINES; }
static inline int cb_cols(void) { return COLS; }
static inline int cb_max_y(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int cb_max_x(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
/// Whether the C library's current locale encodes text as UTF-8.
static inline int cb_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

/// Sets a locale ncursesw can draw every script in: the environment's when it is UTF-8, else the first UTF-8
/// locale installed among a few that exist almost everywhere. Returns 1 for the environment's, 2 for a
/// replacement, 0 when no UTF-8 locale is installed (names such as 王秀英 would be drawn blank or as garbage).
static inline int cb_choose_utf8_locale(void) {
    if (setlocale(LC_ALL, "") != NULL && cb_locale_is_utf8()) return 1;
    static const char *const candidates[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8", NULL};
    for (int i = 0; candidates[i] != NULL; i++) {
        if (setlocale(LC_ALL, candidates[i]) != NULL && cb_locale_is_utf8()) return 2;
    }
    setlocale(LC_ALL, "C");
    return 0;
}

/// Whether terminfo knows the terminal in $TERM and it can place the cursor (a full-screen program needs to):
/// 1 when usable, 0 for an unknown terminal, -1 for one that cannot address the cursor (TERM=dumb).
static inline int cb_terminal_usable(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return 0;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : -1;
}

// MARK: - Attributes and colours

static inline attr_t cb_a_normal(void) { return A_NORMAL; }
static inline attr_t cb_a_bold(void) { return A_BOLD; }
static inline attr_t cb_a_reverse(void) { return A_REVERSE; }
static inline attr_t cb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cb_a_dim(void) { return A_DIM; }
static inline attr_t cb_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline short cb_color_black(void) { return COLOR_BLACK; }
static inline short cb_color_red(void) { return COLOR_RED; }
static inline short cb_color_green(void) { return COLOR_GREEN; }
static inline short cb_color_yellow(void) { return COLOR_YELLOW; }
static inline short cb_color_blue(void) { return COLOR_BLUE; }
static inline short cb_color_magenta(void) { return COLOR_MAGENTA; }
static inline short cb_color_cyan(void) { return COLOR_CYAN; }
static inline short cb_color_white(void) { return COLOR_WHITE; }

// MARK: - Keys

static inline int cb_ok(void) { return OK; }
static inline int cb_err(void) { return ERR; }
static inline int cb_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cb_key_up(void) { return KEY_UP; }
static inline int cb_key_down(void) { return KEY_DOWN; }
static inline int cb_key_left(void) { return KEY_LEFT; }
static inline int cb_key_right(void) { return KEY_RIGHT; }
static inline int cb_key_home(void) { return KEY_HOME; }
static inline int cb_key_end(void) { return KEY_END; }
static inline int cb_key_ppage(void) { return KEY_PPAGE; }
static inline int cb_key_npage(void) { return KEY_NPAGE; }
static inline int cb_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cb_key_dc(void) { return KEY_DC; }
static inline int cb_key_enter(void) { return KEY_ENTER; }
static inline int cb_key_btab(void) { return KEY_BTAB; }
static inline int cb_key_resize(void) { return KEY_RESIZE; }
static inline int cb_key_mouse(void) { return KEY_MOUSE; }
static inline int cb_key_f(int n) { return KEY_F(n); }

// MARK: - Mouse

static inline mmask_t cb_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int cb_mouse_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int cb_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int cb_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// MARK: - Signals
//
// The handlers only record which signal came (async-signal-safe); the run loop, which wakes at least every
// 250 ms, sees it and leaves through its normal path, so `endwin` restores the terminal. Fatal signals (a crash)
// restore the terminal as best they can and then die as they would have.

static volatile sig_atomic_t cb_pending_signal_value = 0;

static void cb_record_signal(int sig) { cb_pending_signal_value = sig; }

static void cb_fatal_signal(int sig) {
    endwin();
    static const char reset[] = "\033[?2004l\033[?1000l\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void cb_install_signal_handlers(void) {
    struct sigaction quiet;
    memset(&quiet, 0, sizeof quiet);
    quiet.sa_handler = cb_record_signal;
    sigemptyset(&quiet.sa_mask);
    sigaction(SIGTERM, &quiet, NULL);
    sigaction(SIGINT, &quiet, NULL);
    sigaction(SIGHUP, &quiet, NULL);
    sigaction(SIGQUIT, &quiet, NULL);
    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = cb_fatal_signal;
    sigemptyset(&fatal.sa_mask);
    sigaction(SIGSEGV, &fatal, NULL);
    sigaction(SIGBUS, &fatal, NULL);
    sigaction(SIGILL, &fatal, NULL);
    sigaction(SIGTRAP, &fatal, NULL);
    sigaction(SIGABRT, &fatal, NULL);
    sigaction(SIGFPE, &fatal, NULL);
}

/// Undoes what a parent process may have left on us: blocked or ignored SIGWINCH (curses then never sees a
/// resize) and blocked stop signals. Called before curses starts, so curses installs its own SIGWINCH handler.
static inline void cb_reset_inherited_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    signal(SIGWINCH, SIG_DFL);
}

/// The signal that asked the program to stop (0 when none has come).
static inline int cb_pending_signal(void) { return (int)cb_pending_signal_value; }


// MARK: - Calls that ncurses may define as macros

/// Starts curses on the process's terminal; returns 0 when there is no usable terminal (instead of exiting,
/// as `initscr` would).
static inline int cb_start(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    return 1;
}
static inline void cb_set_attributes(attr_t attributes, short pair) { attr_set(attributes, pair, NULL); }
static inline int cb_put(int y, int x, const wchar_t *text) { return mvaddwstr(y, x, text); }
static inline int cb_get_wch(wint_t *character) { return get_wch(character); }
static inline void cb_timeout(int milliseconds) { timeout(milliseconds); }
static inline void cb_keypad(int on) { keypad(stdscr, on ? TRUE : FALSE); }
static inline void cb_move(int y, int x) { move(y, x); }
static inline void cb_refresh(void) { refresh(); }
static inline int cb_get_mouse(int *x, int *y, mmask_t *state) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    *state = event.bstate;
    return 1;
}

// MARK: - Raw output (bracketed paste on and off)

static inline void cb_write_raw(const char *text) {
    ssize_t ignored = write(STDOUT_FILENO, text, strlen(text));
    (void)ignored;
}

#endif
