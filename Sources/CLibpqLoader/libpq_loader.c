// libpq, loaded on first use.
//
// Linking libpq made every consult-board process load it and the 21 libraries it needs (OpenSSL, Kerberos, LDAP,
// GnuTLS, p11-kit...) and run their initialisers: about 5 ms of CPU at every start (a C program that does
// nothing: 0.7 ms; the same linked with -lpq: 6.0 ms), although only a board in a PostgreSQL database uses it.
// These definitions carry libpq's own names and signatures (from libpq-fe.h), so the Swift code calls libpq as
// before; the first call loads libpq.so.5 with dlopen and every call goes to libpq's function. When libpq cannot
// be loaded, PQconnectdb returns NULL and consult_libpq_problem() says why; no other function is reached
// without a connection.
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <postgresql/libpq-fe.h>
#include "CLibpqLoader.h"

// Every libpq function consult-board calls; PQconnectdb is defined on its own below, the others forward.
#define LIBPQ_FORWARDED(X)                                                                                    \
    X(void, PQfinish, (PGconn *conn), (conn))                                                                 \
    X(ConnStatusType, PQstatus, (const PGconn *conn), (conn))                                                 \
    X(char *, PQerrorMessage, (const PGconn *conn), (conn))                                                   \
    X(int, PQsocket, (const PGconn *conn), (conn))                                                            \
    X(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))                                   \
    X(PGresult *, PQexecParams,                                                                               \
      (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,  \
       const int *paramLengths, const int *paramFormats, int resultFormat),                                   \
      (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))            \
    X(int, PQsendQueryParams,                                                                                 \
      (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,  \
       const int *paramLengths, const int *paramFormats, int resultFormat),                                   \
      (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))            \
    X(PGresult *, PQgetResult, (PGconn *conn), (conn))                                                        \
    X(int, PQenterPipelineMode, (PGconn *conn), (conn))                                                       \
    X(int, PQexitPipelineMode, (PGconn *conn), (conn))                                                        \
    X(int, PQpipelineSync, (PGconn *conn), (conn))                                                            \
    X(int, PQsendFlushRequest, (PGconn *conn), (conn))                                                        \
    X(int, PQsetSingleRowMode, (PGconn *conn), (conn))                                                        \
    X(int, PQconsumeInput, (PGconn *conn), (conn))                                                            \
    X(PGnotify *, PQnotifies, (PGconn *conn), (conn))                                                         \
    X(ExecStatusType, PQresultStatus, (const PGresult *res), (res))                                           \
    X(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))                     \
    X(int, PQntuples, (const PGresult *res), (res))                                                           \
    X(int, PQnfields, (const PGresult *res), (res))                                                           \
    X(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))       \
    X(int, PQgetlength, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))         \
    X(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))         \
    X(void, PQclear, (PGresult *res), (res))                                                                  \
    X(void, PQfreemem, (void *ptr), (ptr))
#define LIBPQ_FUNCTIONS(X) X(PGconn *, PQconnectdb, (const char *conninfo), (conninfo)) LIBPQ_FORWARDED(X)

static struct {
#define FIELD(type, name, parameters, arguments) type(*name) parameters;
    LIBPQ_FUNCTIONS(FIELD)
#undef FIELD
} libpq;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_problem[512];

static void load(void) {
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        snprintf(load_problem, sizeof load_problem,
                 "PostgreSQL's client library libpq.so.5 cannot be loaded (%s): install libpq5",
                 reason ? reason : "no reason given");
        return;
    }
#define LOOK_UP(type, name, parameters, arguments)                                                          \
    *(void **)(&libpq.name) = dlsym(handle, #name);                                                         \
    if (libpq.name == NULL) {                                                                               \
        snprintf(load_problem, sizeof load_problem, "libpq.so.5 has no %s: install a newer libpq5", #name); \
        return;                                                                                             \
    }
    LIBPQ_FUNCTIONS(LOOK_UP)
#undef LOOK_UP
}

const char *consult_libpq_problem(void) {
    pthread_once(&load_once, load);
    return load_problem[0] ? load_problem : NULL;
}

// PQconnectdb is the only way to a connection: it loads libpq, and refuses (NULL) when it cannot.
PGconn *PQconnectdb(const char *conninfo) {
    if (consult_libpq_problem() != NULL) return NULL;
    return libpq.PQconnectdb(conninfo);
}

// The others are only reached with a connection or a result, so libpq is loaded; the pthread_once call keeps
// that true even for a caller that breaks the rule.
#define FORWARD(type, name, parameters, arguments)                                                          \
    type name parameters {                                                                                  \
        pthread_once(&load_once, load);                                                                     \
        return libpq.name arguments;                                                                        \
    }
LIBPQ_FORWARDED(FORWARD)
