#ifndef CONSULT_BOARD_CLIBPQ_SHIM_H
#define CONSULT_BOARD_CLIBPQ_SHIM_H
// PostgreSQL's client library (Debian: libpq-dev) for the PostgreSQL board store. Only
// Sources/ConsultBoard/Store/Postgres imports this module.
#include <postgresql/libpq-fe.h>
#endif
