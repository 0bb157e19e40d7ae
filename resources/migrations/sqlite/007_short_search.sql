-- CaseLoop schema version 7: searches of one or two characters through an index instead of a table scan, and
-- the phone number in the trigram index (the search box promises it; version 5 left it out).

DROP TRIGGER complaints_fts_insert;
DROP TRIGGER complaints_fts_delete;
DROP TRIGGER complaints_fts_update;
DROP TABLE complaints_fts;
CREATE VIRTUAL TABLE complaints_fts USING fts5(
    complainant_name, complainant_phone, description, request,
    content = 'complaints', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaints_fts (rowid, complainant_name, complainant_phone, description, request)
    VALUES (new.id, new.complainant_name, new.complainant_phone, new.description, new.request);
END;

CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaints_fts (complaints_fts, rowid, complainant_name, complainant_phone, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.complainant_phone, old.description, old.request);
END;

CREATE TRIGGER complaints_fts_update
AFTER UPDATE OF complainant_name, complainant_phone, description, request ON complaints BEGIN
    INSERT INTO complaints_fts (complaints_fts, rowid, complainant_name, complainant_phone, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.complainant_phone, old.description, old.request);
    INSERT INTO complaints_fts (rowid, complainant_name, complainant_phone, description, request)
    VALUES (new.id, new.complainant_name, new.complainant_phone, new.description, new.request);
END;

-- complaints_grams holds every character and every pair of neighbouring characters of the complainant's name,
-- the description and the request (not the phone: one or two digits of it find nearly every complaint, and its
-- digits would be a fifth of the index), made by CaseLoop's own tokenizer
-- (GramTokenizer.h): a query of 1–2 characters is one token. detail=none keeps only which complaints hold a
-- token, no positions.
-- Kept in step by triggers like the trigram index, in the same transactions as the complaints.
CREATE VIRTUAL TABLE complaints_grams USING fts5(
    complainant_name, description, request,
    content = 'complaints', content_rowid = 'id', tokenize = 'caseloop_grams', detail = none, columnsize = 0);

-- Both indexes keep up to 64 MB of new terms in memory before writing a segment (FTS5's default is 1 MB): a large
-- import or a rebuild then writes a few large segments instead of merging hundreds (a million rows: 8.8 → 8.0 s).
INSERT INTO complaints_grams (complaints_grams, rank) VALUES ('hashsize', 67108864);
INSERT INTO complaints_fts (complaints_fts, rank) VALUES ('hashsize', 67108864);

INSERT INTO complaints_grams (complaints_grams) VALUES ('rebuild');
INSERT INTO complaints_fts (complaints_fts) VALUES ('rebuild');

CREATE TRIGGER complaints_grams_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaints_grams (rowid, complainant_name, description, request)
    VALUES (new.id, new.complainant_name, new.description, new.request);
END;

CREATE TRIGGER complaints_grams_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaints_grams (complaints_grams, rowid, complainant_name, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.description, old.request);
END;

CREATE TRIGGER complaints_grams_update
AFTER UPDATE OF complainant_name, description, request ON complaints BEGIN
    INSERT INTO complaints_grams (complaints_grams, rowid, complainant_name, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.description, old.request);
    INSERT INTO complaints_grams (rowid, complainant_name, description, request)
    VALUES (new.id, new.complainant_name, new.description, new.request);
END;
