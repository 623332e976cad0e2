/// The PostgreSQL board's schema, as numbered migrations (`consult-board db init` applies those a database lacks,
/// each in its own transaction, recorded in `consult_board.migrations`). A released migration is never edited:
/// a change is a new one. See docs/storage.md ("The board in PostgreSQL").
///
/// The journal holds the same JSON lines as a folder board's `journal.jsonl`, as `text` (not `jsonb`, which
/// would reorder keys and change the bytes the hash chain covers). Nobody writes the tables directly: the
/// roles get `SELECT` and `EXECUTE` on the product's `SECURITY DEFINER` functions, which take the board's
/// transaction-scoped advisory lock, check each line's seal, sequence and chain against the last line, append,
/// and notify listeners with the new sequence number.
enum PostgresSchema {
    struct Migration: Sendable {
        var version: Int
        var summary: String
        var sql: String
    }

    /// The schema version this build needs (the last migration).
    static var version: Int { migrations.last?.version ?? 0 }

    /// Serialises concurrent `db init`s of one database (a session-level advisory lock in the product's own
    /// key space: 'C','B' and 1).
    static let initLockKey = "1128415233"

    /// How many of a board's newest checkpoints are kept (migration 3): older manifests, and the files no kept
    /// manifest names, are pruned in the transaction that saves a new one (the `LIMIT 3` of migration 3).
    static let checkpointsKept = 3

    /// `append(board_name, lines[])`: appends sealed lines after the board's last line, under the board's lock (each
    /// line's seal must hold, its seq must follow the last one and its prev must be the last line's sha256), and
    /// notifies `channel` (an SQL expression). Migration 1 creates it with the shared channel, migration 3 replaces
    /// it with the board's own; one text, so the two cannot drift apart (migration 1's SQL is unchanged by this).
    private static func appendFunction(create: String, channel: String) -> String {
        #"""
            \#(create) consult_board.append(board_name text, lines text[]) RETURNS bigint
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            DECLARE
                b bigint; last_seq bigint; last_sha text; l text; j json; s bigint; seal text;
            BEGIN
                SELECT * INTO b, last_seq, last_sha FROM consult_board.lock_board(board_name);
                FOREACH l IN ARRAY lines LOOP
                    seal := right(l, 75);
                    IF seal !~ '^,"hash":"[0-9a-f]{64}"}$'
                        OR encode(sha256(convert_to(left(l, length(l) - 75), 'UTF8')), 'hex') <> substr(seal, 10, 64) THEN
                        RAISE EXCEPTION 'a journal line for board "%" is not sealed by its hash', board_name USING ERRCODE = 'CB003';
                    END IF;
                    j := l::json;
                    s := (j->>'seq')::bigint;
                    IF (last_seq IS NULL AND (j->>'prev') <> '') OR (last_seq IS NOT NULL AND (s <> last_seq + 1 OR (j->>'prev') <> last_sha)) THEN
                        RAISE EXCEPTION 'entry % does not follow the end of board "%" (entry %)', s, board_name, coalesce(last_seq, 0)
                            USING ERRCODE = 'CB002', HINT = 'someone else changed the board; read it again';
                    END IF;
                    last_sha := encode(sha256(convert_to(l, 'UTF8')), 'hex');
                    INSERT INTO consult_board.journal (board_id, seq, line, line_sha256, patient, kind)
                        VALUES (b, s, l, last_sha, j->>'patient', j->>'kind');
                    last_seq := s;
                END LOOP;
                PERFORM pg_notify(\#(channel), board_name || ' ' || last_seq);
                RETURN last_seq;
            END $$;
            """#
    }

    /// `save_checkpoint_files(…)`: keeps a checkpoint's new files and its manifest, if the journal has the line it
    /// claims to end at and every file's bytes hash to the name it is kept under (called under the board's lock);
    /// then runs `then` (SQL, in the same transaction). Migration 2 creates it, migration 3 replaces it with one that
    /// prunes (`pruning`); one text, so the two cannot drift apart (migration 2's SQL is unchanged by this).
    private static func saveCheckpointFilesFunction(create: String, then: String) -> String {
        #"""
            \#(create) consult_board.save_checkpoint_files(
                board_name text, revision bigint, last_sha256 text, manifest text, names text[], hashes text[], contents text[])
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            DECLARE b bigint; i integer;
            BEGIN
                SELECT id INTO b FROM consult_board.boards WHERE name = board_name;
                IF NOT EXISTS (SELECT 1 FROM consult_board.journal j WHERE j.board_id = b AND j.seq = revision AND j.line_sha256 = last_sha256) THEN
                    RAISE EXCEPTION 'checkpoint at entry % does not match the journal of board "%"', revision, board_name USING ERRCODE = 'CB006';
                END IF;
                FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
                    IF encode(sha256(convert_to(contents[i], 'UTF8')), 'hex') <> hashes[i] THEN
                        RAISE EXCEPTION 'checkpoint file % of board "%" does not match its hash', names[i], board_name USING ERRCODE = 'CB006';
                    END IF;
                    INSERT INTO consult_board.checkpoint_files (board_id, name, sha256, content)
                        VALUES (b, names[i], hashes[i], contents[i]) ON CONFLICT DO NOTHING;
                END LOOP;
                INSERT INTO consult_board.checkpoint_manifests (board_id, revision, last_sha256, manifest)
                    VALUES (b, revision, last_sha256, manifest) ON CONFLICT DO NOTHING;\#(then)
            END $$;
            """#
    }

    /// After a new checkpoint (migration 3): only the board's newest three manifests stay, the files none of them
    /// names go, and so do the board's migration-1 checkpoints (no longer read).
    private static let pruning = "\n" + [
        "    DELETE FROM consult_board.checkpoint_manifests m WHERE m.board_id = b AND m.revision NOT IN (",
        "        SELECT k.revision FROM consult_board.checkpoint_manifests k WHERE k.board_id = b ORDER BY k.revision DESC LIMIT 3);",
        "    DELETE FROM consult_board.checkpoint_files f WHERE f.board_id = b AND NOT EXISTS (",
        "        SELECT 1 FROM consult_board.checkpoint_manifests m CROSS JOIN LATERAL consult_board.manifest_files(m.manifest) r",
        "        WHERE m.board_id = b AND r.name = f.name AND r.sha256 = f.sha256);",
        "    DELETE FROM consult_board.checkpoints c WHERE c.board_id = b;",
    ].joined(separator: "\n")

    static let migrations: [Migration] = [
        Migration(version: 1, summary: "boards, journal, checkpoints, append-only triggers, functions, roles", sql: #"""
            CREATE TABLE consult_board.boards (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9._-]{1,63}$'),
                created_at timestamptz NOT NULL DEFAULT now(),
                created_by name NOT NULL DEFAULT session_user
            );

