-- Schema 6: bringing in an office's existing ledger (台账).
-- A complaint's note (备注 in the ledger) and the key of the ledger row it came from: the same row imported again
-- finds its key and is counted as a duplicate instead of stored twice. Only imported rows have a key.
ALTER TABLE complaints ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE complaints ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX complaints_import_key ON complaints(import_key) WHERE import_key IS NOT NULL;

-- One row per import: what was read and what came of it (the audit log names it too).
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    imported INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    duplicates INTEGER NOT NULL
);
