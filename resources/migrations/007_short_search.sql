-- CaseLoop schema version 7: searches of one or two characters through an index instead of a table scan.
-- complaints_grams holds every character and every pair of neighbouring characters of the fields the search
-- reads (complainant, description, request: those of the trigram index), made by CaseLoop's own tokenizer
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
