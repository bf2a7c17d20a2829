-- Binôme schema, version 2: enrolment in programs, pairing settings and exclusions, confirmed
-- binômes and the audit of each confirmed pairing run.
CREATE TABLE program_participant (
    program_id     INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    enrolled_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (program_id, participant_id)
) WITHOUT ROWID;

CREATE TABLE pairing_settings (
    program_id INTEGER PRIMARY KEY REFERENCES program(id) ON DELETE CASCADE,
    settings   TEXT NOT NULL
);

CREATE TABLE pairing_exclusion (
    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    junior_id  INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    senior_id  INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    PRIMARY KEY (program_id, junior_id, senior_id)
) WITHOUT ROWID;

CREATE TABLE pairing_run (
    id         INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    run_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    run_by     TEXT NOT NULL,
    settings   TEXT NOT NULL,
    total      REAL NOT NULL,
    pair_count INTEGER NOT NULL
);

CREATE TABLE binome (
    id          INTEGER PRIMARY KEY,
    program_id  INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    junior_id   INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
    senior_id   INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
    score       REAL NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    run_id      INTEGER REFERENCES pairing_run(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (program_id, senior_id),
    UNIQUE (program_id, junior_id, senior_id)
);

CREATE INDEX binome_by_junior ON binome(program_id, junior_id);
