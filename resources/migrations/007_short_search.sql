-- CaseLoop schema version 7: searches of one or two characters through an index instead of a table scan.
-- complaints_grams holds every character and every pair of neighbouring characters of the fields the short
-- search reads (complainant, phone, description, request), made by CaseLoop's own tokenizer (GramTokenizer.h):
-- a query of 1–2 characters is one token. detail=none keeps only which complaints hold a token, no positions.
-- Kept in step by triggers like the trigram index, in the same transactions as the complaints.
CREATE VIRTUAL TABLE complaints_grams USING fts5(
    complainant_name, complainant_phone, description, request,
    content = 'complaints', content_rowid = 'id', tokenize = 'caseloop_grams', detail = none, columnsize = 0);

INSERT INTO complaints_grams (complaints_grams) VALUES ('rebuild');

CREATE TRIGGER complaints_grams_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaints_grams (rowid, complainant_name, complainant_phone, description, request)
    VALUES (new.id, new.complainant_name, new.complainant_phone, new.description, new.request);
END;

CREATE TRIGGER complaints_grams_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaints_grams (complaints_grams, rowid, complainant_name, complainant_phone, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.complainant_phone, old.description, old.request);
END;

CREATE TRIGGER complaints_grams_update
AFTER UPDATE OF complainant_name, complainant_phone, description, request ON complaints BEGIN
    INSERT INTO complaints_grams (complaints_grams, rowid, complainant_name, complainant_phone, description, request)
    VALUES ('delete', old.id, old.complainant_name, old.complainant_phone, old.description, old.request);
    INSERT INTO complaints_grams (rowid, complainant_name, complainant_phone, description, request)
    VALUES (new.id, new.complainant_name, new.complainant_phone, new.description, new.request);
END;
