-- Binôme schema, version 5: a version on every record the user edits, so that two windows (or
-- two computers sharing the file) never overwrite each other's changes silently. Every UPDATE
-- of such a row adds one to it; an edit made from a dialog is written only WHERE the version is
-- still the one the dialog loaded.
ALTER TABLE participant ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE program ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE binome ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE objective ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mentoring_session ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE skill ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE learning_resource ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