            -- One row per journal line, exactly the bytes of a folder board's journal.jsonl line (without the newline).
            CREATE TABLE consult_board.journal (
                board_id bigint NOT NULL REFERENCES consult_board.boards (id),
                seq bigint NOT NULL CHECK (seq >= 1),
                line text NOT NULL,
                -- sha256 of the line's bytes: what the next line's "prev" must be.
                line_sha256 text NOT NULL,
                patient text,
                kind text NOT NULL,
                -- the database role that wrote the line (the login, not the function's owner).
                session_role name NOT NULL DEFAULT session_user,
                written_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                PRIMARY KEY (board_id, seq)
            );

            -- A cache of a board's state at a revision (an export document), so opening does not replay everything.
            CREATE TABLE consult_board.checkpoints (
                board_id bigint NOT NULL REFERENCES consult_board.boards (id),
                revision bigint NOT NULL,
                last_sha256 text NOT NULL,
                document text NOT NULL,
                written_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                session_role name NOT NULL DEFAULT session_user,
                PRIMARY KEY (board_id, revision)
            );

            CREATE FUNCTION consult_board.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the consult board journal is append only: % of consult_board.journal refused', TG_OP
                    USING ERRCODE = 'CB004', HINT = 'corrections are new entries (an addendum, an entered-in-error mark)';
            END $$;
            CREATE TRIGGER journal_no_update_delete BEFORE UPDATE OR DELETE ON consult_board.journal
                FOR EACH ROW EXECUTE FUNCTION consult_board.refuse_change();
            CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON consult_board.journal
                FOR EACH STATEMENT EXECUTE FUNCTION consult_board.refuse_change();

            -- Takes the board's transaction-scoped lock and says where its journal ends: id, last seq, last line's sha256.
            CREATE FUNCTION consult_board.lock_board(board_name text, OUT board_id bigint, OUT last_seq bigint, OUT last_sha256 text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                SELECT b.id INTO board_id FROM consult_board.boards b WHERE b.name = board_name;
                IF board_id IS NULL THEN
                    RAISE EXCEPTION 'there is no board named "%" in this database', board_name USING ERRCODE = 'CB001',
                        HINT = 'create it with consult-board init --board postgresql://…?board=' || board_name;
                END IF;
                PERFORM pg_advisory_xact_lock(1128415233, board_id::integer);
                SELECT j.seq, j.line_sha256 INTO last_seq, last_sha256 FROM consult_board.journal j
                    WHERE j.board_id = lock_board.board_id ORDER BY j.seq DESC LIMIT 1;
            END $$;

            -- Appends sealed lines after the board's last line, under the board's lock: each line's seal must hold,
            -- its seq must follow the last one and its prev must be the last line's sha256. Returns the new last seq.
            \#(appendFunction(create: "CREATE FUNCTION", channel: "'consult_board_journal'"))

            -- Creates a board whose first line creates the ward or imports a board.
            CREATE FUNCTION consult_board.create_board(board_name text, first_line text) RETURNS bigint
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                BEGIN
                    INSERT INTO consult_board.boards (name) VALUES (board_name);
                EXCEPTION WHEN unique_violation THEN
                    RAISE EXCEPTION 'a board named "%" already exists in this database; nothing was changed', board_name USING ERRCODE = 'CB005';
                END;
                RETURN consult_board.append(board_name, ARRAY[first_line]);
            END $$;

            -- Keeps a checkpoint, if the journal has the line it claims to end at.
            CREATE FUNCTION consult_board.save_checkpoint(board_name text, revision bigint, last_sha256 text, document text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            DECLARE b bigint;
            BEGIN
                SELECT id INTO b FROM consult_board.boards WHERE name = board_name;
                IF NOT EXISTS (SELECT 1 FROM consult_board.journal j WHERE j.board_id = b AND j.seq = revision AND j.line_sha256 = last_sha256) THEN
                    RAISE EXCEPTION 'checkpoint at entry % does not match the journal of board "%"', revision, board_name USING ERRCODE = 'CB006';
                END IF;
                INSERT INTO consult_board.checkpoints (board_id, revision, last_sha256, document)
                    VALUES (b, revision, last_sha256, document) ON CONFLICT DO NOTHING;
            END $$;

            -- Roles: people log in as their own roles and are granted one of these.
            DO $$
            DECLARE r text;
            BEGIN
                FOREACH r IN ARRAY ARRAY['consult_board_reader', 'consult_board_writer', 'consult_board_admin'] LOOP
                    BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END;
                END LOOP;
            END $$;
            GRANT consult_board_reader TO consult_board_writer;
            GRANT consult_board_writer TO consult_board_admin;

            REVOKE ALL ON SCHEMA consult_board FROM PUBLIC;
            REVOKE ALL ON ALL TABLES IN SCHEMA consult_board FROM PUBLIC;
            REVOKE ALL ON ALL FUNCTIONS IN SCHEMA consult_board FROM PUBLIC;
            GRANT USAGE ON SCHEMA consult_board TO consult_board_reader;
            GRANT SELECT ON consult_board.boards, consult_board.journal, consult_board.checkpoints, consult_board.migrations
                TO consult_board_reader;
            GRANT EXECUTE ON FUNCTION consult_board.lock_board(text), consult_board.append(text, text[]),
                consult_board.save_checkpoint(text, bigint, text, text) TO consult_board_writer;
            GRANT EXECUTE ON FUNCTION consult_board.create_board(text, text) TO consult_board_admin;
            """#),
        Migration(version: 2, summary: "checkpoints as the folder board's files, read a patient at a time", sql: #"""
            -- The files of a folder board's checkpoint/ (the same bytes), named alike and by the SHA-256 of their
            -- bytes, so a change reads only the patients and parts it needs. Never changed once written.
            CREATE TABLE consult_board.checkpoint_files (
                board_id bigint NOT NULL REFERENCES consult_board.boards (id),
                name text NOT NULL,
                sha256 text NOT NULL,
                content text NOT NULL,
                PRIMARY KEY (board_id, name, sha256)
            );

            -- A checkpoint's manifest (sealed, as checkpoint/manifest.json): the newest per board is the one read.
            CREATE TABLE consult_board.checkpoint_manifests (
                board_id bigint NOT NULL REFERENCES consult_board.boards (id),
                revision bigint NOT NULL,
                last_sha256 text NOT NULL,
                manifest text NOT NULL,
                written_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                session_role name NOT NULL DEFAULT session_user,
                PRIMARY KEY (board_id, revision)
            );

            -- Keeps a checkpoint's new files and its manifest, if the journal has the line it claims to end at and
            -- every file's bytes hash to the name it is kept under. Called under the board's lock.
            \#(saveCheckpointFilesFunction(create: "CREATE FUNCTION", then: ""))

            REVOKE ALL ON consult_board.checkpoint_files, consult_board.checkpoint_manifests FROM PUBLIC;
            REVOKE ALL ON FUNCTION consult_board.save_checkpoint_files(text, bigint, text, text, text[], text[], text[]) FROM PUBLIC;
            GRANT SELECT ON consult_board.checkpoint_files, consult_board.checkpoint_manifests TO consult_board_reader;
            GRANT EXECUTE ON FUNCTION consult_board.save_checkpoint_files(text, bigint, text, text, text[], text[], text[])
                TO consult_board_writer;
            """#),
        Migration(version: 3, summary: "a NOTIFY channel per board; only the newest checkpoints kept", sql: #"""
            -- The channel a board's new entries are announced on (LISTEN "<this>"; the payload is '<board> <seq>'):
            -- one per board, so a terminal on one board is not woken by every change of the others. Readable when
            -- it fits PostgreSQL's 63-byte names, else named by the SHA-256 of the board's name.
            CREATE FUNCTION consult_board.channel(board_name text) RETURNS text
            LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
                SELECT 'consult_board.' || CASE WHEN octet_length(board_name) <= 49 THEN board_name
                    ELSE left(encode(sha256(convert_to(board_name, 'UTF8')), 'hex'), 49) END
            $$;

            -- The files a checkpoint manifest names (each patient's record, lab and note segments, the id files).
            CREATE FUNCTION consult_board.manifest_files(manifest text, OUT name text, OUT sha256 text) RETURNS SETOF record
            LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
                SELECT r.f->>'file', r.f->>'sha256'
                FROM json_array_elements(manifest::json->'patients') AS p(e)
                CROSS JOIN LATERAL (
                    SELECT p.e->'record'
                    UNION ALL SELECT x FROM json_array_elements(p.e->'labs') AS x
                    UNION ALL SELECT y FROM json_array_elements(p.e->'notes') AS y) AS r(f)
                UNION ALL
                SELECT i->>'file', i->>'sha256' FROM json_array_elements(manifest::json->'ids') AS i
            $$;

            -- As migration 1's, announcing on the board's own channel.
            \#(appendFunction(create: "CREATE OR REPLACE FUNCTION", channel: "consult_board.channel(board_name)"))

            -- As migration 2's, and then only the newest three checkpoints are kept: older manifests go, and the files
            -- no kept manifest names (a reader of an older checkpoint reads one snapshot, taken before this commits,
            -- and still sees them); migration 1's whole-board checkpoints, no longer read, go too.
            \#(saveCheckpointFilesFunction(create: "CREATE OR REPLACE FUNCTION", then: pruning))

            REVOKE ALL ON FUNCTION consult_board.channel(text), consult_board.manifest_files(text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION consult_board.channel(text) TO consult_board_reader;
            """#),
    ]
}
