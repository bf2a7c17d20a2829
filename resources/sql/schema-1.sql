-- Binôme schema, version 1: the skills catalog, participants and their skills, programs.
CREATE TABLE skill (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    area        INTEGER NOT NULL CHECK (area BETWEEN 1 AND 5),
    name_en     TEXT NOT NULL,
    name_fr     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('competence', 'tool', 'custom')),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE participant (
    id            INTEGER PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('junior', 'senior')),
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email         TEXT NOT NULL,
    email_key     TEXT NOT NULL UNIQUE,
    department    TEXT NOT NULL DEFAULT '',
    site          TEXT NOT NULL DEFAULT '',
    job_title     TEXT NOT NULL DEFAULT '',
    birth_year    INTEGER,
    languages     TEXT NOT NULL DEFAULT '',
    capacity      INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 0 AND 10),
    manager_email TEXT NOT NULL DEFAULT '',
    mode          TEXT NOT NULL DEFAULT 'any' CHECK (mode IN ('in-person', 'remote', 'any')),
    availability  INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 16383),
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE participant_skill (
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    skill_id       INTEGER NOT NULL REFERENCES skill(id) ON DELETE RESTRICT,
    level          INTEGER CHECK (level BETWEEN 0 AND 5),
    target         INTEGER CHECK (target BETWEEN 0 AND 5),
    priority       INTEGER CHECK (priority BETWEEN 1 AND 3),
    PRIMARY KEY (participant_id, skill_id)
) WITHOUT ROWID;

CREATE INDEX participant_skill_by_skill ON participant_skill(skill_id);

CREATE TABLE program (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    start_date   TEXT NOT NULL,
    end_date     TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 1 AND 365),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (end_date >= start_date)
);
