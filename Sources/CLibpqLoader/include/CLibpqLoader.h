#ifndef CONSULT_BOARD_CLIBPQ_LOADER_H
#define CONSULT_BOARD_CLIBPQ_LOADER_H
// libpq is loaded when the first PostgreSQL board is opened, not when consult-board starts (see libpq_loader.c).

/// Loads libpq if it is not loaded yet; NULL when it is (or now is) loaded, else why it cannot be.
const char *consult_libpq_problem(void);

#endif
