#ifndef CONSULT_BOARD_CNCURSESW_SHIM_H
#define CONSULT_BOARD_CNCURSESW_SHIM_H
// Wide-character ncurses for Swift. The TUI helper fills this in.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
