-- CaseLoop server schema version 12: the KPIs of every steward and department summed per day, kept in the same
-- transaction as each change, so that the KPI tables of a quarter read about 90 rows per steward or department
-- instead of every complaint of the quarter (docs/ARCHITECTURE.md, "Daily counts"). They always equal the GROUP BY
-- over kpi_members: `caseloop-cli check` compares the two (core/sql/KpiDays.cpp). The same as files' version 10.
--
-- kpi_members holds what one complaint adds to its steward (grp 'steward') and to each department it has a ticket
-- for (grp 'department', once however many tickets it had there); invalid and withdrawn complaints add nothing.
-- What is not a sum of days is read from complaints at query time: promises still open and overdue at the moment
-- asked, and repeat complainants.
-- No desk still on version 11 may change a complaint or a ticket between the fill below and the triggers.
LOCK TABLE complaints, tickets IN SHARE ROW EXCLUSIVE MODE;

-- What one complaint adds, from its own columns: the view and the triggers (which read the rows a statement
-- changed, not the table) share it. Inlined by the planner.
CREATE FUNCTION caseloop_kpi_values(received_at TEXT, first_contact_at TEXT, first_contact_due TEXT,
    feedback_at TEXT, feedback_due TEXT, satisfaction TEXT, reopen_count INTEGER, closed_at TEXT)
RETURNS TABLE (first_kept INTEGER, first_done INTEGER, feedback_kept INTEGER, feedback_done INTEGER,
    satisfied INTEGER, rated INTEGER, reopened INTEGER, closed INTEGER, closed_seconds BIGINT)
LANGUAGE sql IMMUTABLE AS $$
SELECT
    CASE WHEN first_contact_at IS NOT NULL AND first_contact_due IS NOT NULL
        AND first_contact_at <= first_contact_due THEN 1 ELSE 0 END,
    CASE WHEN first_contact_at IS NOT NULL AND first_contact_due IS NOT NULL THEN 1 ELSE 0 END,
    CASE WHEN feedback_at IS NOT NULL AND feedback_due IS NOT NULL AND feedback_at <= feedback_due THEN 1 ELSE 0 END,
    CASE WHEN feedback_at IS NOT NULL AND feedback_due IS NOT NULL THEN 1 ELSE 0 END,
    CASE WHEN satisfaction IN ('very_satisfied', 'satisfied', 'fairly_satisfied') THEN 1 ELSE 0 END,
    CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END,
    CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END,
    CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END,
    CASE WHEN closed_at IS NOT NULL THEN CAST(EXTRACT(EPOCH FROM CAST(closed_at AS timestamp)
        - CAST(received_at AS timestamp)) AS BIGINT) ELSE 0 END
$$;

CREATE VIEW kpi_members AS
SELECT m.grp, m.g, substr(c.received_at, 1, 10) AS day, coalesce(c.region_id, 0) AS region_id, m.complaint_id AS id,
    1 AS n, v.first_kept, v.first_done, v.feedback_kept, v.feedback_done, v.satisfied, v.rated, v.reopened, v.closed,
    v.closed_seconds
FROM complaints c
JOIN (SELECT CAST('steward' AS TEXT) AS grp, id AS complaint_id, steward_id AS g FROM complaints
      WHERE steward_id IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'department', complaint_id, department_id FROM tickets) m ON m.complaint_id = c.id
CROSS JOIN LATERAL caseloop_kpi_values(c.received_at, c.first_contact_at, c.first_contact_due, c.feedback_at,
    c.feedback_due, c.satisfaction, c.reopen_count, c.closed_at) v
WHERE c.status NOT IN ('invalid', 'withdrawn');

