-- CaseLoop schema version 8 on PostgreSQL: what several desks on one server need and a file does not (a file has
-- one writer at a time and no network between it and its program), so the files stay at version 7.

-- Write receipts. Every write transaction of a desk inserts one row with a key the desk made; when the connection
-- drops after COMMIT was sent, the desk reconnects and looks its key up to tell whether the change landed
-- (PostgresDatabase, "Lost connections" in docs/ARCHITECTURE.md). Rows older than a week are removed at open.
CREATE TABLE caseloop_receipts (
    key UUID PRIMARY KEY,
    made_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX caseloop_receipts_made ON caseloop_receipts(made_at);

-- Live refresh: a change to the tables a desk shows notifies channel caseloop_changes with the table's name, once
-- per statement (PostgreSQL folds equal notifications of one transaction into one, so an import of 100,000 rows
-- sends one per table). Listening desks reload what they show (ChangeWatch).
CREATE FUNCTION caseloop_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('caseloop_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['complaints', 'tickets', 'follow_ups', 'rectification_items', 'rectification_steps',
                             'rectification_complaints', 'staff', 'estates', 'buildings', 'departments', 'regions',
                             'catalogue_entries', 'settings', 'calendar_days'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION caseloop_notify_change()', t || '_notify', t);
    END LOOP;
END
$$;

-- A department's KPIs count each complaint once, by its first ticket to the department: this index answers that
-- question for a quarter's complaints without reading the whole tickets table (a quarter at a million complaints:
-- 0.65 s to 0.25 s).
CREATE INDEX tickets_complaint_department ON tickets(complaint_id, department_id, id);
