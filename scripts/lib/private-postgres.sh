# start_private_postgres: starts a throw-away PostgreSQL cluster for the tests and exports
# CONSULT_BOARD_TEST_POSTGRES (a libpq URI of its superuser, unix socket in the cluster's temporary folder, no
# TCP port). The cluster is initialised into a temporary folder by an unprivileged user (initdb refuses root:
# as root the system user `consult-pgtest` is created if missing and runs the server through runuser), and it is
# stopped and removed when the calling shell exits, also when tests fail or the run is interrupted.
# Needs the Debian packages `postgresql` and `libpq-dev` (scripts/test installs them).
start_private_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z $bin || ! -x $bin/initdb ]]; then
        echo "PostgreSQL's server programs are missing (/usr/lib/postgresql/*/bin/initdb); the PostgreSQL board tests will be skipped" >&2
        return 1
    fi
    local run_as=()
    if [[ $(id -u) -eq 0 ]]; then
        if ! id -u consult-pgtest >/dev/null 2>&1; then
            useradd --system --no-create-home --shell /usr/sbin/nologin consult-pgtest
        fi
        run_as=(runuser -u consult-pgtest --)
    fi
    CONSULT_PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/consult-board-pg.XXXXXX")
    chmod 0755 "$CONSULT_PG_TEST_DIR"
    [[ ${#run_as[@]} -gt 0 ]] && chown consult-pgtest "$CONSULT_PG_TEST_DIR"
    CONSULT_PG_TEST_BIN=$bin
    CONSULT_PG_TEST_RUN_AS=("${run_as[@]}")
    trap stop_private_postgres EXIT
    trap 'exit 130' INT TERM
    "${run_as[@]}" "$bin/initdb" -D "$CONSULT_PG_TEST_DIR/data" -U consult_test -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$CONSULT_PG_TEST_DIR/initdb.log" 2>&1 \
        || { cat "$CONSULT_PG_TEST_DIR/initdb.log" >&2; return 1; }
    # No TCP port: only the unix socket in the temporary folder, so parallel runs never collide.
    CONSULT_PG_TEST_OPTIONS="-c listen_addresses='' -k $CONSULT_PG_TEST_DIR -c max_connections=200"
    "${run_as[@]}" "$bin/pg_ctl" -D "$CONSULT_PG_TEST_DIR/data" -l "$CONSULT_PG_TEST_DIR/server.log" -w \
        -o "$CONSULT_PG_TEST_OPTIONS" start >/dev/null \
        || { cat "$CONSULT_PG_TEST_DIR/server.log" >&2; return 1; }
    export CONSULT_BOARD_TEST_POSTGRES="postgresql:///postgres?host=$CONSULT_PG_TEST_DIR&user=consult_test"
    # What the restart tests need (not exported: they run on their own, see scripts/test).
    # pg_ctl with the cluster's folders (the tests add `-m fast restart`, `-m fast stop` or `-o OPTIONS start`),
    # and the server's options, which `start` needs again.
    CONSULT_PG_TEST_CTL="${run_as[*]} $bin/pg_ctl -D $CONSULT_PG_TEST_DIR/data -l $CONSULT_PG_TEST_DIR/server.log -w"
    echo "PostgreSQL test cluster: $CONSULT_BOARD_TEST_POSTGRES" >&2
}

stop_private_postgres() {
    [[ -n ${CONSULT_PG_TEST_DIR:-} && -d $CONSULT_PG_TEST_DIR ]] || return 0
    "${CONSULT_PG_TEST_RUN_AS[@]}" "$CONSULT_PG_TEST_BIN/pg_ctl" -D "$CONSULT_PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$CONSULT_PG_TEST_DIR"
    CONSULT_PG_TEST_DIR=
}

# ensure_postgresql_server: installs Debian's `postgresql` (the server programs initdb, pg_ctl, postgres) when no
# version of them is installed.
ensure_postgresql_server() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && return 0
    ensure_packages postgresql:/usr/lib/postgresql/.consult-board-wants-the-server
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