CREATE TABLE kpi_days (
    grp TEXT NOT NULL,
    day TEXT NOT NULL,
    g BIGINT NOT NULL,
    region_id BIGINT NOT NULL,
    n BIGINT NOT NULL,
    first_kept BIGINT NOT NULL,
    first_done BIGINT NOT NULL,
    feedback_kept BIGINT NOT NULL,
    feedback_done BIGINT NOT NULL,
    satisfied BIGINT NOT NULL,
    rated BIGINT NOT NULL,
    reopened BIGINT NOT NULL,
    closed BIGINT NOT NULL,
    closed_seconds BIGINT NOT NULL,
    PRIMARY KEY (grp, day, g, region_id)
);

INSERT INTO kpi_days
SELECT grp, day, g, region_id, SUM(n), SUM(first_kept), SUM(first_done), SUM(feedback_kept), SUM(feedback_done),
    SUM(satisfied), SUM(rated), SUM(reopened), SUM(closed), SUM(closed_seconds)
FROM kpi_members GROUP BY grp, day, g, region_id;

-- Promises not kept and not yet due are counted at query time from this index; it holds the few complaints that
-- still owe a first contact or a feedback.
CREATE INDEX complaints_unkept_promises ON complaints(received_at, steward_id, region_id, estate_id,
    first_contact_due, feedback_due, first_contact_at, feedback_at, status)
    WHERE (first_contact_at IS NULL AND first_contact_due IS NOT NULL)
        OR (feedback_at IS NULL AND feedback_due IS NOT NULL);

-- Repeat complainants (two or more complaints from one number in the period) read this index only; the id joins a
-- department's tickets.
CREATE INDEX complaints_repeat_phones ON complaints(received_at, complainant_phone, steward_id, region_id, estate_id)
    INCLUDE (id) WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> '';

