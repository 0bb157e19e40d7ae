-- CaseLoop schema version 5: text search at scale. An FTS5 index with the trigram tokenizer over what a
-- steward searches for (complainant, description, request), kept in step with complaints by triggers, so
-- every write and its index change commit in the same transaction. Queries of 3+ characters MATCH it;
-- 1–2 characters fall back to instr() on the table (trigram MATCH needs 3, and SQLite 3.40's trigram LIKE
-- misses two-character CJK terms).
CREATE VIRTUAL TABLE complaints_fts USING fts5(
    complainant_name, description, request,
    content = 'complaints', content_rowid = 'id', tokenize = 'trigram');

INSERT INTO complaints_fts (complaints_fts) VALUES ('rebuild');

CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaints_fts (rowid, complainant_name, description, request)
    VALUES (new.id, new.complainant_name, new.description, new.request);
END;

CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaints_fts (complaints_fts, rowid, complainant_name, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.description, old.request);
END;

CREATE TRIGGER complaints_fts_update AFTER UPDATE OF complainant_name, description, request ON complaints BEGIN
    INSERT INTO complaints_fts (complaints_fts, rowid, complainant_name, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.description, old.request);
    INSERT INTO complaints_fts (rowid, complainant_name, description, request)
    VALUES (new.id, new.complainant_name, new.description, new.request);
END;
