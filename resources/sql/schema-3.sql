-- Binôme schema, version 3: running a program after pairing. A binôme has a lifecycle (active,
-- paused, ended) and is never deleted once ended: one *non-ended* binôme per senior and per pair
-- in a program. Objectives, learning resources, sessions, debriefs and the level history.
CREATE TABLE binome_v3 (
    id               INTEGER PRIMARY KEY,
    program_id       INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    junior_id        INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
    senior_id        INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
    score            REAL NOT NULL,
    explanation      TEXT NOT NULL DEFAULT '',
    explanation_data TEXT NOT NULL DEFAULT '',
    run_id           INTEGER REFERENCES pairing_run(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    start_date       TEXT NOT NULL,
    end_date         TEXT,
    end_reason       TEXT CHECK (end_reason IN ('completed', 'left', 'mismatch', 'other')),
    end_note         TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'ended') = (end_date IS NOT NULL AND end_reason IS NOT NULL)),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

INSERT INTO binome_v3 (id, program_id, junior_id, senior_id, score, explanation, run_id,
                       created_at, status, start_date)
SELECT id, program_id, junior_id, senior_id, score, explanation, run_id, created_at, 'active',
       substr(created_at, 1, 10)
FROM binome;

DROP TABLE binome;
ALTER TABLE binome_v3 RENAME TO binome;

CREATE UNIQUE INDEX binome_one_open_per_senior ON binome(program_id, senior_id)
    WHERE status <> 'ended';
CREATE UNIQUE INDEX binome_one_open_per_pair ON binome(program_id, junior_id, senior_id)
    WHERE status <> 'ended';
CREATE INDEX binome_by_junior ON binome(program_id, junior_id);
CREATE INDEX binome_by_senior ON binome(senior_id);

CREATE TABLE objective (
    id           INTEGER PRIMARY KEY,
    binome_id    INTEGER NOT NULL REFERENCES binome(id) ON DELETE CASCADE,
    skill_id     INTEGER NOT NULL REFERENCES skill(id) ON DELETE RESTRICT,
    learner      TEXT NOT NULL DEFAULT 'senior' CHECK (learner IN ('senior', 'junior')),
    start_level  INTEGER NOT NULL CHECK (start_level BETWEEN 0 AND 5),
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 0 AND 5),
    due_date     TEXT,
    status       TEXT NOT NULL DEFAULT 'not-started'
                 CHECK (status IN ('not-started', 'in-progress', 'achieved', 'dropped')),
    description  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX objective_by_binome ON objective(binome_id);

CREATE TABLE learning_resource (
    id         INTEGER PRIMARY KEY,
    skill_id   INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (length(title) > 0),
    url        TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX learning_resource_by_skill ON learning_resource(skill_id, sort_order);

CREATE TABLE mentoring_session (
    id            INTEGER PRIMARY KEY,
    binome_id     INTEGER NOT NULL REFERENCES binome(id) ON DELETE CASCADE,
    held          INTEGER NOT NULL CHECK (held IN (0, 1)),
    session_date  TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    mode          TEXT NOT NULL CHECK (mode IN ('in-person', 'video', 'phone')),
    notes         TEXT NOT NULL DEFAULT '',
    next_steps    TEXT NOT NULL DEFAULT '',
    mentee_rating INTEGER CHECK (mentee_rating BETWEEN 1 AND 5),
    mentor_rating INTEGER CHECK (mentor_rating BETWEEN 1 AND 5),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX mentoring_session_by_binome ON mentoring_session(binome_id, held, session_date);

CREATE TABLE session_skill (
    session_id INTEGER NOT NULL REFERENCES mentoring_session(id) ON DELETE CASCADE,
    skill_id   INTEGER NOT NULL REFERENCES skill(id) ON DELETE RESTRICT,
    PRIMARY KEY (session_id, skill_id)
) WITHOUT ROWID;

CREATE INDEX session_skill_by_skill ON session_skill(skill_id);

CREATE TABLE debrief (
    id                  INTEGER PRIMARY KEY,
    binome_id           INTEGER NOT NULL REFERENCES binome(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('kickoff', 'mid-term', 'final', 'ad-hoc')),
    debrief_date        TEXT NOT NULL,
    mentee_satisfaction INTEGER CHECK (mentee_satisfaction BETWEEN 1 AND 5),
    mentor_satisfaction INTEGER CHECK (mentor_satisfaction BETWEEN 1 AND 5),
    comments            TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX debrief_by_binome ON debrief(binome_id, kind);

-- What a debrief did to each objective: the new level of its learner and the status set, with
-- the status before, so that removing the debrief puts the objective back.
CREATE TABLE debrief_review (
    debrief_id      INTEGER NOT NULL REFERENCES debrief(id) ON DELETE CASCADE,
    objective_id    INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    new_level       INTEGER CHECK (new_level BETWEEN 0 AND 5),
    status          TEXT NOT NULL
                    CHECK (status IN ('not-started', 'in-progress', 'achieved', 'dropped')),
    previous_status TEXT NOT NULL
                    CHECK (previous_status IN ('not-started', 'in-progress', 'achieved', 'dropped')),
    PRIMARY KEY (debrief_id, objective_id)
) WITHOUT ROWID;

CREATE TABLE level_history (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    skill_id       INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    level          INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    recorded_on    TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('import', 'edit', 'debrief')),
    debrief_id     INTEGER REFERENCES debrief(id) ON DELETE CASCADE
);

CREATE INDEX level_history_by_person ON level_history(participant_id, skill_id, recorded_on);

-- Every level known before this version becomes the first entry of its history.
INSERT INTO level_history (participant_id, skill_id, level, recorded_on, source)
SELECT ps.participant_id, ps.skill_id, ps.level, substr(p.updated_at, 1, 10), 'import'
FROM participant_skill ps JOIN participant p ON p.id = ps.participant_id
WHERE ps.level IS NOT NULL;