-- The upsert into kpi_days of `members`: a query of signed rows, each a complaint's columns with sign (+1 or -1),
-- grp and g. One grouped upsert a statement, in key order, so that two statements never wait for each other in a
-- circle over its rows. Only the text is built here: the trigger functions run it themselves, where their
-- transition tables are visible.
CREATE FUNCTION caseloop_kpi_upsert(members TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
SELECT format($sql$
    INSERT INTO kpi_days AS k
    SELECT * FROM (
        SELECT t.grp, substr(t.received_at, 1, 10) AS day, t.g, coalesce(t.region_id, 0) AS region_id,
            SUM(t.sign) AS n, SUM(t.sign * v.first_kept) AS first_kept, SUM(t.sign * v.first_done) AS first_done,
            SUM(t.sign * v.feedback_kept) AS feedback_kept, SUM(t.sign * v.feedback_done) AS feedback_done,
            SUM(t.sign * v.satisfied) AS satisfied, SUM(t.sign * v.rated) AS rated,
            SUM(t.sign * v.reopened) AS reopened, SUM(t.sign * v.closed) AS closed,
            SUM(t.sign * v.closed_seconds) AS closed_seconds
        FROM (%s) t
        CROSS JOIN LATERAL caseloop_kpi_values(t.received_at, t.first_contact_at, t.first_contact_due,
            t.feedback_at, t.feedback_due, t.satisfaction, t.reopen_count, t.closed_at) v
        WHERE t.status NOT IN ('invalid', 'withdrawn')
        GROUP BY 1, 2, 3, 4) s
    WHERE (s.n, s.first_kept, s.first_done, s.feedback_kept, s.feedback_done, s.satisfied, s.rated, s.reopened,
        s.closed, s.closed_seconds) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = k.n + excluded.n,
        first_kept = k.first_kept + excluded.first_kept, first_done = k.first_done + excluded.first_done,
        feedback_kept = k.feedback_kept + excluded.feedback_kept,
        feedback_done = k.feedback_done + excluded.feedback_done, satisfied = k.satisfied + excluded.satisfied,
        rated = k.rated + excluded.rated, reopened = k.reopened + excluded.reopened,
        closed = k.closed + excluded.closed, closed_seconds = k.closed_seconds + excluded.closed_seconds
$sql$, members)
$$;

-- A statement's complaints: their rows of kpi_members, signed (the old ones out, the new ones in).
CREATE FUNCTION caseloop_count_kpis() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed TEXT := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT w.*, 1 AS sign FROM new_rows w'
        WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
        ELSE 'SELECT o.*, -1 AS sign FROM old_rows o UNION ALL SELECT w.*, 1 AS sign FROM new_rows w' END;
BEGIN
    EXECUTE caseloop_kpi_upsert(format($sql$
        SELECT c.*, m.grp, m.g FROM (%s) c
        CROSS JOIN LATERAL (SELECT 'steward', c.steward_id WHERE c.steward_id IS NOT NULL
            UNION ALL SELECT DISTINCT 'department', d.department_id FROM tickets d WHERE d.complaint_id = c.id)
            AS m(grp, g)
    $sql$, changed));
    RETURN NULL;
END
$$;

-- A statement's tickets: a (complaint, department) pair that had no ticket before it and has one after adds the
-- complaint to the department; one that had and has none after takes it out. Counted from the pairs' tickets
-- after the statement less what the statement added and removed, so that an insert, a delete and a move (a
-- redispatch to another department) are one rule.
-- The complaints' rows are locked first, in id order: another desk changing one of these complaints, or moving
-- another of its tickets, holds or takes the same row lock, so the two count one after the other, each from what
-- the other committed (every statement of this function reads afresh). A statement of more than 1,000 tickets is
-- an import's or a new office's copy, whose complaints are new or whose tables are locked whole; locking every row
-- would write each of them once more.
CREATE FUNCTION caseloop_count_ticket_kpis() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed TEXT := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT complaint_id, department_id, 1 AS sign FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT complaint_id, department_id, -1 AS sign FROM old_rows'
        ELSE 'SELECT complaint_id, department_id, -1 AS sign FROM old_rows '
            'UNION ALL SELECT complaint_id, department_id, 1 AS sign FROM new_rows' END;
    tickets BIGINT;
BEGIN
    EXECUTE format('SELECT count(*) FROM (%s) moved', changed) INTO tickets;
    IF tickets <= 1000 THEN
        EXECUTE format('SELECT id FROM complaints WHERE id IN (SELECT complaint_id FROM (%s) moved) ORDER BY id '
            'FOR NO KEY UPDATE', changed);
    END IF;
    EXECUTE caseloop_kpi_upsert(format($sql$
        WITH pairs AS (SELECT complaint_id, department_id, SUM(sign) AS change FROM (%s) moved GROUP BY 1, 2
                       HAVING SUM(sign) <> 0),
        now AS (SELECT t.complaint_id, t.department_id, COUNT(*) AS n FROM tickets t
                WHERE t.complaint_id IN (SELECT complaint_id FROM pairs) GROUP BY 1, 2),
        flips AS (SELECT p.complaint_id, p.department_id, CASE WHEN coalesce(w.n, 0) = 0 THEN -1 ELSE 1 END AS sign
                  FROM pairs p LEFT JOIN now w USING (complaint_id, department_id)
                  WHERE (coalesce(w.n, 0) = 0 AND p.change < 0) OR (w.n > 0 AND w.n = p.change))
        SELECT c.*, f.sign, 'department' AS grp, f.department_id AS g
        FROM flips f JOIN complaints c ON c.id = f.complaint_id
    $sql$, changed));
    RETURN NULL;
END
$$;

DO $$
BEGIN
    CREATE TRIGGER kpi_days_insert AFTER INSERT ON complaints REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_kpis();
    CREATE TRIGGER kpi_days_update AFTER UPDATE ON complaints REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_kpis();
    CREATE TRIGGER kpi_days_delete AFTER DELETE ON complaints REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_kpis();
    CREATE TRIGGER kpi_days_ticket_insert AFTER INSERT ON tickets REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_ticket_kpis();
    CREATE TRIGGER kpi_days_ticket_update AFTER UPDATE ON tickets
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_ticket_kpis();
    CREATE TRIGGER kpi_days_ticket_delete AFTER DELETE ON tickets REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_ticket_kpis();
END
$$;
