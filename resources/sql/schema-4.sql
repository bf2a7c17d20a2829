-- Binôme schema, version 4: every backup this program writes (by hand, the rolling copies, the
-- copy kept before an upgrade or a restore), so that HR can find every copy that may still hold
-- a person's data.
CREATE TABLE backup_record (
    id      INTEGER PRIMARY KEY,
    path    TEXT NOT NULL,
    made_at TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('manual', 'rolling', 'pre-upgrade', 'pre-restore'))
);

CREATE INDEX backup_record_by_time ON backup_record(made_at);
